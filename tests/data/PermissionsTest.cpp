#include "data/OfficeTables.h"
#include "domain/Error.h"
#include "domain/Permission.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "services/TimerService.h"
#include "services/UserService.h"
#include "support/Checksums.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"

#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace praklit;
using praklit::test::kindOf;
using praklit::test::TestDatabase;
using services::OfficeSession;

namespace {

const std::string kPassword = "Quiet-river-42";

Permissions allBut(Permission p)
{
    auto out = Permissions::all();
    out.revoke(p);
    return out;
}

// An office its administrator (its first user) set up: a letterhead, a client
// with a primary address, and a lawyer, dan, who works there too. The users
// of the rows are made on demand, one a set of permissions.
struct Office {
    TestDatabase db;
    test::TempDir dir;
    std::unique_ptr<OfficeSession> admin = db.open("admin");
    int64_t client = 0;
    int64_t dan = 0;
    std::map<std::string, std::string> loginOf; // by the permissions' keys

    Office()
    {
        Letterhead l;
        l.officeName = "כהן ושות' – עורכי דין";
        l.vatNumber = "516179157";
        services::SettingsService(*admin).setLetterhead(l);
        Client c;
        c.kind = EntityKind::Organisation;
        c.orgName = "אלון גשר בע\"מ";
        services::ClientService clients(*admin);
        client = clients.add(c).id;
        Address a;
        a.ownerId = client;
        a.street = "הרצל";
        a.house = "1";
        a.city = "תל אביב-יפו";
        clients.addAddress(a);
        clients.addPhone(client, PhoneType::Mobile, "050-1234567");
        services::SmsService(*admin).setModule(Module::Sms, true);
        User d;
        d.login = "dan";
        d.displayName = "דן לוי";
        d.groupKey = kLawyers;
        dan = services::UserService(*admin).add(d, kPassword, false).id;
    }

    // A user alone in a group that has exactly `permissions`, made by the
    // administrator through the services, as the users' screen makes them.
    std::string userWith(const Permissions& permissions)
    {
        std::string keys;
        for (auto p : kAllPermissions)
            if (permissions.has(p)) keys += std::string(permissionKey(p)) + " ";
        if (auto found = loginOf.find(keys); found != loginOf.end()) return found->second;
        const std::string n = std::to_string(loginOf.size() + 1);
        services::UserService users(*admin);
        const auto group = users.addGroup("group-" + n, "קבוצה " + n, permissions);
        User u;
        u.login = "user" + n;
        u.displayName = "משתמש " + n;
        u.groupKey = group.key;
        users.add(u, kPassword, false);
        return loginOf[keys] = u.login;
    }
    std::unique_ptr<OfficeSession> sessionWith(const Permissions& permissions)
    {
        return OfficeSession::open(db.url(), userWith(permissions));
    }

    // The administrator's unbilled fixed fee on the client (or dan's).
    int64_t charge(int64_t agorot, int64_t userId = 0)
    {
        Charge ch;
        ch.clientId = client;
        ch.userId = userId;
        ch.kind = ChargeKind::Fixed;
        ch.description = "שכר טרחה";
        ch.amountAgorot = agorot;
        ch.chargedOn = "2026-01-05";
        return services::ChargeService(*admin).add(ch).id;
    }
    int64_t draft() { return services::AccountService(*admin).createDraft(client, {charge(10000)}).id; }
    int64_t issued() { return services::AccountService(*admin).produce(client, {charge(20000)}).id; }

    // Every row of every office table, the audit log's included.
    std::map<std::string, std::pair<int64_t, std::string>> digests()
    {
        std::vector<std::string> names;
        for (const auto& table : data::officeTables()) names.push_back(table.name);
        return test::tableDigests(admin->db(), names);
    }
};

// A service call that needs `permission` (and `besides`, which it needs
// too, to read what it works on). `prepare` is the administrator's: what
// the call works on, returned as its id. `writes`: the allowed call changes
// `table`, so a refusal that wrote nothing is not a call that does nothing.
struct Row {
    Permission permission;
    const char* call;
    std::vector<Permission> besides;
    const char* table; // the table the call reads or writes; none for a bare check
    bool writes;
    std::function<int64_t(Office&)> prepare;
    std::function<void(Office&, OfficeSession&, int64_t)> run;
};

int64_t nothing(Office&) { return 0; }

// Court downloads, SMS and templates have no service yet: until they do,
// their rows ask the session itself, as those services will at their top.
Row bareCheck(Permission p, const char* call)
{
    return {p, call, {}, nullptr, false, nothing, [p](Office&, OfficeSession& s, int64_t) { s.require(p); }};
}

const std::vector<Row>& rows()
{
    using namespace services;
    static const std::vector<Row> all{
        {Permission::SeeClients, "ClientService::get", {}, "entities", false, nothing,
         [](Office& o, OfficeSession& s, int64_t) { EXPECT_EQ(ClientService(s).get(o.client).id, o.client); }},
        {Permission::SeeClients, "ClientService::find", {}, "entities", false, nothing,
         [](Office&, OfficeSession& s, int64_t) { EXPECT_EQ(ClientService(s).find("גשר", 0, 10).size(), 1u); }},
        // Opening the card is recorded as a read: a refused one records nothing.
        {Permission::SeeClients, "ClientService::card", {}, "audit_log", true, nothing,
         [](Office& o, OfficeSession& s, int64_t) { EXPECT_EQ(ClientService(s).card(o.client).client.id, o.client); }},
        {Permission::EditClients, "ClientService::add", {}, "entities", true, nothing,
         [](Office&, OfficeSession& s, int64_t) {
             Client c;
             c.lastName = "מזרחי";
             ClientService(s).add(c);
         }},
        {Permission::EditClients, "SettingsService::setCaseRate", {}, "cases", true,
         [](Office& o) {
             Case k;
             k.clientId = o.client;
             k.subject = "חוזה שכירות";
             return CaseService(*o.admin).add(k).id;
         },
         [](Office&, OfficeSession& s, int64_t kase) { SettingsService(s).setCaseRate(kase, 70000); }},
        {Permission::SeeCharges, "ChargeService::list of all users", {}, "charges", false,
         [](Office& o) { return o.charge(1000, o.dan); },
         [](Office&, OfficeSession& s, int64_t) { EXPECT_FALSE(ChargeService(s).list({}, 0, 100).empty()); }},
        {Permission::AddCharges, "ChargeService::add of one's own", {}, "charges", true, nothing,
         [](Office& o, OfficeSession& s, int64_t) {
             Charge ch;
             ch.clientId = o.client;
             ch.kind = ChargeKind::Expense;
             ch.description = "אגרת בית משפט";
             ch.amountAgorot = 50000;
             EXPECT_EQ(ChargeService(s).add(ch).userId, s.user().id);
         }},
        {Permission::AddCharges, "TimerService::start", {}, "timers", true, nothing,
         [](Office& o, OfficeSession& s, int64_t) { TimerService(s).start(o.client, 0, "עיון בתיק"); }},
        // Issuing reads the account it issues.
        {Permission::IssueAccounts, "AccountService::produce", {Permission::SeeCharges}, "transaction_accounts", true,
         [](Office& o) { return o.charge(30000); },
         [](Office& o, OfficeSession& s, int64_t charge) { AccountService(s).produce(o.client, {charge}); }},
        {Permission::IssueAccounts, "AccountService::issue", {Permission::SeeCharges}, "transaction_accounts", true,
         [](Office& o) { return o.draft(); },
         [](Office&, OfficeSession& s, int64_t account) { AccountService(s).issue(account); }},
        {Permission::IssueAccounts, "AccountService::pay", {Permission::SeeCharges}, "payments", true,
         [](Office& o) { return o.issued(); },
         [](Office&, OfficeSession& s, int64_t account) { AccountService(s).pay(account, 5000, PaymentMethod::Cash); }},
        {Permission::CancelDocuments, "AccountService::cancel", {Permission::SeeCharges}, "transaction_accounts", true,
         [](Office& o) { return o.issued(); },
         [](Office&, OfficeSession& s, int64_t account) {
             EXPECT_EQ(AccountService(s).cancel(account).state, AccountState::Cancelled);
         }},
        // Every report needs SeeCharges; this one, other users' time too.
        {Permission::SeeOthersTime, "ReportService::run time-by-user", {Permission::SeeCharges}, "time_entries", false,
         nothing, [](Office&, OfficeSession& s, int64_t) { ReportService(s).run("time-by-user"); }},
        // The edit reads the charge it changes: another user's needs SeeCharges.
        {Permission::EditOthersTime, "ChargeService::edit of another user's charge", {Permission::SeeCharges}, "charges",
         true, [](Office& o) { return o.charge(4000, o.dan); },
         [](Office& o, OfficeSession& s, int64_t charge) {
             auto ch = ChargeService(*o.admin).get(charge);
             ch.description = "שכר טרחה מתוקן";
             ChargeService(s).edit(ch);
         }},
        bareCheck(Permission::DownloadCourt, "OfficeSession::require (no court service yet)"),
        {Permission::SendSms, "SmsService::send", {}, "sms_messages", true, nothing,
         [](Office& o, OfficeSession& s, int64_t) {
             services::SmsRequest r;
             r.clientId = o.client;
             r.to.push_back({0, 0, "052-7654321", false});
             r.text = "שלום, הדיון נדחה.";
             services::SmsService(s).send(r);
         }},
        {Permission::ManageTemplates, "SmsService::saveTemplate", {}, "sms_templates", true, nothing,
         [](Office&, OfficeSession& s, int64_t) {
             services::SmsService(s).saveTemplate({0, "תזכורת", TemplateType::General, "שלום {first_name}", 0});
         }},
        {Permission::ManageUsers, "UserService::add", {}, "users", true, nothing,
         [](Office&, OfficeSession& s, int64_t) {
             User u;
             u.login = "newcomer";
             u.displayName = "עובד חדש";
             u.groupKey = kLawyers;
             UserService(s).add(u, kPassword);
         }},
        {Permission::ManageUsers, "UserService::addGroup", {}, "user_groups", true, nothing,
         [](Office&, OfficeSession& s, int64_t) { UserService(s).addGroup("clerks", "פקידים", {}); }},
        {Permission::ManageUsers, "SettingsService::setLetterhead", {}, "office_settings", true, nothing,
         [](Office&, OfficeSession& s, int64_t) {
             Letterhead l;
             l.officeName = "לוי ושות' – עורכי דין";
             l.vatNumber = "516179157";
             SettingsService(s).setLetterhead(l);
         }},
        {Permission::ManageUsers, "SettingsService::setUserRate", {}, "users", true, nothing,
         [](Office& o, OfficeSession& s, int64_t) { SettingsService(s).setUserRate(o.dan, 45000); }},
        {Permission::SeeAudit, "AuditService::list", {}, "audit_log", false, nothing,
         [](Office&, OfficeSession& s, int64_t) { EXPECT_FALSE(AuditService(s).list({}, 0, 100).empty()); }},
        {Permission::Backups, "BackupService::backUp", {}, "audit_log", true, nothing,
         [](Office& o, OfficeSession& s, int64_t) {
             const auto made = BackupService(s).backUp(o.dir.path() / "backups");
             EXPECT_TRUE(std::filesystem::exists(made.folder / "manifest.json"));
         }},
    };
    return all;
}

int64_t countOf(Office& o, const char* table)
{
    return table ? o.db.rawCount(std::string("select count(*) from ") + table) : 0;
}

// The call refused with `kind` and one sentence, and nothing written:
// not the audit log, not the row's table, not any other table.
void expectRefused(Office& o, const Row& row, OfficeSession& s, ErrorKind kind, const std::string& named)
{
    const int64_t id = row.prepare(o);
    const auto audit = countOf(o, "audit_log");
    const auto table = countOf(o, row.table);
    const auto before = o.digests();
    try {
        row.run(o, s, id);
        ADD_FAILURE() << "allowed";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
        const std::string sentence = e.what();
        EXPECT_NE(sentence.find(named), std::string::npos) << sentence;
        EXPECT_EQ(sentence.find('\n'), std::string::npos) << sentence;
        EXPECT_TRUE(sentence.ends_with(".")) << sentence;
    }
    EXPECT_EQ(countOf(o, "audit_log"), audit);
    EXPECT_EQ(countOf(o, row.table), table);
    EXPECT_TRUE(o.digests() == before) << "a refused call wrote";
}

void expectAllowed(Office& o, const Row& row, OfficeSession& s)
{
    const int64_t id = row.prepare(o);
    const auto before = row.table ? o.digests().at(row.table) : std::pair<int64_t, std::string>{};
    EXPECT_NO_THROW(row.run(o, s, id));
    if (row.table) {
        if (row.writes) EXPECT_NE(o.digests().at(row.table), before) << "the allowed call wrote nothing";
        else EXPECT_EQ(o.digests().at(row.table), before) << "a read wrote";
    }
}

std::string describe(const Row& row)
{
    std::string out = std::string(permissionKey(row.permission)) + " → " + row.call;
    for (auto b : row.besides) out += " (with " + std::string(permissionKey(b)) + ")";
    return out;
}

} // namespace

// Each permission against the calls that need it: a user whose group has
// every permission but that one is refused, naming it, and writes nothing;
// a user whose group has only it (and what the call needs besides) is let
// through.
TEST(Permissions, EveryPermissionIsAskedForByTheCallsThatNeedIt)
{
    std::set<Permission> covered;
    for (const auto& row : rows()) covered.insert(row.permission);
    for (auto p : kAllPermissions)
        EXPECT_TRUE(covered.contains(p)) << permissionKey(p) << " has no row: name a call that needs it";

    Office o;
    for (const auto& row : rows()) {
        SCOPED_TRACE(describe(row));
        auto refused = o.sessionWith(allBut(row.permission));
        EXPECT_FALSE(refused->can(row.permission));
        expectRefused(o, row, *refused, ErrorKind::Forbidden, permissionName(row.permission));

        Permissions needed;
        needed.grant(row.permission);
        for (auto b : row.besides) needed.grant(b);
        auto allowed = o.sessionWith(needed);
        EXPECT_TRUE(allowed->can(row.permission));
        expectAllowed(o, row, *allowed);
    }
}

// An administrator's reset: until the user chooses a new password, every
// call is refused (as a sign-in is), even with every permission.
TEST(Permissions, AResetPasswordIsChangedBeforeAnythingElse)
{
    Office o;
    const std::string login = o.userWith(Permissions::all());
    services::UserService(*o.admin).resetPassword(services::UserService(*o.admin).byLogin(login).id, "Given-by-admin-7");
    auto s = OfficeSession::open(o.db.url(), login);
    ASSERT_TRUE(s->user().mustChangePassword);
    for (const auto& row : rows()) {
        SCOPED_TRACE(describe(row));
        EXPECT_FALSE(s->can(row.permission));
        expectRefused(o, row, *s, ErrorKind::SignIn, "password");
    }

    services::UserService(*s).changeOwnPassword("Given-by-admin-7", "Chosen-by-me-2026");
    EXPECT_FALSE(s->user().mustChangePassword);
    for (const auto& row : rows()) {
        SCOPED_TRACE(describe(row));
        expectAllowed(o, row, *s);
    }
}

// Whoever manages users cannot leave the office without anyone who can.
TEST(Permissions, TheLastUserWhoManagesUsersStays)
{
    Office o;
    services::UserService admin(*o.admin);
    // The office server counts only users with a password.
    admin.changeOwnPassword("", kPassword);
    User d;
    d.login = "deputy";
    d.displayName = "סגן";
    d.groupKey = kAdministrators;
    const int64_t deputy = admin.add(d, kPassword, false).id;
    auto deputySession = OfficeSession::open(o.db.url(), "deputy");

    const auto refusedWith = [&](const std::function<void()>& work) {
        const auto before = o.digests();
        EXPECT_EQ(kindOf(work), ErrorKind::InvalidInput);
        EXPECT_TRUE(o.digests() == before) << "a refused change wrote";
    };
    // Both managers are administrators: the group may not lose the permission.
    const auto admins = admin.groupByKey(kAdministrators);
    refusedWith([&] { admin.setPermissions(admins.id, allBut(Permission::ManageUsers), admins.version); });
    refusedWith([&] { admin.revoke(admins.id, Permission::ManageUsers); });
    EXPECT_TRUE(admin.groupByKey(kAdministrators).permissions.has(Permission::ManageUsers));

    // One of two may go; the other, on a workstation that opened before, may
    // not then disable the one left.
    EXPECT_FALSE(admin.setActive(deputy, false).active);
    refusedWith([&] { services::UserService(*deputySession).setActive(o.admin->user().id, false); });
    EXPECT_TRUE(admin.get(o.admin->user().id).active);

    // With a second group that manages users, the administrators may lose it.
    admin.setActive(deputy, true);
    Permissions managing;
    managing.grant(Permission::ManageUsers);
    admin.addGroup("office-managers", "מנהלי משרד", managing);
    User du = admin.get(deputy);
    du.groupKey = "office-managers";
    du.groupId = 0;
    admin.update(du);
    EXPECT_FALSE(admin.revoke(admins.id, Permission::ManageUsers).permissions.has(Permission::ManageUsers));
}
