#include "cli/Cli.h"
#include "cli/Output.h"
#include "services/DemoGenerator.h"
#include "services/OfficeService.h"
#include "services/UserService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Translate.h"

#include <array>
#include <chrono>

namespace praklit::cli {

using text::format;
using text::formatCount;
using text::tr;

namespace {
double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
std::string seconds(double s)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", s);
    return buf;
}
} // namespace

void addDbCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto* db = app.add_subcommand("db", tr("The office database: create, migrate, describe, copy."));
    db->require_subcommand(1);

    auto admin = std::make_shared<std::array<std::string, 3>>(); // login, display name, office name
    auto* init = db->add_subcommand("init", tr("Create the office database (or bring an existing one up to date)."));
    init->add_option("--admin", (*admin)[0],
                     tr("Make this user the office's first administrator; the password is read from standard input."));
    init->add_option("--display-name", (*admin)[1], tr("The first administrator's display name"));
    init->add_option("--office-name", (*admin)[2], tr("The office's name, for its letterhead"));
    init->callback([&, admin] {
        action = [&, admin] {
            const auto url = ctx.url();
            const int version = services::OfficeService::init(url);
            Json j{{"database", url.text()}, {"schema_version", version}};
            std::string people = format(tr("The office database {1} is ready (schema {2})."), url.display(), version);
            if (!(*admin)[0].empty()) {
                const auto password = ctx.secretLine(tr("the administrator's password"));
                const auto u = services::UserService::createFirstAdministrator(url, (*admin)[0], (*admin)[1], password,
                                                                               (*admin)[2]);
                j["administrator"] = u.login;
                people += "\n" + format(tr("{1} is the office's administrator."), text::ltr(u.login));
            }
            ctx.print(j, people);
        };
    });

    db->add_subcommand("migrate", tr("Bring the office database's schema up to this program's version."))
        ->callback([&] {
            action = [&] {
                const auto url = ctx.url();
                const int version = services::OfficeService::migrate(url);
                ctx.print(Json{{"database", url.text()}, {"schema_version", version}},
                          format(tr("The office database {1} is at schema {2}."), url.display(), version));
            };
        });

    db->add_subcommand("info", tr("Show which database this is, its schema and how many rows each table holds."))
        ->callback([&] {
            action = [&] {
                auto office = ctx.read();
                const auto info = services::OfficeService::info(*office);
                Json counts = Json::object();
                std::vector<std::vector<std::string>> rows;
                for (const auto& [table, n] : info.rowCounts) {
                    counts[table] = n;
                    rows.push_back({table, formatCount(n)});
                }
                Json j{{"backend", info.backend},
                       {"where", info.where},
                       {"schema_version", info.schemaVersion},
                       {"program_schema_version", info.programSchemaVersion},
                       {"server_version", info.serverVersion},
                       {"user", office->user().login},
                       {"rows", counts}};
                if (info.fileBytes) j["file_bytes"] = info.fileBytes;
                std::string people = format(tr("Database: {1} ({2} {3})"), info.where, info.backend, info.serverVersion) + "\n" +
                                     format(tr("Schema: {1} (this program: {2})"), info.schemaVersion, info.programSchemaVersion) +
                                     "\n" + format(tr("User: {1}"), office->user().login) + "\n";
                if (info.fileBytes) people += format(tr("File size: {1}"), text::formatBytes(static_cast<uint64_t>(info.fileBytes))) + "\n";
                people += table({tr("Table"), tr("Rows")}, rows);
                ctx.print(j, people);
            };
        });

    addBackupCommands(db, ctx, action);

    auto* copy = db->add_subcommand("copy", tr("Copy a whole office into an empty database (SQLite to PostgreSQL or back), "
                                               "then verify row counts and checksums."));
    auto paths = std::make_shared<std::pair<std::string, std::string>>();
    copy->add_option("--from", paths->first, tr("The office to copy from."))->required();
    copy->add_option("--to", paths->second, tr("The empty database to copy into."))->required();
    copy->callback([&, paths] {
        action = [&, paths] {
            const auto source = ConnectionUrl::parse(paths->first);
            const auto target = ConnectionUrl::parse(paths->second);
            const auto start = std::chrono::steady_clock::now();
            const auto results = services::OfficeService::copy(source, target, [&](const CopyProgress& p) {
                ctx.note(format(tr("… {1}: {2} rows"), p.table, formatCount(p.rowsDone)));
            });
            const double elapsed = secondsSince(start);
            Json tables = Json::array();
            std::vector<std::vector<std::string>> rows;
            int64_t total = 0;
            for (const auto& r : results) {
                tables.push_back({{"table", r.table},
                                  {"source_rows", r.sourceRows},
                                  {"target_rows", r.targetRows},
                                  {"source_checksum", r.sourceChecksum},
                                  {"target_checksum", r.targetChecksum},
                                  {"verified", r.sourceRows == r.targetRows && r.sourceChecksum == r.targetChecksum}});
                rows.push_back({r.table, formatCount(r.sourceRows), formatCount(r.targetRows), r.targetChecksum.substr(0, 16),
                                r.sourceChecksum == r.targetChecksum ? tr("equal") : tr("DIFFERENT")});
                total += r.sourceRows;
            }
            ctx.print(Json{{"from", source.text()}, {"to", target.text()}, {"seconds", elapsed}, {"tables", tables}},
                      table({tr("Table"), tr("Source rows"), tr("Target rows"), tr("Checksum"), tr("Verified")}, rows) +
                          format(tr("Copied {1} rows from {2} to {3} in {4} s: every table's row count and checksum are equal."),
                                 formatCount(total), source.display(), target.display(), seconds(elapsed)));
        };
    });
}

void addDemoCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto* demo = app.add_subcommand("demo", tr("Demonstration data."));
    demo->require_subcommand(1);
    auto* generate = demo->add_subcommand("generate", tr("Add a deterministic office of realistic Hebrew data."));
    struct Options {
        int64_t clients = 0;
        uint64_t seed = 1;
        bool noTime = false;
    };
    auto o = std::make_shared<Options>();
    generate->add_option("--clients", o->clients, tr("How many clients to add."))->required()->check(CLI::Range(int64_t{1}, int64_t{10'000'000}));
    generate->add_flag("--no-time", o->noTime, tr("Without the year of time entries and charges."));
    generate->add_option("--seed", o->seed, tr("The seed: the same seed gives the same office (default 1)."));
    generate->callback([&, o] {
        action = [&, o] {
            const auto [clients, seed, noTime] = *o;
            auto office = ctx.open();
            const auto start = std::chrono::steady_clock::now();
            const auto s = services::DemoGenerator(*office).generate(
                clients, seed,
                [&](int64_t done) {
                    if (done < clients) ctx.note(format(tr("… {1} clients"), formatCount(done)));
                },
                nullptr, !noTime);
            const double elapsed = secondsSince(start);
            ctx.print(Json{{"clients", clients},
                           {"people", s.people},
                           {"organisations", s.organisations},
                           {"addresses", s.addresses},
                           {"phones", s.phones},
                           {"contacts", s.contacts},
                           {"cases", s.cases},
                           {"time_entries", s.timeEntries},
                           {"charges", s.charges},
                           {"seed", seed},
                           {"seconds", elapsed}},
                      format(tr("Added {1} clients ({2} people, {3} organisations), {4} addresses, {5} phones, {6} contacts, "
                                "{7} cases, {8} time entries and {9} charges in {10} s."),
                             formatCount(clients), formatCount(s.people), formatCount(s.organisations),
                             formatCount(s.addresses), formatCount(s.phones), formatCount(s.contacts),
                             formatCount(s.cases), formatCount(s.timeEntries), formatCount(s.charges), seconds(elapsed)));
        };
    });
}

} // namespace praklit::cli
