#include "services/BackupService.h"

#include "data/AuditRepository.h"
#include "data/Backup.h"
#include "data/Database.h"
#include "data/Migrations.h"
#include "data/SettingsRepository.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "services/Audit.h"
#include "services/SettingsService.h"
#include "text/Bidi.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#ifndef PRAKLIT_VERSION
#define PRAKLIT_VERSION "0.1.0"
#endif

namespace praklit::services {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
using text::format;
using text::ltr;
using text::tr;

namespace {

constexpr const char* kPrefix = "praklit-backup-";
constexpr const char* kManifest = "manifest.json";
constexpr int kMaxIntervalHours = 24 * 31;
constexpr int kMaxGenerations = 365;

void ownerOnlyFolder(const fs::path& folder)
{
    std::error_code ec;
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, ec);
}

void ownerOnlyFile(const fs::path& file)
{
    std::error_code ec;
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
}

// Makes the folder and those above it that are missing, each the owner's only.
void makeFolders(const fs::path& folder)
{
    std::vector<fs::path> missing;
    for (fs::path p = folder; !p.empty() && !fs::exists(p); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec || !fs::is_directory(folder))
        throw Error(ErrorKind::InvalidInput, format(tr("The folder {1} cannot be made: {2}."), ltr(folder.string()), ec.message()),
                    "backup_folder");
    for (const auto& p : missing) ownerOnlyFolder(p);
}

BackupFile hashOf(const fs::path& file, const std::string& name)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorKind::Database, format(tr("The file {1} cannot be read."), ltr(file.string())));
    text::Sha256 digest;
    std::vector<char> buffer(1 << 16);
    int64_t bytes = 0;
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = in.gcount();
        if (n <= 0) break;
        digest.add(buffer.data(), static_cast<size_t>(n));
        bytes += n;
    }
    return {name, bytes, digest.hex()};
}

// Copies one file and checks the copy by reading it back: its SHA-256 must
// be the source's.
BackupFile copyVerified(const fs::path& from, const fs::path& to, const std::string& name)
{
    const BackupFile source = hashOf(from, name);
    makeFolders(to.parent_path());
    std::error_code ec;
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
    if (ec) throw Error(ErrorKind::Database, format(tr("The file {1} cannot be copied to {2}: {3}."), ltr(from.string()),
                                                    ltr(to.string()), ec.message()));
    ownerOnlyFile(to);
    const BackupFile copy = hashOf(to, name);
    if (copy.sha256 != source.sha256 || copy.bytes != source.bytes)
        throw Error(ErrorKind::Database,
                    format(tr("The copy of {1} does not match the original: the backup was not kept."), ltr(from.string())));
    return source;
}

std::vector<BackupFile> copyFolder(const fs::path& from, const fs::path& to)
{
    std::vector<BackupFile> files;
    if (!fs::is_directory(from)) return files;
    std::vector<fs::path> sources;
    for (const auto& entry : fs::recursive_directory_iterator(from))
        if (entry.is_regular_file()) sources.push_back(entry.path());
    std::sort(sources.begin(), sources.end());
    for (const auto& file : sources) {
        const std::string name = fs::relative(file, from).generic_string();
        files.push_back(copyVerified(file, to / fs::path(name), name));
    }
    return files;
}

std::string stampOf(text::Timestamp at)
{
    // Israel time, as people read the folder's name; ':' is not allowed in Windows names.
    std::string s = text::toIsraelIso(at).substr(0, 19);
    std::replace(s.begin(), s.end(), 'T', '_');
    std::replace(s.begin(), s.end(), ':', '-');
    return s;
}

Json fileJson(const BackupFile& f) { return Json{{"path", f.path}, {"bytes", f.bytes}, {"sha256", f.sha256}}; }

BackupFile fileOf(const Json& j)
{
    return {j.at("path").get<std::string>(), j.at("bytes").get<int64_t>(), j.at("sha256").get<std::string>()};
}

void writeManifest(const BackupManifest& m)
{
    Json docs = Json::array();
    for (const auto& d : m.documents) docs.push_back(fileJson(d));
    const Json j{{"praklit_backup", 1},
                 {"at", text::toDatabaseText(m.at)},
                 {"backend", m.backend},
                 {"office", m.office},
                 {"database", fileJson(m.database)},
                 {"schema_version", m.schemaVersion},
                 {"audit_head", {{"id", m.auditHeadId}, {"hash", m.auditHead}}},
                 {"program_version", m.programVersion},
                 {"user", m.user},
                 {"documents", docs}};
    const fs::path file = m.folder / kManifest;
    {
        std::ofstream(file, std::ios::binary);
        ownerOnlyFile(file);
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << j.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    out.close();
    if (!out) throw Error(ErrorKind::Database, format(tr("The file {1} cannot be written."), ltr(file.string())));
}

std::optional<BackupManifest> parseManifest(const fs::path& folder)
{
    std::ifstream in(folder / kManifest, std::ios::binary);
    if (!in) return std::nullopt;
    try {
        const Json j = Json::parse(in);
        BackupManifest m;
        m.folder = folder;
        const auto at = text::parseTimestamp(j.at("at").get<std::string>());
        if (!at) return std::nullopt;
        m.at = *at;
        m.backend = j.at("backend").get<std::string>();
        m.office = j.at("office").get<std::string>();
        m.database = fileOf(j.at("database"));
        m.schemaVersion = j.at("schema_version").get<int>();
        m.auditHeadId = j.at("audit_head").at("id").get<int64_t>();
        m.auditHead = j.at("audit_head").at("hash").get<std::string>();
        m.programVersion = j.value("program_version", "");
        m.user = j.value("user", "");
        for (const auto& d : j.at("documents")) m.documents.push_back(fileOf(d));
        // A name from the manifest must stay inside the backup's folder.
        const auto inside = [](const std::string& p) {
            const fs::path path(p);
            if (path.empty() || path.is_absolute() || path.has_root_name()) return false;
            for (const auto& part : path)
                if (part == "..") return false;
            return true;
        };
        if (!inside(m.database.path)) return std::nullopt;
        for (const auto& d : m.documents)
            if (!inside(d.path)) return std::nullopt;
        return m;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string officeOf(data::Database& db)
{
    if (db.backend() == Backend::SQLite) return fs::absolute(db.url().sqlitePath()).lexically_normal().string();
    const auto& url = db.url();
    return (url.get("host").empty() ? "localhost" : url.get("host")) + ":" + (url.get("port").empty() ? "5432" : url.get("port")) +
           "/" + url.get("dbname") + "/" + data::Backup::postgresSchema(db);
}

int intSetting(data::SettingsRepository& settings, const std::string& key, int fallback)
{
    const auto value = settings.office(key);
    if (!value) return fallback;
    try {
        return std::stoi(*value);
    } catch (const std::exception&) {
        return fallback;
    }
}

void damaged(const BackupManifest& m, const std::string& what)
{
    throw Error(ErrorKind::InvalidInput,
                format(tr("The backup {1} is damaged or incomplete ({2}): nothing was changed."), ltr(m.folder.string()), what));
}

} // namespace

int64_t BackupManifest::documentBytes() const
{
    int64_t n = 0;
    for (const auto& d : documents) n += d.bytes;
    return n;
}

std::optional<fs::path> BackupService::documentsFolder()
{
    try {
        return SettingsService(office_).documentsFolder();
    } catch (const Error&) {
        return std::nullopt; // a server office that has not chosen one
    }
}

BackupSettings BackupService::settings()
{
    office_.require(Permission::Backups);
    auto& db = office_.db();
    BackupSettings s;
    db.guarded([&] {
        data::SettingsRepository settings(db);
        if (const auto folder = settings.office("backup.folder"); folder && !folder->empty()) s.folder = *folder;
        s.intervalHours = intSetting(settings, "backup.interval_hours", s.intervalHours);
        s.generations = intSetting(settings, "backup.generations", s.generations);
    });
    if (s.folder.empty() && db.backend() == Backend::SQLite) {
        const auto& file = db.url().sqlitePath();
        s.folder = fs::absolute(file).parent_path() / (file.stem().string() + "-backups");
    }
    return s;
}

void BackupService::saveSettings(const BackupSettings& s)
{
    office_.require(Permission::Backups);
    if (!s.folder.empty() && !s.folder.is_absolute())
        invalid(format(tr("The backup folder must be a full path, not {1}."), ltr(s.folder.string())), "backup_folder");
    if (s.intervalHours < 1 || s.intervalHours > kMaxIntervalHours)
        invalid(format(tr("Back up every 1 to {1} hours."), kMaxIntervalHours), "backup_interval");
    if (s.generations < 1 || s.generations > kMaxGenerations)
        invalid(format(tr("Keep 1 to {1} backups."), kMaxGenerations), "backup_generations");
    auto& db = office_.db();
    db.transaction([&] {
        data::SettingsRepository settings(db);
        Changes changes;
        const auto put = [&](const std::string& key, const std::string& value) {
            const auto before = settings.office(key).value_or("");
            if (before == value) return;
            settings.setOffice(key, value);
            changes.change(key, before, value);
        };
        put("backup.folder", s.folder.string());
        put("backup.interval_hours", std::to_string(s.intervalHours));
        put("backup.generations", std::to_string(s.generations));
        if (!changes.empty()) audit(db, office_.user().id, "office_settings", 0, "update", changes);
    });
}

BackupManifest BackupService::backUp(const std::optional<fs::path>& chosen)
{
    office_.require(Permission::Backups);
    const BackupSettings s = settings();
    const fs::path folder = chosen ? fs::absolute(*chosen) : s.folder;
    if (folder.empty())
        invalid(tr("Choose a folder for the office's backups first (Backup and restore, or --to FOLDER)."), "backup_folder");
    makeFolders(folder);

    auto& db = office_.db();
    BackupManifest m;
    m.at = text::now();
    m.backend = std::string(backendName(db.backend()));
    m.office = officeOf(db);
    m.programVersion = PRAKLIT_VERSION;
    m.user = office_.user().login;
    std::string name = kPrefix + stampOf(m.at);
    for (int n = 2; fs::exists(folder / name); ++n) name = kPrefix + stampOf(m.at) + "-" + std::to_string(n);
    m.folder = folder / name;
    makeFolders(m.folder);

    try {
        if (db.backend() == Backend::SQLite) {
            const fs::path file = m.folder / "office.db";
            data::Backup::copySqlite(db, file);
            const std::string integrity = data::Backup::integrityCheck(file);
            if (integrity != "ok")
                throw Error(ErrorKind::Database,
                            format(tr("The backup copy failed its integrity check ({1}): it was not kept."), integrity));
            const auto facts = data::Backup::factsOfSqlite(file);
            m.schemaVersion = facts.schemaVersion;
            m.auditHeadId = facts.auditHead.first;
            m.auditHead = facts.auditHead.second;
            m.database = hashOf(file, "office.db");
        } else {
            const fs::path file = m.folder / "office.dump";
            data::Backup::dumpPostgres(db, file, [&] {
                m.schemaVersion = db.schemaVersion();
                const auto head = data::AuditRepository(db).head();
                m.auditHeadId = head.first;
                m.auditHead = head.second;
            });
            data::Backup::checkPostgresDump(db.url(), file);
            m.database = hashOf(file, "office.dump");
        }
        if (const auto docs = documentsFolder()) m.documents = copyFolder(*docs, m.folder / "documents");
        writeManifest(m);
    } catch (...) {
        std::error_code ec;
        fs::remove_all(m.folder, ec);
        throw;
    }

    db.transaction([&] {
        audit(db, office_.user().id, "office", 0, "backup",
              Changes()
                  .change("folder", "", m.folder.string())
                  .change("sha256", "", m.database.sha256)
                  .change("audit_head", "", m.auditHead));
    });

    // Older generations go only now that the new one is whole.
    auto all = list(folder);
    int kept = 0;
    for (const auto& old : all) {
        if (old.office != m.office) continue;
        if (++kept <= s.generations) continue;
        std::error_code ec;
        fs::remove_all(old.folder, ec);
    }
    return m;
}

std::optional<BackupManifest> BackupService::backupIfDue()
{
    office_.require(Permission::Backups);
    const BackupSettings s = settings();
    if (s.folder.empty()) return std::nullopt;
    if (fs::is_directory(s.folder)) {
        const std::string office = officeOf(office_.db());
        for (const auto& m : list(s.folder))
            if (m.office == office) {
                if (text::now() - m.at < std::chrono::hours(s.intervalHours)) return std::nullopt;
                break;
            }
    }
    return backUp(s.folder);
}

std::vector<BackupManifest> BackupService::list(const std::optional<fs::path>& chosen)
{
    office_.require(Permission::Backups);
    const fs::path folder = chosen ? *chosen : settings().folder;
    std::vector<BackupManifest> out;
    std::error_code ec;
    if (folder.empty() || !fs::is_directory(folder, ec)) {
        if (chosen) notFound(format(tr("There is no folder {1}."), ltr(folder.string())));
        return out;
    }
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_directory())
            if (auto m = parseManifest(entry.path())) out.push_back(std::move(*m));
    std::sort(out.begin(), out.end(), [](const BackupManifest& a, const BackupManifest& b) {
        return a.at != b.at ? a.at > b.at : a.folder > b.folder;
    });
    return out;
}

BackupManifest BackupService::readManifest(const fs::path& backup)
{
    const fs::path folder = backup.filename() == kManifest ? backup.parent_path() : backup;
    if (!fs::exists(folder / kManifest))
        notFound(format(tr("There is no backup at {1}: a backup is a folder with a manifest.json in it."), ltr(folder.string())));
    auto m = parseManifest(folder);
    if (!m)
        throw Error(ErrorKind::InvalidInput,
                    format(tr("The manifest of the backup {1} cannot be read: nothing was changed."), ltr(folder.string())));
    return *m;
}

BackupManifest BackupService::read(const fs::path& backup)
{
    office_.require(Permission::Backups);
    return readManifest(backup);
}

void BackupService::check(const BackupManifest& m)
{
    auto& db = office_.db();
    if (m.backend != backendName(db.backend()))
        throw Error(ErrorKind::InvalidInput,
                    format(tr("The backup {1} is of a {2} office and this office is on {3}: use \"praklit-cli db copy\" to "
                              "move an office between databases."),
                           ltr(m.folder.string()), m.backend, std::string(backendName(db.backend()))));
    const int latest = data::Migrations::latest(db.backend());
    if (m.schemaVersion > latest)
        throw Error(ErrorKind::InvalidInput,
                    format(tr("The backup {1} was made by a newer Praklit (schema {2}; this program knows up to {3}): "
                              "update Praklit before restoring it."),
                           ltr(m.folder.string()), m.schemaVersion, latest));
    const fs::path file = m.folder / fs::path(m.database.path);
    if (!fs::exists(file)) damaged(m, format(tr("{1} is missing"), m.database.path));
    const BackupFile found = hashOf(file, m.database.path);
    if (found.bytes != m.database.bytes || found.sha256 != m.database.sha256)
        damaged(m, format(tr("{1} does not match its SHA-256 in the manifest"), m.database.path));
    if (db.backend() == Backend::SQLite) {
        const std::string integrity = data::Backup::integrityCheck(file);
        if (integrity != "ok") damaged(m, integrity);
        const auto facts = data::Backup::factsOfSqlite(file);
        if (facts.schemaVersion > latest)
            throw Error(ErrorKind::InvalidInput,
                        format(tr("The backup {1} was made by a newer Praklit (schema {2}; this program knows up to {3}): "
                                  "update Praklit before restoring it."),
                               ltr(m.folder.string()), facts.schemaVersion, latest));
    } else {
        data::Backup::checkPostgresDump(db.url(), file);
    }
    for (const auto& d : m.documents) {
        const fs::path copy = m.folder / "documents" / fs::path(d.path);
        if (!fs::exists(copy)) damaged(m, format(tr("the document {1} is missing"), d.path));
        const BackupFile f = hashOf(copy, d.path);
        if (f.sha256 != d.sha256 || f.bytes != d.bytes)
            damaged(m, format(tr("the document {1} does not match its SHA-256 in the manifest"), d.path));
    }
}

BackupService::Restored BackupService::restore(const fs::path& backup)
{
    office_.require(Permission::Backups);
    const BackupManifest m = readManifest(backup);
    check(m); // before anything is replaced
    auto& db = office_.db();
    Restored result{m, {}};

    const std::string stamp = stampOf(text::now());
    std::pair<int64_t, std::string> headBefore;
    db.guarded([&] { headBefore = data::AuditRepository(db).head(); });
    const auto docs = documentsFolder();

    const fs::path file = m.folder / fs::path(m.database.path);
    if (db.backend() == Backend::SQLite) {
        const auto& office = db.url().sqlitePath();
        fs::path aside = office.string() + ".before-restore-" + stamp;
        for (int n = 2; fs::exists(aside); ++n) aside = office.string() + ".before-restore-" + stamp + "-" + std::to_string(n);
        data::Backup::copySqlite(db, aside);
        result.keptAside = aside.string();
        data::Backup::restoreSqlite(db, file);
    } else {
        std::string digits;
        for (char c : stamp)
            if (c >= '0' && c <= '9') digits += c;
        const std::string schema = data::Backup::postgresSchema(db);
        const std::string aside = schema.substr(0, 63 - 16 - digits.size()) + "_before_restore_" + digits;
        data::Backup::restorePostgres(db, file, aside);
        result.keptAside = aside;
    }

    if (docs) {
        std::error_code ec;
        if (fs::exists(*docs)) {
            fs::path aside = docs->string() + ".before-restore-" + stamp;
            for (int n = 2; fs::exists(aside); ++n) aside = docs->string() + ".before-restore-" + stamp + "-" + std::to_string(n);
            fs::rename(*docs, aside, ec);
            if (ec)
                throw Error(ErrorKind::Database,
                            format(tr("The office was restored, but its documents folder {1} could not be set aside: {2}."),
                                   ltr(docs->string()), ec.message()));
        }
        makeFolders(*docs);
        for (const auto& d : m.documents)
            copyVerified(m.folder / "documents" / fs::path(d.path), *docs / fs::path(d.path), d.path);
    }

    // An older backup's schema is brought up to this program's (backed up first, as every migration is).
    data::Migrations::bringUpToDate(db, data::MigrationPolicy::Apply);

    db.transaction([&] {
        // The restoring user, as the restored office knows them (it may be from before they were added).
        int64_t userId = 0;
        if (const auto u = data::UserRepository(db).findByLogin(office_.user().login)) userId = u->id;
        audit(db, userId, "office", 0, "restore",
              Changes()
                  .change("backup", "", m.folder.string())
                  .change("backup_at", "", text::toDatabaseText(m.at))
                  .change("audit_head", headBefore.second, m.auditHead)
                  .change("audit_head_id", headBefore.first, m.auditHeadId)
                  .change("kept_aside", "", result.keptAside));
    });
    return result;
}

} // namespace praklit::services
