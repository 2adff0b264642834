#include "data/Migrations.h"

#include "data/AuditRepository.h"
#include "data/SearchWords.h"

#include "text/EmbeddedFile.h"
#include "data/NativeHandles.h"
#include "data/SqliteNative.h"
#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <algorithm>
#include <soci/soci.h>

namespace praklit {
const std::vector<text::EmbeddedFile>& embeddedMigrations(); // generated from data/migrations/*/*.sql
}

namespace praklit::data {

using text::format;
using text::tr;

namespace {
constexpr const char* kProgramVersion = "0.1.0";
// pg_advisory_xact_lock key: "PRAKLIT" in ASCII, so nothing else takes it by chance.
constexpr long long kMigrationLock = 0x5052414b4c4954LL;
} // namespace

std::vector<Migrations::Step> Migrations::steps(Backend backend)
{
    const std::string folder = backend == Backend::SQLite ? "sqlite/" : "postgresql/";
    std::vector<Step> out;
    for (const auto& file : embeddedMigrations()) {
        const std::string name = file.name;
        if (!name.starts_with(folder)) continue;
        const std::string base = name.substr(folder.size());
        out.push_back({std::stoi(base.substr(0, 4)), base, file.text});
    }
    std::sort(out.begin(), out.end(), [](const Step& a, const Step& b) { return a.version < b.version; });
    return out;
}

int Migrations::latest(Backend backend)
{
    const auto all = steps(backend);
    return all.empty() ? 0 : all.back().version;
}

int Migrations::currentVersion(Database& db)
{
    int version = 0;
    soci::indicator ind = soci::i_ok;
    db.sql() << "select max(version) from schema_version", soci::into(version, ind);
    return ind == soci::i_ok ? version : 0;
}

void Migrations::bringUpToDate(Database& db, MigrationPolicy policy)
{
    const Backend backend = db.backend();
    const int target = latest(backend);
    auto& sql = db.sql();

    bool hasVersionTable = false;
    bool hasOfficeTables = false;
    db.guarded([&] {
        int n = 0;
        if (backend == Backend::SQLite) {
            sql << "select count(*) from sqlite_master where type = 'table' and name = 'schema_version'", soci::into(n);
            hasVersionTable = n > 0;
            sql << "select count(*) from sqlite_master where type = 'table' and name in ('entities', 'users')", soci::into(n);
        } else {
            sql << "select count(*) from information_schema.tables where table_schema = current_schema() "
                   "and table_name = 'schema_version'",
                soci::into(n);
            hasVersionTable = n > 0;
            sql << "select count(*) from information_schema.tables where table_schema = current_schema() "
                   "and table_name in ('entities', 'users')",
                soci::into(n);
        }
        hasOfficeTables = n > 0;
    });
    if (!hasVersionTable && hasOfficeTables)
        throw Error(ErrorKind::Database,
                    format(tr("The database {1} holds tables that are not a Praklit office's; choose another database."),
                           text::ltr(db.url().display())));

    int current = 0;
    if (hasVersionTable) db.guarded([&] { current = currentVersion(db); });
    if (current > target)
        throw Error(ErrorKind::Database,
                    format(tr("This office database was made by a newer Praklit (schema {1}; this program knows up to {2}): "
                              "update Praklit on this computer."),
                           current, target));
    db.schemaVersion_ = current;
    if (current == target || policy == MigrationPolicy::Inspect) return;
    if (policy == MigrationPolicy::Refuse)
        throw Error(ErrorKind::Database,
                    format(tr("The office database is at schema {1} and this program needs {2}: run \"praklit-cli db migrate\" first."),
                           current, target));

    if (backend == Backend::SQLite && hasVersionTable) {
        auto path = db.url().sqlitePath();
        std::string stamp = text::toDatabaseText(text::now()).substr(0, 19);
        std::replace(stamp.begin(), stamp.end(), ':', '-');
        std::replace(stamp.begin(), stamp.end(), ' ', '_');
        path += ".before-schema-" + std::to_string(target) + "-" + stamp + ".bak";
        sqliteBackup(sqliteHandle(sql), path, db.url());
    }

    db.transaction([&] {
        if (backend == Backend::PostgreSQL) {
            sql << "select pg_advisory_xact_lock(" << kMigrationLock << ")";
            db.executeScript("create table if not exists schema_version (version integer primary key, "
                             "applied_at timestamptz not null, program_version text not null)");
        } else {
            db.executeScript("create table if not exists schema_version (version integer primary key, "
                             "applied_at text not null, program_version text not null)");
        }
        int now = currentVersion(db); // another workstation may have migrated meanwhile
        for (const auto& step : steps(backend)) {
            if (step.version <= now) continue;
            db.executeScript(step.sql);
            // The search index of words is computed by the program, not SQL:
            // the step that makes it fills it for the clients already there.
            if (step.name.ends_with("_search_words.sql")) SearchWords(db).build(0, true);
            // So is the audit chain: the rows already written are chained
            // before the next step seals them.
            if (step.name.ends_with("_users_and_audit.sql")) AuditRepository(db).chainExisting();
            const std::string at = text::toDatabaseText(text::now());
            const std::string program = kProgramVersion;
            sql << "insert into schema_version (version, applied_at, program_version) values (:v, :a, :p)",
                soci::use(step.version), soci::use(at), soci::use(program);
            now = step.version;
        }
        db.schemaVersion_ = now;
    });
}

} // namespace praklit::data
