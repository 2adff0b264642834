#include "cli/CliRunner.h"

#include <filesystem>

using namespace praklit;
using namespace praklit::test;
namespace fs = std::filesystem;

namespace {

class BackupCli : public Cli {
protected:
    TempDir dir;
    void TearDown() override
    {
        // A server restore keeps the office before it as a schema of its own.
        if (!keptAside.empty() && db.backend() == Backend::PostgreSQL) db.raw("drop schema \"" + keptAside + "\" cascade");
    }
    std::string keptAside;
};

} // namespace

TEST_F(BackupCli, BacksUpListsAndRestoresWithTheSameManifest)
{
    ASSERT_EQ(runCli(on({"db", "init"})).code, 0);
    ASSERT_EQ(runCli(on({"client", "add", "--last-name", "כהן"})).code, 0);
    const std::string folder = (dir.path() / "backups").string();

    const auto made = runCli(on({"--json", "db", "backup", "--to", folder}));
    ASSERT_EQ(made.code, 0) << made.err;
    const auto m = made.json();
    EXPECT_EQ(m["schema_version"].get<int>() > 0, true);
    EXPECT_EQ(m["sha256"].get<std::string>().size(), 64u);
    EXPECT_FALSE(m["audit_head"]["hash"].get<std::string>().empty());
    const std::string backup = m["backup"];
    EXPECT_TRUE(fs::exists(fs::path(backup) / "manifest.json"));

    const auto listed = runCli(on({"--json", "db", "backups", folder}));
    ASSERT_EQ(listed.code, 0) << listed.err;
    ASSERT_EQ(listed.json()["backups"].size(), 1u);
    EXPECT_EQ(listed.json()["backups"][0]["sha256"], m["sha256"]);
    EXPECT_EQ(listed.json()["backups"][0]["audit_head"], m["audit_head"]);

    ASSERT_EQ(runCli(on({"client", "add", "--last-name", "לוי"})).code, 0);
    // Not at a terminal and not confirmed: refused with one sentence, nothing done.
    const auto unconfirmed = runCli(on({"db", "restore", backup}));
    EXPECT_EQ(unconfirmed.code, 3);
    expectOneSentence(unconfirmed);
    EXPECT_NE(unconfirmed.err.find("--yes"), std::string::npos) << unconfirmed.err;
    EXPECT_EQ(db.rawCount("select count(*) from entities"), 2);

    const auto restored = runCli(on({"--json", "db", "restore", backup, "--yes"}));
    ASSERT_EQ(restored.code, 0) << restored.err;
    keptAside = restored.json()["kept_aside"];
    EXPECT_EQ(restored.json()["sha256"], m["sha256"]);
    EXPECT_EQ(db.rawCount("select count(*) from entities"), 1);
    EXPECT_EQ(db.rawCount("select count(*) from audit_log where action = 'restore'"), 1);

    const auto missing = runCli(on({"db", "restore", (dir.path() / "nothing-here").string(), "--yes"}));
    EXPECT_EQ(missing.code, 7);
    expectOneSentence(missing);
}
