#pragma once
// What the office prints and sends — a transaction account, a tax
// invoice-receipt, a report — as plain values, ready to lay out. Services
// fill them; the PDF writer (integrations) only draws them.
#include <cstdint>
#include <string>
#include <vector>

namespace praklit {

struct Letterhead {
    std::string officeName;   // משרד עורכי דין כהן ושות'
    std::string address;
    std::string phones;
    std::string vatNumber;    // עוסק מורשה
    std::string logoPath;     // PNG or SVG; empty for none
};

struct PrintedAddressee {
    std::string name;
    std::string role;    // empty for the client itself
    std::string address;
};

struct PrintedLine {
    std::string date;        // dd/mm/yyyy
    std::string description; // may mix Hebrew and English, numbers, case numbers
    std::string quantity;    // "1.5 ש'" for time, empty otherwise
    std::string rate;        // formatted, or empty
    int64_t amountAgorot = 0;
    bool vatExempt = false;
};

struct PrintedGroup {
    std::string title;       // "תיק 2024/113 — תביעה כספית (ת"א 12345-01-24)"
    std::vector<PrintedLine> lines;
    int64_t subtotalAgorot = 0;
};

struct PrintedTotals {
    int64_t subtotalAgorot = 0;
    int vatBasisPoints = 0;
    int64_t vatAgorot = 0;
    int64_t totalAgorot = 0;
    int64_t paidAgorot = 0;      // accounts: paid so far
};

// A transaction account (חשבון עסקה — דרישת תשלום, not a tax document).
struct AccountPrintout {
    Letterhead letterhead;
    std::string title;           // "חשבון עסקה מס' 17" or "טיוטת חשבון עסקה"
    std::string dateGregorian;   // 26/11/2026
    std::string dateHebrew;      // ט"ו בכסלו תשפ"ז
    std::vector<PrintedAddressee> addressees; // the client first
    std::vector<PrintedGroup> groups;         // per case
    PrintedTotals totals;
    std::string note;            // e.g. "מסמך זה אינו חשבונית מס"
    bool cancelled = false;      // printed with a clear "מבוטל" mark
};

// A tax invoice-receipt (חשבונית מס קבלה), as Israeli law requires it.
struct InvoicePrintout {
    Letterhead letterhead;
    std::string title;           // "חשבונית מס קבלה מס' 1024"
    std::string copyMark;        // "מקור" on the original, "העתק" on copies
    std::string dateGregorian;
    std::string dateHebrew;
    std::string clientName;
    std::string clientAddress;
    std::string clientIdNumber;  // ח.פ. / ת"ז when known
    std::vector<PrintedLine> lines;
    PrintedTotals totals;        // before VAT, VAT, total
    std::string paymentMethod;   // "העברה בנקאית", "שיק 000123 בנק לאומי" …
    std::string allocationNumber; // מספר הקצאה, when given
    std::string accountReference; // "עבור חשבון עסקה מס' 17"
};

// What a report's column holds: the screen and paper show it formatted, a
// spreadsheet gets the value itself (a number it can sum, a date it can sort).
enum class ReportColumn { Text, Count, Money, Hours, Date };
bool isNumeric(ReportColumn column);

struct ReportCell {
    std::string text;   // Text; a Date as yyyy-mm-dd
    int64_t number = 0; // Count; Money in agorot; Hours in seconds
    bool blank = false; // a totals cell that does not apply
};

// A report: a title, column headings, typed rows and a totals row.
struct ReportPrintout {
    Letterhead letterhead;
    std::string title;
    std::string subtitle;        // the period, the filters
    std::vector<std::string> headings;
    std::vector<ReportColumn> columns; // one per heading
    std::vector<std::vector<ReportCell>> rows;
    std::vector<ReportCell> totals; // a last row, empty for none

    // A cell as people read it on screen and paper — "‏1,234.50 ₪", "1.50",
    // "14/03/2025" — through the one formatter of each kind.
    std::string text(std::size_t column, const ReportCell& cell) const;
    std::vector<std::string> texts(const std::vector<ReportCell>& row) const;
    bool numeric(std::size_t column) const { return column < columns.size() && isNumeric(columns[column]); }
};

} // namespace praklit
