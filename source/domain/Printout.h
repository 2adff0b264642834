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

// A report: a title, column headings and rows of already formatted cells.
struct ReportPrintout {
    Letterhead letterhead;
    std::string title;
    std::string subtitle;        // the period, the filters
    std::vector<std::string> headings;
    std::vector<bool> numeric;   // per column: aligned as numbers
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> totals; // a last row, empty for none
};

} // namespace praklit
