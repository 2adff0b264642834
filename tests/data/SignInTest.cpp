// Signing in: Argon2id passwords, wrong tries counted in the database and a
// lockout that ends, a reset that forces a change, inactive users, and no
// password anywhere in plain text — on both backends.
#include "domain/Error.h"
#include "services/ClientService.h"
#include "services/OfficeLocation.h"
#include "services/OfficeService.h"
#include "services/OfficeSession.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"

#include <cstdio>
#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

const std::string kAdminPassword = "Olive-tree-31";
const std::string kRuthPassword = "Blue-harbour-58";

struct Office {
    TestDatabase db;
    std::unique_ptr<services::OfficeSession> admin;
    User ruth;
    Office()
    {
        services::OfficeService::init(db.url());
        services::UserService::createFirstAdministrator(db.url(), "admin", "מנהלת המשרד", kAdminPassword, "כהן ושות'");
        admin = services::OfficeSession::signIn(db.url(), "admin", kAdminPassword);
        User u;
        u.login = "ruth";
        u.displayName = "רות לוי";
        u.groupKey = kLawyers;
        ruth = services::UserService(*admin).add(u, kRuthPassword, false);
    }
    std::unique_ptr<services::OfficeSession> signIn(const std::string& login, const std::string& password)
    {
        return services::OfficeSession::signIn(db.url(), login, password);
    }
    std::string refusal(const std::string& login, const std::string& password)
    {
        try {
            signIn(login, password);
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::SignIn) << e.what();
            return e.what();
        }
        ADD_FAILURE() << login << " signed in";
        return {};
    }
};

} // namespace

TEST(SignIn, ARightPasswordSignsInAndAWrongOneSaysOnlyThatItIsWrong)
{
    Office o;
    auto ruth = o.signIn("ruth", kRuthPassword);
    EXPECT_EQ(ruth->user().login, "ruth");
    EXPECT_TRUE(ruth->can(Permission::EditClients));
    EXPECT_FALSE(ruth->can(Permission::ManageUsers));
    const auto wrong = o.refusal("ruth", "Blue-harbour-59");
    const auto unknown = o.refusal("nobody", kRuthPassword);
    EXPECT_EQ(wrong, unknown) << "an unknown name and a wrong password answer alike";
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log where action = 'sign-in-refused'"), 1)
        << "the wrong password of a real user is in the access log";
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log where action = 'sign-in'"), 2);
}

TEST(SignIn, FiveWrongPasswordsLockTheUserForAQuarterOfAnHourOnEveryWorkstation)
{
    Office o;
    for (int i = 0; i < services::kSignInTries - 1; ++i) o.refusal("ruth", "wrong-" + std::to_string(i));
    EXPECT_EQ(o.db.rawCount("select failed_sign_ins from users where login = 'ruth'"), services::kSignInTries - 1)
        << "counted in the database, not by the workstation";
    o.refusal("ruth", "wrong-last");
    const auto locked = o.refusal("ruth", kRuthPassword);
    EXPECT_NE(locked.find("locked"), std::string::npos) << "even the right password waits: " << locked;
    EXPECT_NE(locked.find(std::to_string(services::kSignInTries)), std::string::npos) << locked;

    // A quarter of an hour later.
    o.db.raw(o.db.backend() == Backend::PostgreSQL
                 ? "update users set locked_until = now() - interval '1 minute' where login = 'ruth'"
                 : "update users set locked_until = '2000-01-01 00:00:00.000000+00' where login = 'ruth'");
    EXPECT_EQ(o.signIn("ruth", kRuthPassword)->user().login, "ruth");
    EXPECT_EQ(o.db.rawCount("select failed_sign_ins from users where login = 'ruth'"), 0);
}

TEST(SignIn, AnAdministratorsResetMakesTheUserChooseANewPasswordFirst)
{
    Office o;
    services::UserService(*o.admin).resetPassword(o.ruth.id, "Green-valley-20");
    EXPECT_TRUE(o.refusal("ruth", kRuthPassword).size() > 0) << "the old password is gone";
    auto ruth = o.signIn("ruth", "Green-valley-20");
    EXPECT_TRUE(ruth->user().mustChangePassword);
    EXPECT_EQ(test::kindOf([&] { services::ClientService(*ruth).list(0, 10); }), ErrorKind::SignIn)
        << "nothing else before the new password";
    services::UserService users(*ruth);
    EXPECT_EQ(test::kindOf([&] { users.changeOwnPassword("Green-valley-20", "ruth-1234567"); }), ErrorKind::InvalidInput)
        << "a password with the user's name is refused";
    EXPECT_EQ(test::kindOf([&] { users.changeOwnPassword("Green-valley-20", "short"); }), ErrorKind::InvalidInput);
    EXPECT_EQ(test::kindOf([&] { users.changeOwnPassword("Wrong-valley-20", "Red-mountain-44"); }), ErrorKind::InvalidInput);
    users.changeOwnPassword("Green-valley-20", "Red-mountain-44");
    EXPECT_FALSE(ruth->user().mustChangePassword);
    EXPECT_NO_THROW(services::ClientService(*ruth).list(0, 10));
    EXPECT_FALSE(o.signIn("ruth", "Red-mountain-44")->user().mustChangePassword);
}

TEST(SignIn, AnInactiveUserCannotSignInAndHistoryKeepsTheName)
{
    Office o;
    services::UserService(*o.admin).setActive(o.ruth.id, false);
    const auto refused = o.refusal("ruth", kRuthPassword);
    EXPECT_NE(refused.find("not active"), std::string::npos) << refused;
    EXPECT_EQ(services::UserService(*o.admin).get(o.ruth.id).displayName, "רות לוי");
    EXPECT_EQ(test::kindOf([&] { services::UserService(*o.admin).setActive(o.admin->user().id, false); }),
              ErrorKind::InvalidInput)
        << "the administrator cannot lock the office out";
    services::UserService(*o.admin).setActive(o.ruth.id, true);
    EXPECT_NO_THROW(o.signIn("ruth", kRuthPassword));
}

TEST(SignIn, OnlyAnEmbeddedOfficeThatAllowsItSignsInWithoutAPassword)
{
    Office o;
    const auto me = services::osLogin();
    if (o.db.backend() == Backend::PostgreSQL) {
        EXPECT_EQ(test::kindOf([&] { services::OfficeSession::signIn(o.db.url(), "ruth", std::nullopt); }), ErrorKind::SignIn);
        return;
    }
    EXPECT_EQ(services::OfficeSession::signIn(o.db.url(), "ruth", std::nullopt)->user().login, "ruth")
        << "an embedded office trusts whoever can open its file";
    EXPECT_EQ(services::OfficeSession::signIn(o.db.url(), me, std::nullopt)->user().groupKey, kLawyers)
        << "the machine's login joins as a lawyer: the office has an administrator";
    EXPECT_EQ(test::kindOf([&] { services::OfficeSession::signIn(o.db.url(), "ghost", std::nullopt); }), ErrorKind::SignIn)
        << "nobody else is added by name";
    services::SettingsService(*o.admin).setRequiresPassword(true);
    EXPECT_EQ(test::kindOf([&] { services::OfficeSession::signIn(o.db.url(), "ruth", std::nullopt); }), ErrorKind::SignIn);
    EXPECT_NO_THROW(o.signIn("ruth", kRuthPassword));
}

TEST(SignIn, TheFirstAdministratorIsMadeOnce)
{
    Office o;
    EXPECT_FALSE(services::UserService::needsFirstAdministrator(o.db.url()));
    EXPECT_EQ(test::kindOf([&] {
                  services::UserService::createFirstAdministrator(o.db.url(), "mallory", "", "Another-admin-77");
              }),
              ErrorKind::Conflict);
    EXPECT_EQ(o.admin->user().groupKey, kAdministrators);
    EXPECT_EQ(services::SettingsService(*o.admin).letterhead().officeName, "כהן ושות'");
}

TEST(SignIn, NoPasswordIsKeptOrWrittenInPlainText)
{
    Office o;
    o.refusal("ruth", "Typed-by-mistake-12");
    services::UserService(*o.admin).resetPassword(o.ruth.id, "Green-valley-20");
    o.admin.reset();
    std::string everything;
    if (o.db.context().officeIsAFile()) {
        const auto file = o.db.url().sqlitePath();
        everything = test::bytesOf(file) + test::bytesOf(file.string() + "-wal");
    } else {
        const auto& url = o.db.url();
        const std::string options = url.get("options");
        const std::string schema = options.substr(options.find('=') + 1);
        const std::string command = "pg_dump --no-owner -h " + url.get("host") + " -p " + url.get("port") + " -U " +
                                    url.get("user") + " -n " + schema + " " + url.get("dbname");
        FILE* dump = popen(command.c_str(), "r");
        ASSERT_NE(dump, nullptr);
        char buffer[65536];
        size_t n;
        while ((n = fread(buffer, 1, sizeof buffer, dump)) > 0) everything.append(buffer, n);
        ASSERT_EQ(pclose(dump), 0) << command;
        ASSERT_NE(everything.find("audit_log"), std::string::npos) << "the dump holds the office";
    }
    ASSERT_FALSE(everything.empty());
    EXPECT_NE(everything.find("$argon2id$"), std::string::npos) << "passwords are Argon2id strings";
    for (const auto& password : {kAdminPassword, kRuthPassword, std::string("Typed-by-mistake-12"), std::string("Green-valley-20")})
        EXPECT_EQ(everything.find(password), std::string::npos) << password << " is in the database";
}
