#include "services/PrintoutService.h"

#include "data/CaseRepository.h"
#include "data/ChargeRepository.h"
#include "data/ClientRepository.h"
#include "data/Database.h"
#include "data/TaxDocumentRepository.h"
#include "domain/Error.h"
#include "services/AccountService.h"
#include "services/Audit.h"
#include "services/DocumentSeal.h"
#include "services/DocumentService.h"
#include "services/ports/Printer.h"
#include "services/SettingsService.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>

namespace praklit::services {

using text::format;
using text::tr;

namespace {

std::string hours(int64_t seconds) { return format(tr("{1} h"), text::formatHours(seconds)); }

std::string caseTitle(const Case& c)
{
    std::string title = format(tr("Case {1}: {2}"), c.internalNumber, c.subject);
    if (!c.courtNumber.empty()) title += " (" + (c.proceedingType.empty() ? "" : c.proceedingType + " ") + c.courtNumber + ")";
    return title;
}

} // namespace

AccountPrintout PrintoutService::account(int64_t accountId)
{
    office_.require(Permission::SeeCharges);
    AccountService accounts(office_);
    const auto a = accounts.get(accountId);
    AccountPrintout p;
    p.letterhead = SettingsService(office_).letterhead();
    p.title = a.number.empty() ? tr("Draft transaction account") : format(tr("Transaction account no. {1}"), a.number);
    p.dateGregorian = text::displayDate(a.accountDate);
    p.dateHebrew = text::hebrewDate(a.accountDate);
    for (const auto& who : accounts.accountAddressees(a.clientId)) p.addressees.push_back({who.name, who.role, who.address});
    p.cancelled = a.state == AccountState::Cancelled;
    p.note = tr("A payment demand, not a tax invoice: the tax invoice-receipt is issued on payment.");

    auto& db = office_.db();
    db.snapshot([&] {
        // Rendered again only as it was issued.
        requireAccountSealed(db, accountId);
        ChargeFilter filter;
        filter.accountId = accountId;
        auto rows = data::ChargeRepository(db).list(filter, 0, 10'000'000);
        // Oldest first inside each case; cases in their number order.
        std::map<int64_t, std::vector<Charge>> byCase;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            if (it->charge.billable) byCase[it->charge.caseId].push_back(it->charge);
        data::CaseRepository cases(db);
        for (const auto& [caseId, charges] : byCase) {
            PrintedGroup group;
            if (caseId) {
                if (const auto c = cases.find(caseId)) group.title = caseTitle(*c);
            } else {
                group.title = tr("General file");
            }
            int64_t timeSeconds = 0, timeAmount = 0;
            for (const auto& c : charges) {
                group.subtotalAgorot += c.amountAgorot;
                if (c.kind == ChargeKind::Time && !a.detailedTime) {
                    timeSeconds += c.billedSeconds;
                    timeAmount += c.amountAgorot;
                    continue;
                }
                PrintedLine line;
                line.date = text::displayDate(c.chargedOn);
                line.description = c.description;
                if (c.kind == ChargeKind::Time) {
                    line.quantity = hours(c.billedSeconds);
                    line.rate = text::formatMoney(c.rateAgorot);
                }
                line.amountAgorot = c.amountAgorot;
                line.vatExempt = c.vatExempt;
                group.lines.push_back(line);
            }
            if (timeSeconds > 0) {
                PrintedLine summary;
                summary.description = tr("Professional work (summarised)");
                summary.quantity = hours(timeSeconds);
                summary.amountAgorot = timeAmount;
                group.lines.insert(group.lines.begin(), summary);
            }
            p.groups.push_back(std::move(group));
        }
    });
    p.totals = {a.subtotalAgorot, a.vatBasisPoints, a.vatAgorot, a.totalAgorot, a.paidAgorot};
    return p;
}

InvoicePrintout PrintoutService::invoiceReceipt(int64_t taxDocumentId, bool original)
{
    office_.require(Permission::SeeCharges);
    InvoicePrintout p;
    auto& db = office_.db();
    std::optional<TaxDocument> doc;
    std::vector<Payment> payments;
    TransactionAccount account;
    std::string idNumber;
    db.snapshot([&] {
        doc = data::TaxDocumentRepository(db).find(taxDocumentId);
        if (!doc) notFound(format(tr("There is no tax invoice-receipt number {1}."), taxDocumentId));
        requireTaxDocumentSealed(db, taxDocumentId);
        payments = data::TaxDocumentRepository(db).payments(doc->accountId);
        if (const auto c = data::ClientRepository(db).find(doc->clientId)) idNumber = c->idNumber;
    });
    account = AccountService(office_).get(doc->accountId);
    p.letterhead = SettingsService(office_).letterhead();
    p.title = doc->kind == "invoice"   ? format(tr("Tax invoice no. {1}"), doc->number)
              : doc->kind == "receipt" ? format(tr("Receipt no. {1}"), doc->number)
                                       : format(tr("Tax invoice-receipt no. {1}"), doc->number);
    p.copyMark = original ? tr("Original") : tr("Copy");
    p.dateGregorian = text::displayDate(doc->issuedOn);
    p.dateHebrew = text::hebrewDate(doc->issuedOn);
    p.clientName = doc->clientName;
    p.clientAddress = doc->clientAddress;
    p.clientIdNumber = idNumber;
    p.accountReference = format(tr("For transaction account no. {1}"), account.number);
    PrintedLine line;
    line.date = p.dateGregorian;
    line.description = format(tr("Legal services, transaction account no. {1}"), account.number);
    line.amountAgorot = doc->amountBeforeVatAgorot;
    p.lines.push_back(line);
    const bool receipt = doc->kind == "receipt";
    p.totals = {doc->amountBeforeVatAgorot, receipt ? 0 : account.vatBasisPoints, doc->vatAgorot, doc->totalAgorot,
                doc->kind == "invoice" ? 0 : doc->totalAgorot};
    if (receipt) {
        for (const auto& d : data::TaxDocumentRepository(office_.db()).forAccount(doc->accountId))
            if (d.kind == "invoice") p.lines.front().description = format(tr("Payment of tax invoice no. {1}"), d.number);
    }
    p.allocationNumber = doc->allocationNumber;
    for (const auto& pay : payments)
        if (pay.taxDocumentId == doc->id) {
            p.paymentMethod = pay.method == PaymentMethod::Cheque
                                  ? format(tr("Cheque {1}, bank {2}"), pay.chequeNumber, pay.bank)
                                  : paymentMethodName(pay.method);
        }
    return p;
}

namespace {

// A rendering's own file in the system's temporary folder, removed however
// the rendering and the storing end.
class TemporaryPdf {
public:
    TemporaryPdf()
    {
        static std::atomic<unsigned> serial{0};
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = std::filesystem::temp_directory_path() /
                ("praklit-" + std::to_string(stamp) + "-" + std::to_string(serial++) + ".pdf");
    }
    ~TemporaryPdf()
    {
        std::error_code ec;
        std::filesystem::remove(path_, ec);
    }
    TemporaryPdf(const TemporaryPdf&) = delete;
    TemporaryPdf& operator=(const TemporaryPdf&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace

void PrintoutService::exported(const std::string& table, int64_t rowId, const std::string& where)
{
    auto& db = office_.db();
    db.transaction([&] { audit(db, office_.user().id, table, rowId, "export", Changes().set("to", where)); });
}

Document PrintoutService::storeAccount(int64_t accountId)
{
    const auto clientId = AccountService(office_).get(accountId).clientId;
    const auto printout = account(accountId);
    TemporaryPdf file;
    Printer::installed().account(printout, file.path());
    auto stored = DocumentService(office_).addForClient(clientId, file.path(), printout.title + ".pdf");
    exported("transaction_accounts", accountId, stored.name);
    return stored;
}

Document PrintoutService::storeInvoice(int64_t taxDocumentId, bool original)
{
    const auto printout = invoiceReceipt(taxDocumentId, original);
    const auto clientId = AccountService(office_).taxDocument(taxDocumentId).clientId;
    TemporaryPdf file;
    Printer::installed().invoice(printout, file.path());
    auto stored =
        DocumentService(office_).addForClient(clientId, file.path(), printout.title + " - " + printout.copyMark + ".pdf");
    exported("tax_documents", taxDocumentId, stored.name);
    return stored;
}

void PrintoutService::writeAccount(int64_t accountId, const std::filesystem::path& out)
{
    Printer::installed().account(account(accountId), out);
    exported("transaction_accounts", accountId, out.string());
}

void PrintoutService::writeInvoice(int64_t taxDocumentId, bool original, const std::filesystem::path& out)
{
    Printer::installed().invoice(invoiceReceipt(taxDocumentId, original), out);
    exported("tax_documents", taxDocumentId, out.string());
}

} // namespace praklit::services
