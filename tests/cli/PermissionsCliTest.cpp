#include "cli/CliRunner.h"
#include "domain/Permission.h"

#include <filesystem>

using namespace praklit;
using namespace praklit::test;

namespace {

// Commands a user of a group without the permission is refused (exit 8,
// one sentence naming it), and a user of a group with it (and with what the
// command needs besides) may run. `probe` counts what the command changes;
// a refusal leaves it, and the audit log but for the sign-in, as it was.
struct CommandRow {
    Permission permission;
    std::vector<Permission> besides;
    std::vector<std::string> args; // after --user
    std::string input;             // standard input: a new user's first password
    std::string probe;
    bool writes;
};

class PermissionsCli : public Cli {
protected:
    TempDir dir;
    std::string client, account;

    void SetUp() override
    {
        ASSERT_EQ(runCli(on({"db", "init"})).code, 0);
        auto added = runCli(on({"--json", "client", "add", "--last-name", "כהן", "--first-name", "משה"}));
        ASSERT_EQ(added.code, 0) << added.err;
        client = std::to_string(added.json()["id"].get<int64_t>());
        ASSERT_EQ(runCli(on({"address", "add", "--client", client, "--street", "הרצל", "--house", "1", "--city", "חיפה"})).code, 0);
        ASSERT_EQ(runCli(on({"charge", "add", "--client", client, "--kind", "fixed", "--amount", "1000", "--description",
                             "שכר טרחה"}))
                      .code,
                  0);
        ASSERT_EQ(runCli(on({"settings", "office", "--name", "כהן ושות'", "--vat-number", "516179157"})).code, 0);
        auto draft = runCli(on({"--json", "account", "create", "--client", client}));
        ASSERT_EQ(draft.code, 0) << draft.err;
        account = std::to_string(draft.json()["id"].get<int64_t>());
    }

    // Everything the audit log holds but the sign-ins every run writes.
    int64_t auditRows() { return db.rawCount("select count(*) from audit_log where action <> 'sign-in'"); }
};

} // namespace

TEST_F(PermissionsCli, ACommandNeedsItsPermission)
{
    const std::vector<CommandRow> rows{
        {Permission::EditClients, {}, {"client", "add", "--last-name", "מזרחי"}, "", "select count(*) from entities", true},
        {Permission::SeeClients, {}, {"client", "list"}, "", "select count(*) from entities", false},
        {Permission::SeeCharges, {}, {"charge", "list"}, "", "select count(*) from charges", false},
        // Issuing reads the account it issues.
        {Permission::IssueAccounts, {Permission::SeeCharges}, {"account", "issue", account}, "",
         "select count(*) from transaction_accounts where state = 'issued'", true},
        {Permission::IssueAccounts, {Permission::SeeCharges}, {"payment", "add", "--account", account, "--amount", "100"}, "",
         "select count(*) from payments", true},
        {Permission::ManageUsers, {}, {"user", "add", "--login", "newcomer", "--group", "lawyers"}, "Spring-field-77\n",
         "select count(*) from users", true},
        {Permission::SeeAudit, {}, {"audit", "list"}, "", "select count(*) from audit_log where action <> 'sign-in'", false},
        {Permission::Backups, {}, {"db", "backup", "--to", (dir.path() / "backups").string()}, "",
         "select count(*) from audit_log where action = 'backup'", true},
    };
    int n = 0;
    for (const auto& row : rows) {
        const std::string key(permissionKey(row.permission));
        SCOPED_TRACE(key + ": " + row.args[0] + " " + row.args[1]);
        // A group with what the command needs besides, and not the permission itself.
        const std::string group = "row-" + std::to_string(++n), login = "user" + std::to_string(n);
        std::vector<std::string> add{"group", "add", "--key", group, "--name", "קבוצה " + std::to_string(n)};
        for (auto b : row.besides) add.insert(add.end(), {"--permission", std::string(permissionKey(b))});
        ASSERT_EQ(runCli(on(add)).code, 0);
        addUser(login, group);
        std::vector<std::string> args{"--user", login};
        args.insert(args.end(), row.args.begin(), row.args.end());

        const auto probe = db.rawCount(row.probe);
        const auto audit = auditRows();
        const auto refused = runCli(on(args), row.input);
        EXPECT_EQ(refused.code, 8) << refused.err;
        expectOneSentence(refused);
        EXPECT_NE(refused.err.find(permissionName(row.permission)), std::string::npos) << refused.err;
        EXPECT_TRUE(refused.out.empty()) << refused.out;
        EXPECT_EQ(db.rawCount(row.probe), probe);
        EXPECT_EQ(auditRows(), audit);

        ASSERT_EQ(runCli(on({"group", "grant", group, key})).code, 0);
        const auto allowed = runCli(on(args), row.input);
        EXPECT_EQ(allowed.code, 0) << allowed.err;
        if (row.writes) {
            EXPECT_NE(db.rawCount(row.probe), probe);
        }

        // Taken away again, refused again on the next sign-in.
        ASSERT_EQ(runCli(on({"group", "revoke", group, key})).code, 0);
        const auto again = runCli(on(args), row.input);
        EXPECT_EQ(again.code, 8) << again.err;
        expectOneSentence(again);
    }
}

// A group's changes are the administrator's: a user without ManageUsers may
// not grant itself what it lacks.
TEST_F(PermissionsCli, NoUserGrantsItselfAPermission)
{
    addUser("ruth", "lawyers");
    const auto audit = auditRows();
    const auto grant = runCli(on({"--user", "ruth", "group", "grant", "lawyers", "audit.see"}));
    EXPECT_EQ(grant.code, 8) << grant.err;
    expectOneSentence(grant);
    EXPECT_NE(grant.err.find(permissionName(Permission::ManageUsers)), std::string::npos) << grant.err;
    EXPECT_EQ(auditRows(), audit);
    EXPECT_EQ(runCli(on({"--user", "ruth", "audit", "list"})).code, 8);
}
