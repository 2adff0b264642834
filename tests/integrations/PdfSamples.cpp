#include "PdfSamples.h"

#include "text/Format.h"

#include <array>

namespace praklit::test {

namespace {
constexpr int vatBasisPoints = 1800;

int64_t vatOf(int64_t agorot) { return (agorot * vatBasisPoints + 5000) / 10000; }

const std::array<const char*, 6> descriptions{
    "פגישה עם הלקוח במשרד",
    "שיחת Zoom עם עו\"ד Smith מ-Microsoft Israel בע\"מ",
    "עיון בכתב התביעה בת\"א 12345-01-24 והכנת כתב הגנה",
    "Court fee — אגרת בית משפט",
    "הכנה לדיון ביום 14/05/2025 בשעה 09:30",
    "תכתובת עם ב\"כ הנתבעת (Goldberg & Co. LLP) בעניין הסדר",
};
const std::array<const char*, 3> caseTitles{
    "תיק 2024/113 — תביעה כספית (ת\"א 12345-01-24)",
    "תיק 2024/120 — ערעור (ע\"ע 39115-01-21)",
    "תיק 2025/007 — Microsoft Israel בע\"מ נ' כהן (רע\"א 2904/14)",
};
} // namespace

Letterhead sampleLetterhead(const std::string& logoPath)
{
    Letterhead l;
    l.officeName = "משרד עורכי דין כהן ושות'";
    l.address = "רחוב הרצל 12, תל אביב-יפו 6578901";
    l.phones = "טל' 03-1234567 · פקס 03-7654321 · office@cohen-law.co.il";
    l.vatNumber = "516179157";
    l.logoPath = logoPath;
    return l;
}

AccountPrintout sampleAccount(int cases, int linesPerCase)
{
    AccountPrintout a;
    a.letterhead = sampleLetterhead();
    a.title = "חשבון עסקה מס' 17";
    a.dateGregorian = "13/04/2025";
    a.dateHebrew = "ט״ו בניסן תשפ״ה";
    a.addressees = {{"משה כהן", "", "רחוב הרצל 1, תל אביב 6100001"},
                    {"Microsoft Israel בע\"מ", "מנהלת החשבונות — Dana Levi", "Shenkar 3, Herzliya 4672503"}};
    int64_t subtotal = 0;
    int n = 0;
    for (int c = 0; c < cases; ++c) {
        PrintedGroup g;
        g.title = caseTitles[c % caseTitles.size()];
        for (int i = 0; i < linesPerCase; ++i, ++n) {
            PrintedLine line;
            line.date = (i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1) + "/03/2025";
            line.description = descriptions[n % descriptions.size()];
            if (n % 6 == 3) {
                line.amountAgorot = 123450; // an expense: ‏1,234.50 ₪
                line.vatExempt = true;
            } else {
                line.quantity = std::to_string(1 + n % 4) + "." + std::to_string((n * 5) % 10) + " ש'";
                line.rate = text::formatMoney(95000);
                line.amountAgorot = 95000 * (10 + n % 4 * 10 + (n * 5) % 10) / 10;
            }
            g.subtotalAgorot += line.amountAgorot;
            g.lines.push_back(std::move(line));
        }
        subtotal += g.subtotalAgorot;
        a.groups.push_back(std::move(g));
    }
    a.totals.subtotalAgorot = subtotal;
    a.totals.vatBasisPoints = vatBasisPoints;
    a.totals.vatAgorot = vatOf(subtotal);
    a.totals.totalAgorot = subtotal + a.totals.vatAgorot;
    a.totals.paidAgorot = 500000;
    a.note = "מסמך זה הוא דרישת תשלום ואינו חשבונית מס. חשבונית מס קבלה תופק עם התשלום. Payment by bank transfer to account 12-345-678901.";
    return a;
}

InvoicePrintout sampleInvoice()
{
    InvoicePrintout inv;
    inv.letterhead = sampleLetterhead();
    inv.title = "חשבונית מס קבלה מס' 1024";
    inv.copyMark = "מקור";
    inv.dateGregorian = "13/04/2025";
    inv.dateHebrew = "ט״ו בניסן תשפ״ה";
    inv.clientName = "Microsoft Israel בע\"מ";
    inv.clientAddress = "רחוב שנקר 3, הרצליה 4672503";
    inv.clientIdNumber = "516179157";
    inv.lines = {{"13/04/2025", "שכר טרחה לפי חשבון עסקה מס' 17 (ת\"א 12345-01-24)", "", "", 2500000, false},
                 {"13/04/2025", "Court fee — אגרת בית משפט", "", "", 123450, true}};
    inv.totals.subtotalAgorot = 2623450;
    inv.totals.vatBasisPoints = vatBasisPoints;
    inv.totals.vatAgorot = vatOf(2500000);
    inv.totals.totalAgorot = inv.totals.subtotalAgorot + inv.totals.vatAgorot;
    inv.paymentMethod = "שיק 000123 בנק לאומי, סניף 800";
    inv.allocationNumber = "202504130001234";
    inv.accountReference = "עבור חשבון עסקה מס' 17";
    return inv;
}

ReportPrintout sampleReport(int rows)
{
    ReportPrintout r;
    r.letterhead = sampleLetterhead();
    r.title = "חיובים שטרם חויבו לפי לקוח";
    r.subtitle = "מ-01/01/2025 עד 31/03/2025 · כל עורכי הדין";
    r.headings = {"לקוח", "ת\"ז / ח\"פ", "תיקים", "שעות", "סכום"};
    r.columns = {ReportColumn::Text, ReportColumn::Text, ReportColumn::Count, ReportColumn::Hours, ReportColumn::Money};
    const std::array<const char*, 5> clients{"משה כהן", "Microsoft Israel בע\"מ", "שרה לוי-אברהם",
                                             "Goldberg & Co. LLP", "עמותת \"יד ביד\" (ע\"ר)"};
    int64_t total = 0, seconds = 0;
    for (int i = 0; i < rows; ++i) {
        const int64_t amount = 123450 + int64_t(i) * 9713 % 5000000;
        const int64_t worked = (3 + i % 40) * 3600 + 1800;
        total += amount;
        seconds += worked;
        r.rows.push_back({{clients[i % clients.size()]}, {i % 2 ? "516179157" : "039337423"}, {{}, 1 + i % 7}, {{}, worked},
                          {{}, amount}});
    }
    r.totals = {{"סה\"כ"}, {{}, 0, true}, {{}, 0, true}, {{}, seconds}, {{}, total}};
    return r;
}

} // namespace praklit::test
