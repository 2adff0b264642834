#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "services/ChargeService.h"
#include "text/Format.h"
#include "text/Translate.h"

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct ChargeOptions {
    int64_t id = 0;
    int64_t client = 0;
    int64_t kase = 0;
    std::string kind = "fixed";
    std::optional<std::string> amount, rate, minutesWorked, date, description, state, from, to;
    std::string reason;
    bool noVat = false, vat = false, notBillable = false;
    int64_t limit = 100;
    int64_t offset = 0;
};

void apply(const ChargeOptions& o, Charge& c)
{
    if (o.amount) c.amountAgorot = agorotFromText(*o.amount, MoneyField::Amount);
    if (o.rate) c.rateAgorot = agorotFromText(*o.rate, MoneyField::HourlyRate);
    if (o.minutesWorked) c.seconds = secondsFromMinutesText(*o.minutesWorked);
    if (o.date) c.chargedOn = *o.date;
    if (o.description) c.description = *o.description;
    if (o.noVat) c.vatExempt = true;
    if (o.vat) c.vatExempt = false;
    if (o.notBillable) c.billable = false;
}

std::string describe(const Charge& c)
{
    return format(tr("Charge {1}: {2} {3} — {4}"), c.id, text::displayDate(c.chargedOn), c.description, moneyText(c.amountAgorot));
}

} // namespace

void addChargeCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<ChargeOptions>();
    auto* charge = app.add_subcommand("charge", tr("Charges (חיובים) to clients."));
    charge->require_subcommand(1);

    auto addWhere = [&](CLI::App* cmd, bool required) {
        auto* where = cmd->add_option_group("where");
        where->add_option("--case", o->kase, tr("The case's number (its id)"));
        where->add_option("--client", o->client, tr("The client's number"));
        if (required) where->require_option(1);
        else where->require_option(0, 1);
    };
    auto addFields = [&](CLI::App* cmd) {
        cmd->add_option("--amount", o->amount, tr("Amount before VAT in shekels, e.g. 1234.50 (fixed fees and expenses)"));
        cmd->add_option("--minutes", o->minutesWorked, tr("Minutes worked (time)"));
        cmd->add_option("--rate", o->rate, tr("Hourly rate in shekels (time; default: the case's, client's or user's rate)"));
        cmd->add_option("--date", o->date, tr("Date, yyyy-mm-dd (default today)"));
        cmd->add_option("--description", o->description, tr("Description"));
        cmd->add_flag("--no-vat", o->noVat, tr("An expense without VAT"));
    };

    auto* add = charge->add_subcommand("add", tr("Add a charge by hand: a fixed fee, an expense, or time after the fact."));
    addWhere(add, true);
    add->add_option("--kind", o->kind, tr("fixed, expense or time"))->check(CLI::IsMember({"fixed", "expense", "time"}));
    addFields(add);
    add->add_flag("--not-billable", o->notBillable, tr("Time that is recorded but not charged"));
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            Charge c;
            c.clientId = o->client;
            c.caseId = o->kase;
            c.kind = *parseChargeKind(o->kind);
            apply(*o, c);
            c = services::ChargeService(*office).add(c);
            ctx.print(toJson(c), describe(c));
        };
    });

    auto* edit = charge->add_subcommand("edit", tr("Change an unbilled charge; every change is in the audit log."));
    edit->add_option("id", o->id, tr("The charge's number"))->required();
    addFields(edit);
    edit->add_flag("--vat", o->vat, tr("An expense with VAT"));
    edit->add_option("--reason", o->reason, tr("Why the charge is changed (asked for one entered more than a day ago)"));
    edit->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ChargeService charges(*office);
            Charge c = charges.get(o->id);
            apply(*o, c);
            c = charges.edit(c, o->reason);
            ctx.print(toJson(c), describe(c));
        };
    });

    auto* list = charge->add_subcommand("list", tr("List charges with their totals, newest first."));
    addWhere(list, false);
    list->add_option("--state", o->state, tr("unbilled, in_account or billed"))
        ->check(CLI::IsMember({"unbilled", "in_account", "billed"}));
    list->add_option("--from", o->from, tr("From date, yyyy-mm-dd"));
    list->add_option("--to", o->to, tr("To date, yyyy-mm-dd"));
    list->add_option("--limit", o->limit, tr("At most this many (default 100)."))->check(CLI::Range(int64_t{1}, int64_t{100000}));
    list->add_option("--offset", o->offset, tr("Skip this many first."))->check(CLI::NonNegativeNumber);
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::ChargeService charges(*office);
            ChargeFilter filter;
            filter.clientId = o->client;
            filter.caseId = o->kase;
            if (o->state) filter.state = parseChargeState(*o->state);
            if (o->from) filter.from = *o->from;
            if (o->to) filter.to = *o->to;
            const auto rows = charges.list(filter, o->offset, o->limit);
            const auto totals = charges.totals(filter);
            Json items = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& r : rows) {
                auto j = toJson(r.charge);
                j["user_login"] = r.userLogin;
                j["case_number"] = r.caseNumber;
                items.push_back(j);
                char mins[32];
                std::snprintf(mins, sizeof mins, "%.1f", minutes(r.charge.seconds));
                lines.push_back({std::to_string(r.charge.id), text::displayDate(r.charge.chargedOn), r.userLogin, r.charge.description,
                                 r.charge.kind == ChargeKind::Time ? mins : "", moneyText(r.charge.amountAgorot),
                                 stateName(r.charge.state)});
            }
            Json j{{"charges", items},
                   {"totals", {{"count", totals.count},
                               {"seconds", totals.seconds},
                               {"billed_seconds", totals.billedSeconds},
                               {"amount", totals.amountAgorot},
                               {"amount_text", moneyText(totals.amountAgorot)}}}};
            ctx.print(j, (rows.empty() ? tr("No charges.") + "\n"
                                       : table({tr("No."), tr("Date"), tr("User"), tr("Description"), tr("Minutes"),
                                                tr("Amount"), tr("State")},
                                               lines)) +
                             format(tr("Total: {1} charges, {2}."), totals.count, moneyText(totals.amountAgorot)));
        };
    });
}

} // namespace praklit::cli
