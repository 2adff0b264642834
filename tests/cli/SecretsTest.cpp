// Passwords stay out of what the command line writes: its sentences on
// stderr and the crash log (praklit-cli.log), which records the whole
// command line of an internal error.
#include "cli/Cli.h"
#include "domain/Error.h"
#include "services/OfficeLocation.h"
#include "support/TestDatabase.h"
#include "text/Secrets.h"

#include "CliRunner.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace praklit;
using praklit::test::runCli;
namespace fs = std::filesystem;

namespace {

unsigned mode(const fs::path& p)
{
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) return 0;
    return st.st_mode & 07777;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST(Secrets, TheCrashLogRecordsTheCommandLineWithoutItsPasswords)
{
    test::TempDir dir;
    const char* old = std::getenv("XDG_DATA_HOME");
    const std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
    ::setenv("XDG_DATA_HOME", (dir.path() / "share").c_str(), 1);

    std::vector<std::string> args{"praklit-cli",
                                  "--database",
                                  "postgresql://host=db.office port=5432 dbname=praklit user=ruth password='Sod Gadol\\'1'",
                                  "--password",
                                  "Hunter-22",
                                  "--new-password=Kova-Adom",
                                  "PRAKLIT_PASSWORD=Tapuach-9",
                                  "client",
                                  "list"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    const auto log = cli::writeCrashLog("connection to postgresql://ruth:Mafteach-7@db.office failed; PGPASSWORD=Zahav-5",
                                        static_cast<int>(argv.size()), argv.data());
    if (saved) ::setenv("XDG_DATA_HOME", saved->c_str(), 1);
    else ::unsetenv("XDG_DATA_HOME");

    EXPECT_EQ(log, dir.path() / "share" / "praklit" / "praklit-cli.log");
    const auto written = test::bytesOf(log);
    for (const char* secret : {"Sod", "Gadol", "Hunter-22", "Kova-Adom", "Tapuach-9", "Mafteach-7", "Zahav-5"})
        EXPECT_FALSE(has(written, secret)) << secret << " in:\n" << written;
    // What happened is still there to read.
    for (const char* kept : {"internal error", "host=db.office", "user=ruth", "password=***", "--password ***",
                             "--new-password=***", "PRAKLIT_PASSWORD=***", "client list", "ruth:***@db.office",
                             "PGPASSWORD=***"})
        EXPECT_TRUE(has(written, kept)) << kept << " missing from:\n" << written;
    EXPECT_EQ(mode(log), 0600u) << "the log is its user's alone";
    EXPECT_EQ(mode(log.parent_path()), 0700u);
}

TEST(Secrets, AWrongConnectionStringIsNotEchoedWithItsPassword)
{
    for (const std::string database : {"postgres://host=db.office user=ruth password=Sod-Gadol-1",
                                       "postgresql://host=db.office user=ruth password=Sod Gadol-1",
                                       "postgresql://host=db.office user=ruth password=Sod Gadol-1=x",
                                       "postgresql://host=db.office user=ruth password=Sod-Gadol-1 typo=x"}) {
        const auto r = runCli({"--lang", "en", "--database", database, "client", "list"});
        EXPECT_EQ(r.code, static_cast<int>(ErrorKind::InvalidInput)) << database << ": " << r.err;
        test::expectOneSentence(r);
        EXPECT_FALSE(has(r.err, "Sod")) << r.err;
        EXPECT_FALSE(has(r.err, "Gadol")) << r.err;
    }
}
