#include "services/ReportService.h"

#include "data/Database.h"
#include "data/ReportRepository.h"
#include "domain/Dates.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/TransactionAccount.h"
#include "services/Audit.h"
#include "services/SettingsService.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

namespace praklit::services {

using text::format;
using text::tr;

namespace {

std::string period(const std::string& from, const std::string& to)
{
    if (from.empty() && to.empty()) return tr("All dates");
    return format(tr("From {1} to {2}"), from.empty() ? std::string("…") : text::displayDate(from),
                  to.empty() ? std::string("…") : text::displayDate(to));
}

ReportCell textCell(std::string text) { return {std::move(text), 0, false}; }
ReportCell numberCell(int64_t n) { return {{}, n, false}; }
ReportCell blank() { return {{}, 0, true}; }

std::string userName(const User& u)
{
    if (u.id == 0) return tr("No user");
    return u.shownName();
}

} // namespace

const std::vector<std::string>& ReportService::names()
{
    static const std::vector<std::string> all{"unbilled-by-client", "unbilled-by-lawyer", "time-by-user",
                                              "accounts",           "invoices",           "client-balance"};
    return all;
}

ReportPrintout ReportService::run(const std::string& name, const std::string& from, const std::string& to)
{
    office_.require(Permission::SeeCharges);
    checkPeriod(from, to);
    ReportPrintout r;
    office_.db().snapshot([&] {
        if (name == "unbilled-by-client") r = unbilled(false, from, to);
        else if (name == "unbilled-by-lawyer") r = unbilled(true, from, to);
        else if (name == "time-by-user") r = timeByUser(from, to);
        else if (name == "accounts") r = accounts(from, to);
        else if (name == "invoices") r = invoices(from, to);
        else if (name == "client-balance") r = balances();
        else invalid(format(tr("There is no report \"{1}\"."), name), "report");
    });
    r.letterhead = SettingsService(office_).letterhead();
    return r;
}

void ReportService::write(const ReportPrintout& report, ReportFormat format, const std::filesystem::path& out)
{
    office_.require(Permission::SeeCharges);
    Printer::installed().report(report, format, out);
    auto& db = office_.db();
    db.transaction([&] {
        audit(db, office_.user().id, "reports", 0, "export",
              Changes().set("report", report.title).set("period", report.subtitle).set("to", out.string()));
    });
}

ReportPrintout ReportService::unbilled(bool byLawyer, const std::string& from, const std::string& to)
{
    ReportPrintout r;
    r.title = byLawyer ? tr("Unbilled charges by lawyer") : tr("Unbilled charges by client");
    r.subtitle = period(from, to);
    r.headings = {byLawyer ? tr("Lawyer") : tr("Client"), tr("Charges"), tr("Billed hours"), tr("Amount")};
    r.columns = {ReportColumn::Text, ReportColumn::Count, ReportColumn::Hours, ReportColumn::Money};
    data::ReportRepository repo(office_.db());
    int64_t charges = 0, seconds = 0, amount = 0;
    for (const auto& g : byLawyer ? repo.unbilledByLawyer(from, to) : repo.unbilledByClient(from, to)) {
        r.rows.push_back({textCell(byLawyer ? userName(g.lawyer) : g.client.displayName()), numberCell(g.charges),
                          numberCell(g.billedSeconds), numberCell(g.amountAgorot)});
        charges += g.charges;
        seconds += g.billedSeconds;
        amount = addAgorot(amount, g.amountAgorot);
    }
    r.totals = {textCell(tr("Total")), numberCell(charges), numberCell(seconds), numberCell(amount)};
    return r;
}

ReportPrintout ReportService::timeByUser(const std::string& from, const std::string& to)
{
    office_.require(Permission::SeeOthersTime);
    ReportPrintout r;
    r.title = tr("Time by user");
    r.subtitle = period(from, to);
    r.headings = {tr("User"), tr("Billable hours"), tr("Non-billable hours"), tr("Total hours")};
    r.columns = {ReportColumn::Text, ReportColumn::Hours, ReportColumn::Hours, ReportColumn::Hours};
    int64_t billable = 0, other = 0;
    // Israel days: the period's ends are the instants its first and last days begin and end there.
    for (const auto& u : data::ReportRepository(office_.db()).timeByUser(text::israelPeriod(from, to))) {
        r.rows.push_back({textCell(userName(u.user)), numberCell(u.billableSeconds), numberCell(u.otherSeconds),
                          numberCell(u.billableSeconds + u.otherSeconds)});
        billable += u.billableSeconds;
        other += u.otherSeconds;
    }
    r.totals = {textCell(tr("Total")), numberCell(billable), numberCell(other), numberCell(billable + other)};
    return r;
}

ReportPrintout ReportService::accounts(const std::string& from, const std::string& to)
{
    ReportPrintout r;
    r.title = tr("Transaction accounts");
    r.subtitle = period(from, to);
    r.headings = {tr("Number"), tr("Date"), tr("Client"), tr("State"), tr("Total"), tr("Paid"), tr("Balance")};
    r.columns = {ReportColumn::Text,  ReportColumn::Date,  ReportColumn::Text, ReportColumn::Text,
                 ReportColumn::Money, ReportColumn::Money, ReportColumn::Money};
    int64_t total = 0, paid = 0;
    for (const auto& a : data::ReportRepository(office_.db()).accounts(from, to)) {
        r.rows.push_back({textCell(a.number), textCell(a.date), textCell(a.client.displayName()), textCell(stateName(a.state)),
                          numberCell(a.totalAgorot), numberCell(a.paidAgorot),
                          numberCell(subtractAgorot(a.totalAgorot, a.paidAgorot))});
        // A draft is not a demand yet and a cancelled account no longer one.
        if (a.state != AccountState::Cancelled && a.state != AccountState::Draft) {
            total = addAgorot(total, a.totalAgorot);
            paid = addAgorot(paid, a.paidAgorot);
        }
    }
    r.totals = {textCell(tr("Total (issued and paid)")), blank(), blank(), blank(), numberCell(total), numberCell(paid),
                numberCell(subtractAgorot(total, paid))};
    return r;
}

ReportPrintout ReportService::invoices(const std::string& from, const std::string& to)
{
    ReportPrintout r;
    r.title = tr("Tax documents");
    r.subtitle = period(from, to);
    r.headings = {tr("Document"), tr("Number"), tr("Date"), tr("Client"), tr("Before VAT"), tr("VAT"), tr("Total")};
    r.columns = {ReportColumn::Text,  ReportColumn::Text,  ReportColumn::Date, ReportColumn::Text,
                 ReportColumn::Money, ReportColumn::Money, ReportColumn::Money};
    int64_t before = 0, vat = 0, total = 0;
    for (const auto& d : data::ReportRepository(office_.db()).taxDocuments(from, to)) {
        r.rows.push_back({textCell(taxDocumentKindName(d.kind)), textCell(std::to_string(d.number)), textCell(d.date),
                          textCell(d.clientName), numberCell(d.beforeVatAgorot), numberCell(d.vatAgorot),
                          numberCell(d.totalAgorot)});
        // A receipt after a tax invoice is the same income received: counted once, on the invoice.
        if (d.kind == "receipt") continue;
        before = addAgorot(before, d.beforeVatAgorot);
        vat = addAgorot(vat, d.vatAgorot);
        total = addAgorot(total, d.totalAgorot);
    }
    r.totals = {textCell(tr("Total (tax invoices)")), blank(), blank(), blank(), numberCell(before), numberCell(vat),
                numberCell(total)};
    return r;
}

ReportPrintout ReportService::balances()
{
    ReportPrintout r;
    r.title = tr("Client balances");
    r.subtitle = tr("Issued transaction accounts not yet paid");
    r.headings = {tr("Client"), tr("Accounts"), tr("Total"), tr("Paid"), tr("Balance")};
    r.columns = {ReportColumn::Text, ReportColumn::Count, ReportColumn::Money, ReportColumn::Money, ReportColumn::Money};
    int64_t count = 0, total = 0, paid = 0;
    for (const auto& b : data::ReportRepository(office_.db()).balances()) {
        r.rows.push_back({textCell(b.client.displayName()), numberCell(b.accounts), numberCell(b.totalAgorot),
                          numberCell(b.paidAgorot), numberCell(subtractAgorot(b.totalAgorot, b.paidAgorot))});
        count += b.accounts;
        total = addAgorot(total, b.totalAgorot);
        paid = addAgorot(paid, b.paidAgorot);
    }
    r.totals = {textCell(tr("Total")), numberCell(count), numberCell(total), numberCell(paid), numberCell(subtractAgorot(total, paid))};
    return r;
}

} // namespace praklit::services
