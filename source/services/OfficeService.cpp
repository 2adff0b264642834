#include "services/OfficeService.h"

#include "data/Database.h"
#include "data/Migrations.h"
#include "data/OfficeCopier.h"
#include "data/OfficeTables.h"
#include "data/TableStream.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <filesystem>

namespace praklit::services {

using text::format;
using text::tr;

OfficeInfo OfficeService::info(OfficeSession& office)
{
    auto& db = office.db();
    OfficeInfo info;
    info.backend = std::string(backendName(db.backend()));
    info.display = db.url().display();
    info.schemaVersion = db.schemaVersion();
    info.programSchemaVersion = data::Migrations::latest(db.backend());
    db.snapshot([&] {
        if (db.backend() == Backend::SQLite) {
            info.where = db.url().sqlitePath().string();
            std::error_code ec;
            info.fileBytes = static_cast<int64_t>(std::filesystem::file_size(db.url().sqlitePath(), ec));
        } else {
            const auto& url = db.url();
            info.where = (url.get("host").empty() ? "localhost" : url.get("host")) + ":" +
                         (url.get("port").empty() ? "5432" : url.get("port")) + "/" + url.get("dbname");
        }
        info.serverVersion = db.serverVersion();
        for (const auto& table : data::officeTables())
            info.rowCounts.emplace_back(table.name, data::countRows(db, table.name));
    });
    return info;
}

int OfficeService::init(const ConnectionUrl& url)
{
    return data::Database::open(url, OpenMode::CreateIfMissing)->schemaVersion();
}

int OfficeService::migrate(const ConnectionUrl& url)
{
    return data::Database::open(url, OpenMode::MustExist)->schemaVersion();
}

std::string OfficeService::testConnection(const ConnectionUrl& url)
{
    // Inspect only: a test must not change the database it looks at.
    const auto mode = url.backend() == Backend::SQLite && !std::filesystem::exists(url.sqlitePath())
                          ? OpenMode::MustExist
                          : OpenMode::CreateIfMissing;
    if (url.backend() == Backend::SQLite && mode == OpenMode::MustExist)
        return format(tr("There is no file {1} yet: Praklit will create a new office there."), text::ltr(url.sqlitePath().string()));
    auto db = data::Database::open(url, mode, data::MigrationPolicy::Inspect, Access::ReadOnly);
    const int program = data::Migrations::latest(url.backend());
    if (db->schemaVersion() == 0)
        return format(tr("Connected to {1}: the database is empty; Praklit will create a new office in it."), text::ltr(url.display()));
    if (db->schemaVersion() < program)
        return format(tr("Connected to {1}: a Praklit office at schema {2}; it will be brought up to schema {3} when opened."),
                      text::ltr(url.display()), db->schemaVersion(), program);
    return format(tr("Connected to {1}: a Praklit office database, schema {2}."), text::ltr(url.display()), db->schemaVersion());
}

std::vector<TableCopyResult> OfficeService::copy(const ConnectionUrl& from, const ConnectionUrl& to,
                                                       const CopyProgressFn& progress,
                                                       const std::atomic<bool>* cancel)
{
    auto source = data::Database::open(from, OpenMode::MustExist, data::MigrationPolicy::Refuse, Access::ReadOnly);
    auto target = data::Database::open(to, OpenMode::CreateIfMissing);
    return data::OfficeCopier(*source, *target).copy(progress, cancel);
}

} // namespace praklit::services
