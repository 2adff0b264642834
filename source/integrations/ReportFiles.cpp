#include "integrations/ReportFiles.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <csv.h>
#include <cstdio>
#include <xlsxwriter.h>

namespace praklit::integrations {

namespace fs = std::filesystem;
using text::format;
using text::tr;

namespace {

[[noreturn]] void cannotWrite(const fs::path& out)
{
    throw Error(ErrorKind::InvalidInput, format(tr("The file {1} cannot be written."), text::ltr(out.string())), "output");
}

fs::path temporaryBeside(const fs::path& out) { return out.string() + ".part"; }

void finish(const fs::path& temporary, const fs::path& out)
{
    std::error_code ec;
    fs::rename(temporary, out, ec);
    if (ec) {
        fs::remove(temporary, ec);
        cannotWrite(out);
    }
}

// Cells carry bidi marks for the screen; files get the plain text.
std::string plain(const std::string& cell) { return text::withoutBidiControls(cell); }

} // namespace

void writeReportCsv(const ReportPrintout& report, const fs::path& out)
{
    const auto temporary = temporaryBeside(out);
    FILE* file = std::fopen(temporary.string().c_str(), "wb");
    if (!file) cannotWrite(out);
    std::fputs("\xEF\xBB\xBF", file);
    auto writeRow = [&](const std::vector<std::string>& cells) {
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i) std::fputc(',', file);
            const auto value = plain(cells[i]);
            csv_fwrite(file, value.data(), value.size());
        }
        std::fputs("\r\n", file);
    };
    writeRow(report.headings);
    for (const auto& row : report.rows) writeRow(row);
    if (!report.totals.empty()) writeRow(report.totals);
    const bool ok = std::ferror(file) == 0;
    if (std::fclose(file) != 0 || !ok) {
        std::error_code ec;
        fs::remove(temporary, ec);
        cannotWrite(out);
    }
    finish(temporary, out);
}

void writeReportXlsx(const ReportPrintout& report, const fs::path& out)
{
    const auto temporary = temporaryBeside(out);
    lxw_workbook* book = workbook_new(temporary.string().c_str());
    if (!book) cannotWrite(out);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    worksheet_right_to_left(sheet);
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, plain(report.title).c_str(), bold);
    if (!report.subtitle.empty()) worksheet_write_string(sheet, row++, 0, plain(report.subtitle).c_str(), nullptr);
    ++row;
    for (size_t c = 0; c < report.headings.size(); ++c)
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), plain(report.headings[c]).c_str(), bold);
    worksheet_freeze_panes(sheet, row + 1, 0);
    ++row;
    auto writeRow = [&](const std::vector<std::string>& cells, lxw_format* fmt) {
        for (size_t c = 0; c < cells.size(); ++c)
            worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), plain(cells[c]).c_str(), fmt);
        ++row;
    };
    for (const auto& r : report.rows) writeRow(r, nullptr);
    if (!report.totals.empty()) writeRow(report.totals, bold);
    worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(report.headings.empty() ? 0 : report.headings.size() - 1), 18,
                         nullptr);
    if (workbook_close(book) != LXW_NO_ERROR) {
        std::error_code ec;
        fs::remove(temporary, ec);
        cannotWrite(out);
    }
    finish(temporary, out);
}

} // namespace praklit::integrations
