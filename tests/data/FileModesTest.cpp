// What the office keeps on disk is its owner's alone: the office file and
// the journals SQLite makes beside it, the folders made for them, and every
// stored document, whatever the source file's mode or the process's umask
// was; or its group's too, when the office shares its documents folder.
#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/DocumentService.h"
#include "services/OfficeLocation.h"
#include "services/SettingsService.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace praklit;
using praklit::test::TestDatabase;
namespace fs = std::filesystem;

namespace {

// The mode bits as `ls -l` would print them in octal: 600, 700, 2770.
unsigned mode(const fs::path& p)
{
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) return 0;
    return st.st_mode & 07777;
}

// The usual umask, so the test fails if the program leaves the modes to it.
class UsualUmask {
public:
    UsualUmask() : saved_(::umask(022)) {}
    ~UsualUmask() { ::umask(saved_); }

private:
    mode_t saved_;
};

// An environment variable set for one test.
class Environment {
public:
    Environment(const char* name, const std::string& value) : name_(name)
    {
        if (const char* old = std::getenv(name)) saved_ = old;
        ::setenv(name, value.c_str(), 1);
    }
    ~Environment()
    {
        if (saved_) ::setenv(name_, saved_->c_str(), 1);
        else ::unsetenv(name_);
    }

private:
    const char* name_;
    std::optional<std::string> saved_;
};

int64_t newCase(services::OfficeSession& office)
{
    Client c;
    c.lastName = "מזרחי";
    c = services::ClientService(office).add(c);
    Case k;
    k.clientId = c.id;
    k.subject = "חוזה שכירות";
    return services::CaseService(office).add(k).id;
}

fs::path sourceFile(const fs::path& folder, const char* name, fs::perms perms)
{
    const auto file = folder / name;
    std::ofstream(file) << "חסוי";
    fs::permissions(file, perms, fs::perm_options::replace);
    return file;
}

} // namespace

TEST(FileModes, ANewOfficeFileItsJournalsAndItsFoldersAreTheOwnersAlone)
{
    if (!test::context().officeIsAFile()) GTEST_SKIP() << "an office in a file";
    UsualUmask umask;
    test::TempDir dir;
    const auto file = dir.path() / "offices" / "cohen" / "office.db";
    auto office = services::OfficeSession::open(ConnectionUrl::sqliteFile(file), "tester", OpenMode::CreateIfMissing);
    newCase(*office); // a write: the write-ahead log is in use
    EXPECT_EQ(mode(file), 0600u);
    ASSERT_TRUE(fs::exists(file.string() + "-wal"));
    EXPECT_EQ(mode(file.string() + "-wal"), 0600u);
    ASSERT_TRUE(fs::exists(file.string() + "-shm"));
    EXPECT_EQ(mode(file.string() + "-shm"), 0600u);
    EXPECT_EQ(mode(dir.path() / "offices"), 0700u);
    EXPECT_EQ(mode(dir.path() / "offices" / "cohen"), 0700u);
    EXPECT_EQ(mode(dir.path()), 0755u) << "a folder that was there keeps its mode";
}

TEST(FileModes, TheUsersDataFolderAndDefaultOfficeAreTheOwnersAlone)
{
    if (!test::context().officeIsAFile()) GTEST_SKIP() << "an office in a file";
    UsualUmask umask;
    test::TempDir dir;
    Environment xdg("XDG_DATA_HOME", (dir.path() / "share").string());
    ASSERT_EQ(services::userDataDir(), dir.path() / "share" / "praklit");
    auto office = services::OfficeSession::open(ConnectionUrl::sqliteFile(services::defaultOfficeFile()), "tester",
                                                OpenMode::CreateIfMissing);
    EXPECT_EQ(mode(services::userDataDir()), 0700u);
    EXPECT_EQ(mode(services::defaultOfficeFile()), 0600u);
    EXPECT_EQ(mode(services::defaultOfficeFile().string() + "-wal"), 0600u);
    EXPECT_EQ(services::makeUserDataDir(), services::userDataDir());
    EXPECT_EQ(mode(services::userDataDir()), 0700u);
}

TEST(FileModes, AStoredDocumentIsTheOwnersAloneWhateverItsSourceWas)
{
    UsualUmask umask;
    TestDatabase t;
    test::TempDir files;
    auto office = t.open();
    services::SettingsService settings(*office);
    if (!t.context().documentsFolderByDefault()) settings.setDocumentsFolder(files.path() / "store");
    const auto kase = newCase(*office);
    services::DocumentService documents(*office);
    for (const auto perms : {fs::perms::owner_read | fs::perms::owner_write, fs::perms(0644), fs::perms(0666)}) {
        const auto d = documents.add(kase, sourceFile(files.path(), "הסכם.txt", perms));
        const auto stored = documents.pathOf(d);
        EXPECT_EQ(mode(stored), 0600u) << "from a source of mode " << std::oct << static_cast<unsigned>(perms);
        EXPECT_EQ(mode(stored.parent_path()), 0700u);
        EXPECT_EQ(mode(settings.documentsFolder()), 0700u) << "the store the program made";
        fs::remove(files.path() / "הסכם.txt");
    }
}

TEST(FileModes, AnOfficeThatSharesItsDocumentsGivesThemToTheFoldersGroup)
{
    UsualUmask umask;
    TestDatabase t;
    test::TempDir files;
    auto office = t.open();
    services::SettingsService settings(*office);
    if (!t.context().documentsFolderByDefault()) settings.setDocumentsFolder(files.path() / "store");
    const auto kase = newCase(*office);
    services::DocumentService documents(*office);
    const auto before = documents.pathOf(documents.add(kase, sourceFile(files.path(), "a.txt", fs::perms(0600))));
    ASSERT_EQ(mode(before), 0600u);

    EXPECT_FALSE(settings.documentsSharedWithGroup());
    // Managing the office's settings is the administrators' permission.
    auto lawyer = t.open("lawyer");
    ASSERT_FALSE(lawyer->can(Permission::ManageUsers));
    EXPECT_EQ(test::kindOf([&] { services::SettingsService(*lawyer).setDocumentsSharedWithGroup(true); }),
              ErrorKind::Forbidden);
    EXPECT_FALSE(settings.documentsSharedWithGroup());

    settings.setDocumentsSharedWithGroup(true);
    EXPECT_TRUE(settings.documentsSharedWithGroup());
    EXPECT_EQ(mode(before), 0660u) << "what was stored already follows";
    EXPECT_EQ(mode(before.parent_path()), 02770u);
    const auto after = documents.pathOf(documents.add(kase, sourceFile(files.path(), "b.txt", fs::perms(0600))));
    EXPECT_EQ(mode(after), 0660u);
    EXPECT_EQ(mode(settings.documentsFolder()), 02770u);

    settings.setDocumentsSharedWithGroup(false);
    EXPECT_EQ(mode(before), 0600u);
    EXPECT_EQ(mode(after), 0600u);
    EXPECT_EQ(mode(after.parent_path()), 0700u);
}
