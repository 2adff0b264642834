#include "integrations/ReportFiles.h"

#include "domain/Error.h"
#include "integrations/OutputFile.h"
#include "text/Amount.h"
#include "text/Bidi.h"
#include "text/Format.h"

#include <csv.h>
#include <cstdio>
#include <string>
#include <xlsxwriter.h>

namespace praklit::integrations {

namespace fs = std::filesystem;

namespace {

// Cells carry bidi marks for the screen; files get the plain text.
std::string plain(const std::string& cell) { return text::withoutBidiControls(cell); }

// Hours as a plain decimal: hundredths, by the one rounding rule.
std::string plainHours(int64_t seconds)
{
    const int64_t h = text::hundredthsOfHour(seconds);
    const int64_t abs = h < 0 ? -h : h;
    return (h < 0 ? "-" : "") + std::to_string(abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + std::to_string(abs % 100);
}

std::string csvCell(ReportColumn column, const ReportCell& cell)
{
    if (cell.blank) return {};
    switch (column) {
    case ReportColumn::Text: return plain(cell.text);
    case ReportColumn::Count: return std::to_string(cell.number);
    case ReportColumn::Money: return text::plainAmount(cell.number);
    case ReportColumn::Hours: return plainHours(cell.number);
    case ReportColumn::Date: return cell.text;
    }
    return plain(cell.text);
}

ReportColumn columnOf(const ReportPrintout& report, std::size_t c)
{
    return c < report.columns.size() ? report.columns[c] : ReportColumn::Text;
}

} // namespace

void writeReportCsv(const ReportPrintout& report, const fs::path& out)
{
    OutputFile file(out);
    FILE* csv = std::fopen(file.temporaryPath().string().c_str(), "wb");
    if (!csv) file.fail();
    std::fputs("\xEF\xBB\xBF", csv);
    // Text is quoted by libcsv; numbers are written bare, so every
    // spreadsheet reads them as numbers whatever its import settings.
    auto writeRow = [&](const std::vector<std::string>& cells, bool allText) {
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i) std::fputc(',', csv);
            if (allText || !isNumeric(columnOf(report, i)))
                csv_fwrite(csv, cells[i].data(), cells[i].size());
            else
                std::fputs(cells[i].c_str(), csv);
        }
        std::fputs("\r\n", csv);
    };
    std::vector<std::string> headings;
    for (const auto& h : report.headings) headings.push_back(plain(h));
    writeRow(headings, true);
    auto cells = [&](const std::vector<ReportCell>& row) {
        std::vector<std::string> texts;
        for (size_t c = 0; c < row.size(); ++c) texts.push_back(csvCell(columnOf(report, c), row[c]));
        return texts;
    };
    for (const auto& row : report.rows) writeRow(cells(row), false);
    if (!report.totals.empty()) writeRow(cells(report.totals), false);
    const bool ok = std::ferror(csv) == 0;
    if (std::fclose(csv) != 0 || !ok) file.fail();
    file.commit();
}

void writeReportXlsx(const ReportPrintout& report, const fs::path& out)
{
    OutputFile file(out);
    lxw_workbook* book = workbook_new(file.temporaryPath().string().c_str());
    if (!book) file.fail();
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    worksheet_right_to_left(sheet);

    // One format per kind of column, bold for the headings and the totals.
    struct Formats {
        lxw_format* text;
        lxw_format* count;
        lxw_format* money;
        lxw_format* hours;
        lxw_format* date;
    };
    auto makeFormats = [&](bool bold) {
        Formats f{};
        for (lxw_format** one : {&f.text, &f.count, &f.money, &f.hours, &f.date}) {
            *one = workbook_add_format(book);
            if (bold) format_set_bold(*one);
        }
        format_set_num_format(f.count, "#,##0");
        format_set_num_format(f.money, "#,##0.00 \"\xE2\x82\xAA\";-#,##0.00 \"\xE2\x82\xAA\"");
        format_set_num_format(f.hours, "#,##0.00");
        format_set_num_format(f.date, "dd/mm/yyyy");
        return f;
    };
    const Formats plainCells = makeFormats(false), boldCells = makeFormats(true);

    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, plain(report.title).c_str(), boldCells.text);
    if (!report.subtitle.empty()) worksheet_write_string(sheet, row++, 0, plain(report.subtitle).c_str(), nullptr);
    ++row;
    for (size_t c = 0; c < report.headings.size(); ++c)
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), plain(report.headings[c]).c_str(), boldCells.text);
    worksheet_freeze_panes(sheet, row + 1, 0);
    ++row;

    auto writeRow = [&](const std::vector<ReportCell>& cells, const Formats& f) {
        for (size_t c = 0; c < cells.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const ReportCell& cell = cells[c];
            if (cell.blank) continue;
            switch (columnOf(report, c)) {
            case ReportColumn::Text: worksheet_write_string(sheet, row, col, plain(cell.text).c_str(), f.text); break;
            case ReportColumn::Count: worksheet_write_number(sheet, row, col, static_cast<double>(cell.number), f.count); break;
            case ReportColumn::Money:
                worksheet_write_number(sheet, row, col, static_cast<double>(cell.number) / 100.0, f.money);
                break;
            case ReportColumn::Hours:
                worksheet_write_number(sheet, row, col, static_cast<double>(text::hundredthsOfHour(cell.number)) / 100.0, f.hours);
                break;
            case ReportColumn::Date: {
                int y = 0, m = 0, d = 0;
                if (std::sscanf(cell.text.c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
                    lxw_datetime when{y, m, d, 0, 0, 0};
                    worksheet_write_datetime(sheet, row, col, &when, f.date);
                } else {
                    worksheet_write_string(sheet, row, col, cell.text.c_str(), f.text);
                }
                break;
            }
            }
        }
        ++row;
    };
    for (const auto& r : report.rows) writeRow(r, plainCells);
    if (!report.totals.empty()) writeRow(report.totals, boldCells);
    for (size_t c = 0; c < report.headings.size(); ++c)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             columnOf(report, c) == ReportColumn::Text ? 28 : 16, nullptr);
    if (workbook_close(book) != LXW_NO_ERROR) file.fail();
    file.commit();
}

} // namespace praklit::integrations
