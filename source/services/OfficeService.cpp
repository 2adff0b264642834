#include "services/OfficeService.h"

#include "data/Migrations.h"
#include "data/OfficeTables.h"
#include "data/TableStream.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <filesystem>
#include <soci/soci.h>

namespace praklit::services {

using text::format;
using text::tr;

OfficeInfo OfficeService::info(OfficeSession& office)
{
    auto& db = office.db();
    OfficeInfo info;
    info.backend = std::string(data::backendName(db.backend()));
    info.display = db.url().display();
    info.schemaVersion = db.schemaVersion();
    info.programSchemaVersion = data::Migrations::latest(db.backend());
    db.snapshot([&] {
        if (db.backend() == data::Backend::SQLite) {
            info.where = db.url().sqlitePath().string();
            db.sql() << "select sqlite_version()", soci::into(info.serverVersion);
            std::error_code ec;
            info.fileBytes = static_cast<int64_t>(std::filesystem::file_size(db.url().sqlitePath(), ec));
        } else {
            const auto& url = db.url();
            info.where = (url.get("host").empty() ? "localhost" : url.get("host")) + ":" +
                         (url.get("port").empty() ? "5432" : url.get("port")) + "/" + url.get("dbname");
            db.sql() << "show server_version", soci::into(info.serverVersion);
        }
        for (const auto& table : data::officeTables())
            info.rowCounts.emplace_back(table.name, data::countRows(db, table.name));
    });
    return info;
}

int OfficeService::init(const data::ConnectionUrl& url)
{
    return data::Database::open(url, data::OpenMode::CreateIfMissing)->schemaVersion();
}

int OfficeService::migrate(const data::ConnectionUrl& url)
{
    return data::Database::open(url, data::OpenMode::MustExist)->schemaVersion();
}

std::string OfficeService::testConnection(const data::ConnectionUrl& url)
{
    // Inspect only: a test must not change the database it looks at.
    const auto mode = url.backend() == data::Backend::SQLite && !std::filesystem::exists(url.sqlitePath())
                          ? data::OpenMode::MustExist
                          : data::OpenMode::CreateIfMissing;
    if (url.backend() == data::Backend::SQLite && mode == data::OpenMode::MustExist)
        return format(tr("There is no file {1} yet: Praklit will create a new office there."), text::ltr(url.sqlitePath().string()));
    auto db = data::Database::open(url, mode, data::MigrationPolicy::Inspect, data::Access::ReadOnly);
    const int program = data::Migrations::latest(url.backend());
    if (db->schemaVersion() == 0)
        return format(tr("Connected to {1}: the database is empty; Praklit will create a new office in it."), text::ltr(url.display()));
    if (db->schemaVersion() < program)
        return format(tr("Connected to {1}: a Praklit office at schema {2}; it will be brought up to schema {3} when opened."),
                      text::ltr(url.display()), db->schemaVersion(), program);
    return format(tr("Connected to {1}: a Praklit office database, schema {2}."), text::ltr(url.display()), db->schemaVersion());
}

std::vector<data::TableCopyResult> OfficeService::copy(const data::ConnectionUrl& from, const data::ConnectionUrl& to,
                                                       const data::OfficeCopier::ProgressFn& progress,
                                                       const std::atomic<bool>* cancel)
{
    auto source = data::Database::open(from, data::OpenMode::MustExist, data::MigrationPolicy::Refuse, data::Access::ReadOnly);
    auto target = data::Database::open(to, data::OpenMode::CreateIfMissing);
    return data::OfficeCopier(*source, *target).copy(progress, cancel);
}

} // namespace praklit::services
