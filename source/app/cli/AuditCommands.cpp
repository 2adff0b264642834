#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "services/AuditService.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <memory>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {
struct AuditOptions {
    services::AuditQuery query;
    int64_t limit = 50;
    int64_t after = 0;
};

Json toJson(const services::AuditRow& r)
{
    Json fields = Json::object();
    for (const auto& f : r.fields) fields[f.field] = f.hasBefore ? Json::array({f.before, f.after}) : Json(f.after);
    return Json{{"id", r.id},         {"at", r.atIso},       {"user", r.login},     {"who", r.who},
                {"table", r.table},   {"record", r.recordId}, {"action", r.action}, {"changes", fields},
                {"reason", r.reason}};
}
} // namespace

void addAuditCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<AuditOptions>();
    auto* audit = app.add_subcommand("audit", tr("The audit log (יומן שינויים): who did what, and whether it is whole."));
    audit->require_subcommand(1);

    auto* list = audit->add_subcommand("list", tr("List audit rows, newest first."));
    list->add_option("--user", o->query.login, tr("Only this user's rows (a login)"));
    list->add_option("--table", o->query.table, tr("Only rows of this table, e.g. entities, charges, tax_documents"));
    list->add_option("--record", o->query.recordId, tr("Only rows of this record (its id)"));
    list->add_option("--action", o->query.action, tr("Only this action: insert, update, delete, state, read, export …"));
    list->add_option("--from", o->query.from, tr("From date, yyyy-mm-dd"));
    list->add_option("--to", o->query.to, tr("To date, yyyy-mm-dd"));
    list->add_option("--limit", o->limit, tr("At most this many (default 50)."))->check(CLI::Range(int64_t{1}, int64_t{100000}));
    list->add_option("--after", o->after, tr("Rows older than this row id (the next page)."))->check(CLI::NonNegativeNumber);
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto rows = services::AuditService(*office).list(o->query, o->after, o->limit);
            Json json = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& r : rows) {
                json.push_back(toJson(r));
                std::string what = r.what;
                if (!r.reason.empty()) what += (what.empty() ? "" : " ") + format(tr("(reason: {1})"), r.reason);
                lines.push_back({std::to_string(r.id), r.when, r.who, r.tableName,
                                 r.recordId ? std::to_string(r.recordId) : std::string(), r.actionName, what});
            }
            ctx.print(json, lines.empty() ? tr("No audit rows.")
                                          : table({tr("No."), tr("When"), tr("Who"), tr("Table"), tr("Record"),
                                                   tr("Action"), tr("What")},
                                                  lines));
        };
    });

    auto* verify = audit->add_subcommand(
        "verify", tr("Walk the audit chain and check every sealed document; names the first row that does not match."));
    verify->callback([&, o] {
        action = [&] {
            auto office = ctx.read();
            const auto check = services::AuditService(*office).verify();
            // A broken chain is the office's data saying no: the same exit as other refused input.
            if (!check.whole()) throw Error(ErrorKind::InvalidInput, check.problem);
            ctx.print(Json{{"whole", true}, {"rows", check.rows}, {"documents", check.documents}, {"head", check.head}},
                      format(tr("The audit log is whole: {1} rows, {2} sealed documents; its head is {3}."),
                             text::formatCount(check.rows), text::formatCount(check.documents), check.head));
        };
    });
}

} // namespace praklit::cli
