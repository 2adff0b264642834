#include "cli/Cli.h"
#include "cli/Output.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <optional>
#include <utility>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {
struct CaseOptions {
    Case c;
    std::string lawyer;
    std::string status = "open";
    int64_t id = 0;
    int64_t client = 0;
    // edit: only the fields given change
    std::optional<std::string> number, subject, court, proceedingType, courtNumber, lawyerEdit, opened, closed, statusEdit, date;
    std::optional<int> expectVersion;
};

std::string describe(const Case& c)
{
    std::string out = format(tr("Case {1}: {2}"), c.internalNumber, c.subject) + "\n";
    if (!c.court.empty()) out += tr("Court") + ": " + c.court + "\n";
    if (!c.courtNumber.empty()) out += tr("Court case number") + ": " + c.proceedingType + " " + c.courtNumber + "\n";
    if (!c.openedOn.empty()) out += tr("Opened") + ": " + text::displayDate(c.openedOn) + "\n";
    if (!c.closedOn.empty()) out += tr("Closed") + ": " + text::displayDate(c.closedOn) + "\n";
    out += tr("Status") + ": " + (c.status == CaseStatus::Open ? tr("open") : tr("closed")) + "\n";
    return out;
}
} // namespace

void addCaseCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<CaseOptions>();
    auto* cases = app.add_subcommand("case", tr("Cases (תיקים) of clients."));
    cases->require_subcommand(1);

    auto* add = cases->add_subcommand("add", tr("Open a case; without --number it takes the next number of the series."));
    add->add_option("--client", o->c.clientId, tr("The client's number"))->required();
    add->add_option("--subject", o->c.subject, tr("Subject"))->required();
    add->add_option("--number", o->c.internalNumber, tr("The office's internal case number"));
    add->add_option("--court", o->c.court, tr("Court"));
    add->add_option("--proceeding-type", o->c.proceedingType, tr("Proceeding type, e.g. ת\"א, ע\"א, בע\"מ"));
    add->add_option("--court-number", o->c.courtNumber, tr("Court case number, e.g. 12345-01-24 or 2904/14"));
    add->add_option("--lawyer", o->lawyer, tr("The responsible lawyer's user name"));
    add->add_option("--opened", o->c.openedOn, tr("Opening date, yyyy-mm-dd"));
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::CaseService service(*office);
            Case c = o->c;
            if (!o->lawyer.empty()) c.lawyerUserId = service.userByLogin(o->lawyer).id;
            c = service.add(c);
            ctx.print(toJson(c), format(tr("Opened case {1}: {2}."), c.internalNumber, c.subject));
        };
    });

    auto* edit = cases->add_subcommand("edit", tr("Change a case; only the options given change."));
    edit->add_option("id", o->id, tr("The case's number (its id)"))->required();
    edit->add_option("--number", o->number, tr("The office's internal case number"));
    edit->add_option("--subject", o->subject, tr("Subject"));
    edit->add_option("--court", o->court, tr("Court"));
    edit->add_option("--proceeding-type", o->proceedingType, tr("Proceeding type, e.g. ת\"א, ע\"א, בע\"מ"));
    edit->add_option("--court-number", o->courtNumber, tr("Court case number, e.g. 12345-01-24 or 2904/14"));
    edit->add_option("--lawyer", o->lawyerEdit, tr("The responsible lawyer's user name; empty for none"));
    edit->add_option("--opened", o->opened, tr("Opening date, yyyy-mm-dd"));
    edit->add_option("--closed", o->closed, tr("Closing date, yyyy-mm-dd; empty for none"));
    edit->add_option("--status", o->statusEdit, tr("open or closed"))->check(CLI::IsMember({"open", "closed"}));
    edit->add_option("--expect-version", o->expectVersion, tr("Refuse the change if the case changed since this version"));
    edit->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::CaseService service(*office);
            Case c = service.get(o->id);
            if (o->expectVersion) c.version = *o->expectVersion;
            for (auto [option, field] : {std::pair{&o->number, &c.internalNumber}, {&o->subject, &c.subject}, {&o->court, &c.court},
                                         {&o->proceedingType, &c.proceedingType}, {&o->courtNumber, &c.courtNumber},
                                         {&o->opened, &c.openedOn}, {&o->closed, &c.closedOn}})
                if (*option) *field = **option;
            if (o->lawyerEdit) c.lawyerUserId = o->lawyerEdit->empty() ? 0 : service.userByLogin(*o->lawyerEdit).id;
            if (o->statusEdit) c.status = *parseCaseStatus(*o->statusEdit);
            c = service.update(c);
            ctx.print(toJson(c), describe(c));
        };
    });

    for (const char* verb : {"close", "reopen"}) {
        const bool closing = std::string(verb) == "close";
        auto* cmd = cases->add_subcommand(verb, closing ? tr("Close a case: no more charges or counters on it.")
                                                        : tr("Reopen a closed case."));
        cmd->add_option("id", o->id, tr("The case's number (its id)"))->required();
        if (closing) cmd->add_option("--date", o->date, tr("The closing date, yyyy-mm-dd (default today)"));
        cmd->callback([&, o, closing] {
            action = [&, o, closing] {
                auto office = ctx.open();
                services::CaseService service(*office);
                Case c = service.get(o->id);
                c.status = closing ? CaseStatus::Closed : CaseStatus::Open;
                c.closedOn = closing ? o->date.value_or("") : std::string();
                c = service.update(c);
                ctx.print(toJson(c), describe(c));
            };
        });
    }

    auto* list = cases->add_subcommand("list", tr("List a client's cases."));
    list->add_option("--client", o->client, tr("The client's number"))->required();
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::ClientService(*office).get(o->client);
            const auto all = services::CaseService(*office).forClient(o->client);
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& c : all) {
                rows.push_back(toJson(c));
                lines.push_back({std::to_string(c.id), c.internalNumber, c.subject, c.proceedingType + " " + c.courtNumber,
                                 c.status == CaseStatus::Open ? tr("open") : tr("closed")});
            }
            ctx.print(rows, all.empty() ? tr("No cases yet.")
                                        : table({tr("No."), tr("Case number"), tr("Subject"), tr("Court case number"), tr("Status")},
                                                lines));
        };
    });

    auto* courts = cases->add_subcommand("courts", tr("Israel's courts as a case's --court names them today."));
    courts->callback([&] {
        action = [&] {
            auto office = ctx.read();
            const auto names = services::CaseService(*office).courts();
            Json rows = Json::array();
            std::string people;
            for (const auto& name : names) {
                rows.push_back(name);
                people += (people.empty() ? "" : "\n") + name;
            }
            ctx.print(rows, people);
        };
    });

    auto* show = cases->add_subcommand("show", tr("Show a case."));
    show->add_option("id", o->id, tr("The case's number (its id)"))->required();
    show->callback([&, o] {
        action = [&, o] {
            // Reading a case is logged (the access log): a read-write session.
            auto office = ctx.open();
            const auto c = services::CaseService(*office).open(o->id);
            ctx.print(toJson(c), describe(c));
        };
    });
}

} // namespace praklit::cli
