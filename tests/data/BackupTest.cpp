#include "data/AuditRepository.h"
#include "data/Backup.h"
#include "data/OfficeTables.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/DocumentService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "support/Checksums.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"
#include "text/Sha256.h"

#include <atomic>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <thread>

using namespace praklit;
using praklit::test::TestDatabase;
namespace fs = std::filesystem;

namespace {

// An office with a client, a case, two charges and a document in its store.
struct Office {
    TestDatabase t;
    test::TempDir dir;
    std::unique_ptr<services::OfficeSession> session = t.open();
    int64_t client = 0;
    int64_t kase = 0;

    Office()
    {
        services::SettingsService settings(*session);
        if (!t.context().documentsFolderByDefault()) settings.setDocumentsFolder(dir.path() / "documents");
        Client c;
        c.lastName = "מזרחי";
        client = services::ClientService(*session).add(c).id;
        Case k;
        k.clientId = client;
        k.subject = "חוזה שכירות";
        kase = services::CaseService(*session).add(k).id;
        for (int i = 0; i < 2; ++i) charge(*session, 10000 + i);
        document("חוזה.txt", "נוסח החוזה");
    }

    void charge(services::OfficeSession& on, int64_t agorot)
    {
        Charge ch;
        ch.clientId = client;
        ch.kind = ChargeKind::Fixed;
        ch.description = "שכר טרחה";
        ch.amountAgorot = agorot;
        ch.chargedOn = "2026-11-01";
        services::ChargeService(on).add(ch);
    }

    Document document(const std::string& name, const std::string& content)
    {
        const auto source = dir.path() / name;
        std::ofstream(source, std::ios::binary) << content;
        return services::DocumentService(*session).add(kase, source);
    }

    fs::path documents() { return services::SettingsService(*session).documentsFolder(); }
    fs::path backups() { return dir.path() / "backups"; }

    // Every office table but the audit log and its head, which the restore itself extends.
    std::map<std::string, std::pair<int64_t, std::string>> digests()
    {
        std::vector<std::string> names;
        for (const auto& table : data::officeTables())
            if (table.name != "audit_log" && table.name != "audit_head") names.push_back(table.name);
        return test::tableDigests(session->db(), names);
    }
    int64_t auditRows() { return t.rawCount("select count(*) from audit_log"); }

    // What a server restore keeps aside is a schema of its own: not the test's to leave behind.
    void dropAside(const std::string& keptAside)
    {
        if (t.backend() == Backend::PostgreSQL && !keptAside.empty()) t.raw("drop schema \"" + keptAside + "\" cascade");
    }
};

std::string sha256Of(const fs::path& file) { return text::Sha256::of(test::bytesOf(file)); }

} // namespace

TEST(Backups, ManifestDescribesTheCopyAndRestoreBringsBackExactlyThatOffice)
{
    Office o;
    auto& db = o.session->db();
    const auto head = data::AuditRepository(db).head();
    const int64_t auditAtBackup = o.auditRows();
    services::BackupService backups(*o.session);
    const auto m = backups.backUp(o.backups());

    EXPECT_EQ(m.auditHeadId, head.first);
    EXPECT_EQ(m.auditHead, head.second);
    EXPECT_FALSE(m.auditHead.empty());
    EXPECT_EQ(m.schemaVersion, db.schemaVersion());
    EXPECT_EQ(m.user, "tester");
    EXPECT_FALSE(m.programVersion.empty());
    const fs::path file = m.folder / m.database.path;
    EXPECT_EQ(m.database.sha256, sha256Of(file));
    EXPECT_EQ(m.database.bytes, static_cast<int64_t>(fs::file_size(file)));
    ASSERT_EQ(m.documents.size(), 1u);
    EXPECT_EQ(m.documents[0].sha256, text::Sha256::of("נוסח החוזה"));
    EXPECT_EQ(test::bytesOf(m.folder / "documents" / m.documents[0].path), "נוסח החוזה");
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(fs::status(m.folder / "manifest.json").permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(fs::status(m.folder).permissions() & fs::perms::all, fs::perms::owner_all);
    if (db.backend() == Backend::SQLite) {
        EXPECT_EQ(data::Backup::integrityCheck(file), "ok");
    }
    // The backup is in the log, after the copy was taken.
    EXPECT_EQ(o.auditRows(), auditAtBackup + 1);
    EXPECT_EQ(o.t.rawCount("select count(*) from audit_log where action = 'backup'"), 1);

    const auto listed = backups.list(o.backups());
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].folder, m.folder);
    EXPECT_EQ(listed[0].database.sha256, m.database.sha256);
    EXPECT_EQ(listed[0].auditHead, m.auditHead);

    const auto before = o.digests();
    // The office moves on after the backup: a client, a charge, a document more.
    Client c;
    c.lastName = "אברהם";
    services::ClientService(*o.session).add(c);
    o.charge(*o.session, 55500);
    o.document("מכתב.txt", "מכתב התראה");
    EXPECT_NE(o.digests(), before);

    const auto restored = backups.restore(m.folder);
    EXPECT_EQ(o.digests(), before);
    // The backup's log, and the restore after it, chained on.
    EXPECT_EQ(o.auditRows(), auditAtBackup + 1);
    EXPECT_EQ(o.t.rawCount("select count(*) from audit_log where action = 'restore'"), 1);
    EXPECT_EQ(o.t.rawCount("select count(*) from audit_log where action = 'backup'"), 0);
    EXPECT_TRUE(data::AuditRepository(db).verify().ok());
    // The documents folder is the backup's: the later letter is in the one kept aside.
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(o.documents()))
        if (e.is_regular_file()) files.push_back(test::bytesOf(e.path()));
    EXPECT_EQ(files, std::vector<std::string>{"נוסח החוזה"});
    bool asideDocuments = false;
    for (const auto& e : fs::directory_iterator(o.documents().parent_path()))
        if (e.path().filename().string().starts_with(o.documents().filename().string() + ".before-restore-")) asideDocuments = true;
    EXPECT_TRUE(asideDocuments);
    // The office as it was before the restore is kept.
    ASSERT_FALSE(restored.keptAside.empty());
    if (db.backend() == Backend::SQLite) {
        EXPECT_TRUE(fs::is_regular_file(restored.keptAside));
        auto aside = services::OfficeSession::open(ConnectionUrl::sqliteFile(restored.keptAside), "tester",
                                                   OpenMode::MustExist, Access::ReadOnly);
        int64_t n = 0;
        for (const auto& [table, digest] : test::tableDigests(aside->db(), {"entities"})) n = digest.first;
        EXPECT_EQ(n, before.at("entities").first + 1);
    } else {
        EXPECT_EQ(o.t.rawCount("select count(*) from information_schema.schemata where schema_name = '" + restored.keptAside + "'"), 1);
    }
    o.dropAside(restored.keptAside);
}

TEST(Backups, ATruncatedBackupIsRefusedBeforeAnythingIsReplaced)
{
    Office o;
    services::BackupService backups(*o.session);
    const auto m = backups.backUp(o.backups());
    const fs::path file = m.folder / m.database.path;
    fs::resize_file(file, fs::file_size(file) / 2);

    o.charge(*o.session, 777); // the office as it is now, not as the backup has it
    const auto digests = o.digests();
    const auto image = o.t.image();
    const auto audit = o.auditRows();
    try {
        backups.restore(m.folder);
        FAIL() << "a truncated backup was restored";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        const std::string said = e.what();
        EXPECT_EQ(said.find('\n'), std::string::npos) << said;
        EXPECT_NE(said.find("nothing was changed"), std::string::npos) << said;
    }
    EXPECT_EQ(o.t.image(), image);
    EXPECT_EQ(o.digests(), digests);
    EXPECT_EQ(o.auditRows(), audit);
    for (const auto& e : fs::recursive_directory_iterator(o.dir.path()))
        EXPECT_EQ(e.path().string().find("before-restore"), std::string::npos) << e.path();
    if (o.t.backend() == Backend::PostgreSQL) {
        EXPECT_EQ(o.t.rawCount("select count(*) from information_schema.schemata where schema_name like '%before_restore%' "
                               "and schema_name like '" + data::Backup::postgresSchema(o.session->db()) + "%'"),
                  0);
    }

    // Nor is one whose manifest names a newer program.
    const auto good = backups.backUp(o.backups());
    auto json = nlohmann::json::parse(test::bytesOf(good.folder / "manifest.json"));
    json["schema_version"] = 999;
    std::ofstream(good.folder / "manifest.json") << json.dump();
    EXPECT_EQ(test::kindOf([&] { backups.restore(good.folder); }), ErrorKind::InvalidInput);
    EXPECT_EQ(o.digests(), digests);
}

TEST(Backups, TakenWhileAnotherSessionWritesAThousandChargesItIsOnePointInTime)
{
    Office o;
    const auto chargesBefore = o.t.rawCount("select count(*) from charges");
    const auto chargeRowsBefore = o.t.rawCount("select count(*) from audit_log where table_name = 'charges'");
    // A thousand charges, and more for as long as the backup takes (on a
    // loaded machine it may outlast the thousand): it is taken while they are written.
    std::atomic<int> written{0};
    std::atomic<bool> backedUp{false};
    std::thread writer([&] {
        auto session = o.t.open();
        for (int i = 0, after = 0; i < 1000 || after < 10; ++i) {
            o.charge(*session, 100 + i);
            ++written;
            if (backedUp) ++after; // some once the backup is taken, whenever that is
        }
    });
    while (written < 50) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    services::BackupService backups(*o.session);
    const auto m = backups.backUp(o.backups());
    const int whenDone = written;
    backedUp = true;
    writer.join();
    const int total = written;
    EXPECT_LT(whenDone, total) << "the backup should have been taken while charges were written";
    EXPECT_EQ(o.t.rawCount("select count(*) from charges"), chargesBefore + total);
    if (o.t.backend() == Backend::SQLite) {
        EXPECT_EQ(data::Backup::integrityCheck(m.folder / m.database.path), "ok");
    }

    const auto restored = backups.restore(m.folder);
    const auto charges = o.t.rawCount("select count(*) from charges") - chargesBefore;
    const auto audited = o.t.rawCount("select count(*) from audit_log where table_name = 'charges'") - chargeRowsBefore;
    EXPECT_GE(charges, 50);
    EXPECT_LT(charges, total);
    EXPECT_EQ(audited, charges) << "every charge in the copy has its audit row, and no more";
    EXPECT_EQ(o.t.rawCount("select max(id) from audit_log where action <> 'restore'"), m.auditHeadId);
    EXPECT_TRUE(data::AuditRepository(o.session->db()).verify().ok());
    o.dropAside(restored.keptAside);
}

TEST(Backups, KeepTheGenerationsChosenAndBackUpWhenDue)
{
    Office o;
    services::BackupService backups(*o.session);
    auto s = backups.settings();
    EXPECT_EQ(s.intervalHours, 24);
    EXPECT_EQ(s.generations, 7);
    EXPECT_EQ(o.t.context().officeIsAFile(), !s.folder.empty());
    s.folder = o.backups();
    s.generations = 2;
    backups.saveSettings(s);
    EXPECT_EQ(backups.settings().folder, o.backups());
    EXPECT_EQ(backups.settings().generations, 2);
    s.generations = 0;
    EXPECT_EQ(test::kindOf([&] { backups.saveSettings(s); }), ErrorKind::InvalidInput);
    s.generations = 2;
    s.folder = "relative/folder";
    EXPECT_EQ(test::kindOf([&] { backups.saveSettings(s); }), ErrorKind::InvalidInput);

    ASSERT_TRUE(backups.backupIfDue().has_value());
    EXPECT_FALSE(backups.backupIfDue().has_value()) << "a backup of a moment ago is not due again";
    const auto second = backups.backUp();
    const auto third = backups.backUp();
    const auto kept = backups.list();
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_EQ(kept[0].folder, third.folder);
    EXPECT_EQ(kept[1].folder, second.folder);
}

TEST(Backups, RefusedToAUserWithoutThePermission)
{
    Office o;
    User u;
    u.login = "dana";
    u.displayName = "דנה";
    u.groupKey = "lawyers";
    services::UserService(*o.session).add(u, "Password-123", false);
    auto lawyer = services::OfficeSession::open(o.t.url(), "dana");
    ASSERT_FALSE(lawyer->can(Permission::Backups));
    services::BackupService backups(*lawyer);
    const auto m = services::BackupService(*o.session).backUp(o.backups());
    const auto audit = o.auditRows();
    EXPECT_EQ(test::kindOf([&] { backups.backUp(o.backups()); }), ErrorKind::Forbidden);
    EXPECT_EQ(test::kindOf([&] { backups.backupIfDue(); }), ErrorKind::Forbidden);
    EXPECT_EQ(test::kindOf([&] { backups.list(o.backups()); }), ErrorKind::Forbidden);
    EXPECT_EQ(test::kindOf([&] { backups.read(m.folder); }), ErrorKind::Forbidden);
    EXPECT_EQ(test::kindOf([&] { backups.restore(m.folder); }), ErrorKind::Forbidden);
    EXPECT_EQ(test::kindOf([&] { backups.settings(); }), ErrorKind::Forbidden);
    EXPECT_EQ(test::kindOf([&] { backups.saveSettings({}); }), ErrorKind::Forbidden);
    EXPECT_EQ(o.auditRows(), audit);
}
