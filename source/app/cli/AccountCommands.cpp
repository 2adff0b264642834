#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "services/AccountService.h"
#include "services/DocumentService.h"
#include "services/PrintoutService.h"
#include "services/ReportService.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <filesystem>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct AccountOptions {
    int64_t id = 0;
    int64_t client = 0;
    std::vector<int64_t> charges;
    std::string date;
    bool summarised = false;
    bool issue = false;
    std::string amount;
    std::string method = "transfer";
    std::string cheque, bank, allocation;
    std::string output;
    bool copy = false;
    std::string name, from, to, formatName = "csv";
};

Json accountJson(const TransactionAccount& a)
{
    return Json{{"id", a.id},
                {"client", a.clientId},
                {"number", a.number.empty() ? Json(nullptr) : Json(a.number)},
                {"date", a.accountDate},
                {"state", std::string(toString(a.state))},
                {"detailed_time", a.detailedTime},
                {"vat_rate_percent", a.vatBasisPoints / 100.0},
                {"subtotal", a.subtotalAgorot},
                {"vat", a.vatAgorot},
                {"total", a.totalAgorot},
                {"total_text", moneyText(a.totalAgorot)},
                {"paid", a.paidAgorot},
                {"balance", a.balanceAgorot()},
                {"balance_text", moneyText(a.balanceAgorot())},
                {"version", a.version}};
}

std::string accountLine(const TransactionAccount& a)
{
    return format(tr("Transaction account {1} ({2}): {3}, total {4}, balance {5}."),
                  a.number.empty() ? "#" + std::to_string(a.id) : a.number, stateName(a.state),
                  text::displayDate(a.accountDate), moneyText(a.totalAgorot), moneyText(a.balanceAgorot()));
}

Json invoiceJson(const TaxDocument& d)
{
    return Json{{"id", d.id},
                {"kind", d.kind},
                {"number", d.number},
                {"client", d.clientId},
                {"account", d.accountId},
                {"date", d.issuedOn},
                {"client_name", d.clientName},
                {"client_address", d.clientAddress},
                {"before_vat", d.amountBeforeVatAgorot},
                {"vat", d.vatAgorot},
                {"total", d.totalAgorot},
                {"total_text", moneyText(d.totalAgorot)},
                {"allocation_number", d.allocationNumber}};
}

// The transaction accounts: make, list, show, issue, cancel, invoice, print.
void addAccountGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<AccountOptions>& o)
{
    auto* account = app.add_subcommand("account", tr("Transaction accounts (חשבון עסקה): payment demands of unbilled charges."));
    account->require_subcommand(1);

    auto* create = account->add_subcommand("create", tr("Make a draft of a client's unbilled charges (all, or those named)."));
    create->add_option("--client", o->client, tr("The client's number"))->required();
    create->add_option("--charge", o->charges, tr("A charge to include (repeat the option); default: all unbilled"));
    create->add_option("--date", o->date, tr("The account's date, yyyy-mm-dd (default today): its VAT rate applies"));
    create->add_flag("--summarised", o->summarised, tr("One line of time per case instead of every entry"));
    create->add_flag("--issue", o->issue, tr("Issue it at once (the client needs a primary address); nothing is kept if it cannot be issued"));
    create->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::AccountService accounts(*office);
            const auto a = o->issue ? accounts.produce(o->client, o->charges, o->date, !o->summarised)
                                    : accounts.createDraft(o->client, o->charges, o->date, !o->summarised);
            ctx.print(accountJson(a), accountLine(a));
        };
    });

    auto* list = account->add_subcommand("list", tr("List a client's transaction accounts."));
    list->add_option("--client", o->client, tr("The client's number"))->required();
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            Json rows = Json::array();
            std::string people;
            for (const auto& a : services::AccountService(*office).forClient(o->client)) {
                rows.push_back(accountJson(a));
                people += accountLine(a) + "\n";
            }
            ctx.print(rows, people.empty() ? tr("No transaction accounts.") : people);
        };
    });

    for (const char* verb : {"show", "issue", "cancel"}) {
        const std::string v = verb;
        auto* cmd = account->add_subcommand(verb, v == "show"    ? tr("Show a transaction account.")
                                                  : v == "issue" ? tr("Issue a draft: its number is fixed and its charges billed.")
                                                                 : tr("Cancel an account: its charges are released; the number stays."));
        cmd->add_option("id", o->id, tr("The account's id"))->required();
        cmd->callback([&, o, v] {
            action = [&, o, v] {
                auto office = v == "show" ? ctx.read() : ctx.open();
                services::AccountService accounts(*office);
                const auto a = v == "show" ? accounts.get(o->id) : v == "issue" ? accounts.issue(o->id) : accounts.cancel(o->id);
                auto j = accountJson(a);
                j["charges"] = accounts.charges(a.id);
                ctx.print(j, accountLine(a));
            };
        });
    }

    auto* taxInvoice = account->add_subcommand(
        "invoice", tr("Issue a tax invoice (חשבונית מס) for an issued account before payment; payments then issue receipts."));
    taxInvoice->add_option("id", o->id, tr("The account's id"))->required();
    taxInvoice->add_option("--date", o->date, tr("The invoice's date, yyyy-mm-dd (default today)"));
    taxInvoice->add_option("--allocation-number", o->allocation, tr("The invoice's allocation number (מספר הקצאה)"));
    taxInvoice->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            bool missing = false;
            const auto d = services::AccountService(*office).issueTaxInvoice(o->id, o->date, o->allocation, &missing);
            if (missing) ctx.note(services::allocationNumberWarning());
            auto j = invoiceJson(d);
            j["allocation_number_missing"] = missing;
            ctx.print(j, format(tr("Tax invoice {1} issued for {2}."), d.number, moneyText(d.totalAgorot)));
        };
    });

    auto* pdf = account->add_subcommand("pdf", tr("Render a transaction account to PDF, into the client's file or to --output."));
    pdf->add_option("id", o->id, tr("The account's id"))->required();
    pdf->add_option("--output", o->output, tr("Write the PDF here instead of the client's file"));
    pdf->callback([&, o] {
        action = [&, o] {
            // Either way the PDF leaves a row in the access log: a read-write session.
            auto office = ctx.open();
            services::PrintoutService printouts(*office);
            std::filesystem::path path = o->output;
            if (o->output.empty()) path = services::DocumentService(*office).pathOf(printouts.storeAccount(o->id));
            else printouts.writeAccount(o->id, path);
            ctx.print(Json{{"id", o->id}, {"path", path.string()}}, path.string());
        };
    });
}

// The payments: record and list.
void addPaymentGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<AccountOptions>& o)
{
    auto* payment = app.add_subcommand("payment", tr("Payments against transaction accounts."));
    payment->require_subcommand(1);
    auto* pay = payment->add_subcommand("add", tr("Record a payment: it issues a tax invoice-receipt."));
    pay->add_option("--account", o->id, tr("The account's id"))->required();
    pay->add_option("--amount", o->amount, tr("The amount paid, VAT included, e.g. 1180.00"))->required();
    pay->add_option("--method", o->method, tr("transfer, cheque, card or cash"))
        ->check(CLI::IsMember({"transfer", "cheque", "card", "cash"}));
    pay->add_option("--date", o->date, tr("Date paid, yyyy-mm-dd (default today)"));
    pay->add_option("--cheque-number", o->cheque, tr("The cheque's number"));
    pay->add_option("--bank", o->bank, tr("The cheque's bank"));
    pay->add_option("--allocation-number", o->allocation, tr("The invoice's allocation number (מספר הקצאה)"));
    pay->callback([&, o] {
        action = [&, o] {
            const auto amount = agorotFromText(o->amount, MoneyField::Payment);
            auto office = ctx.open();
            const auto r = services::AccountService(*office).pay(o->id, amount, *parsePaymentMethod(o->method), o->date,
                                                                 o->cheque, o->bank, o->allocation);
            Json j{{"payment", {{"id", r.payment.id}, {"amount", r.payment.amountAgorot}}},
                   {"invoice_receipt", invoiceJson(r.invoiceReceipt)},
                   {"account", accountJson(r.account)},
                   {"allocation_number_missing", r.allocationNumberMissing}};
            if (r.allocationNumberMissing) ctx.note(services::allocationNumberWarning());
            ctx.print(j, services::paymentSentence(r));
        };
    });

    auto* payments = payment->add_subcommand("list", tr("List the payments recorded against a transaction account."));
    payments->add_option("--account", o->id, tr("The account's id"))->required();
    payments->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::AccountService accounts(*office);
            accounts.get(o->id);
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& p : accounts.payments(o->id)) {
                rows.push_back({{"id", p.id},
                                {"account", p.accountId},
                                {"date", p.paidOn},
                                {"amount", p.amountAgorot},
                                {"amount_text", moneyText(p.amountAgorot)},
                                {"method", std::string(toString(p.method))},
                                {"cheque_number", p.chequeNumber},
                                {"bank", p.bank},
                                {"tax_document", p.taxDocumentId ? Json(p.taxDocumentId) : Json(nullptr)}});
                lines.push_back({std::to_string(p.id), text::displayDate(p.paidOn), moneyText(p.amountAgorot),
                                 paymentMethodName(p.method)});
            }
            ctx.print(rows, lines.empty() ? tr("No payments.") : table({tr("No."), tr("Date"), tr("Amount"), tr("Method")}, lines));
        };
    });
}

// The tax documents: list and print.
void addInvoiceGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<AccountOptions>& o)
{
    auto* invoice = app.add_subcommand("invoice", tr("Tax invoice-receipts."));
    invoice->require_subcommand(1);
    auto* invoices = invoice->add_subcommand("list", tr("List tax invoice-receipts, newest first."));
    invoices->add_option("--client", o->client, tr("The client's number (default: all)"));
    invoices->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& d : services::AccountService(*office).invoices(o->client)) {
                rows.push_back(invoiceJson(d));
                lines.push_back({std::to_string(d.number), text::displayDate(d.issuedOn), d.clientName, moneyText(d.totalAgorot)});
            }
            ctx.print(rows, lines.empty() ? tr("No invoices.") : table({tr("No."), tr("Date"), tr("Client"), tr("Total")}, lines));
        };
    });
    auto* invoicePdf = invoice->add_subcommand("pdf", tr("Render a tax invoice-receipt to PDF (the original, or --copy)."));
    invoicePdf->add_option("id", o->id, tr("The invoice's id"))->required();
    invoicePdf->add_option("--output", o->output, tr("Write the PDF here instead of the client's file"));
    invoicePdf->add_flag("--copy", o->copy, tr("Mark it העתק (a copy) rather than מקור (the original)"));
    invoicePdf->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::PrintoutService printouts(*office);
            std::filesystem::path path = o->output;
            if (o->output.empty()) path = services::DocumentService(*office).pathOf(printouts.storeInvoice(o->id, !o->copy));
            else printouts.writeInvoice(o->id, !o->copy, path);
            ctx.print(Json{{"id", o->id}, {"path", path.string()}}, path.string());
        };
    });
}

// The the dated VAT table.
void addVatSettings(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<AccountOptions>& o)
{
    auto* settings = app.get_subcommand("settings");
    auto* vat = settings->add_subcommand("vat", tr("The dated VAT table: show it, or set a rate from a date on."));
    vat->add_option("--from", o->from, tr("From date, yyyy-mm-dd"));
    vat->add_option("--rate", o->amount, tr("The rate in percent, e.g. 18"));
    vat->callback([&, o] {
        action = [&, o] {
            const bool change = !o->from.empty() || !o->amount.empty();
            auto office = change ? ctx.open() : ctx.read();
            services::AccountService accounts(*office);
            if (change) {
                if (o->from.empty() || o->amount.empty())
                    invalid(tr("Give both --from and --rate, e.g. --from 2025-01-01 --rate 18."), "rate");
                accounts.setVatRate(o->from, basisPointsFromText(o->amount));
            }
            Json rows = Json::array();
            std::string people;
            for (const auto& r : accounts.vatRates()) {
                const double percent = static_cast<double>(r.value) / 100.0;
                rows.push_back({{"from", r.validFrom}, {"rate_percent", percent}});
                char line[64];
                std::snprintf(line, sizeof line, "%s  %.2f%%\n", text::displayDate(r.validFrom).c_str(), percent);
                people += line;
            }
            ctx.print(rows, people);
        };
    });
}

// The the reports, to a file.
void addReportCommand(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<AccountOptions>& o)
{
    auto* report = app.add_subcommand("report", tr("The office's reports, to CSV, XLSX or PDF."));
    std::string namesHelp;
    for (const auto& n : services::ReportService::names()) namesHelp += (namesHelp.empty() ? "" : ", ") + n;
    report->add_option("name", o->name, namesHelp)->required()->check(CLI::IsMember(services::ReportService::names()));
    report->add_option("--from", o->from, tr("From date, yyyy-mm-dd"));
    report->add_option("--to", o->to, tr("To date, yyyy-mm-dd"));
    report->add_option("--format", o->formatName, tr("csv, xlsx or pdf"))->check(CLI::IsMember({"csv", "xlsx", "pdf"}));
    report->add_option("--output", o->output, tr("The file to write"))->required();
    report->callback([&, o] {
        action = [&, o] {
            // The export is logged: a read-write session.
            auto office = ctx.open();
            const auto r = services::ReportService(*office).run(o->name, o->from, o->to);
            services::ReportService(*office).write(r, o->formatName == "csv"    ? services::ReportFormat::Csv
                                              : o->formatName == "xlsx" ? services::ReportFormat::Xlsx
                                                                        : services::ReportFormat::Pdf,
                                           o->output);
            ctx.print(Json{{"report", o->name}, {"rows", r.rows.size()}, {"path", o->output}},
                      format(tr("Wrote \"{1}\" ({2} rows) to {3}."), r.title, r.rows.size(), o->output));
        };
    });
}

} // namespace

void addAccountCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<AccountOptions>();
    addAccountGroup(app, ctx, action, o);
    addPaymentGroup(app, ctx, action, o);
    addInvoiceGroup(app, ctx, action, o);
    addVatSettings(app, ctx, action, o);
    addReportCommand(app, ctx, action, o);
}

} // namespace praklit::cli
