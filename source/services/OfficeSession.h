#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/OpenMode.h"
#include "domain/Permission.h"
#include "domain/User.h"

#include <memory>
#include <optional>
#include <string>

namespace praklit::data {
class Database;
}

namespace praklit::services {

// How many wrong passwords lock a user, and for how long (minutes).
inline constexpr int kSignInTries = 5;
inline constexpr int kLockMinutes = 15;

// An open office: its database and the user signed in to it, with the
// permissions of the user's group. The composition roots (GUI, CLI) sign in
// and hand the session to the services; every service call asks it for the
// permission it needs.
class OfficeSession {
public:
    // Signs `login` in. With a password: checked against the office's users
    // (Argon2id), wrong tries counted in the database and the user locked
    // for kLockMinutes after kSignInTries. Without one: only an embedded
    // (SQLite) office that does not require passwords signs its users in by
    // name; the operating system's login is added on its first start (the
    // office's first user becomes its administrator). Refusals are
    // ErrorKind::SignIn with one sentence.
    static std::unique_ptr<OfficeSession> signIn(const ConnectionUrl& url, const std::string& login,
                                                 const std::optional<std::string>& password,
                                                 OpenMode mode = OpenMode::MustExist, Access access = Access::ReadWrite);

    // Opens the office as `login` without asking anything: for a second
    // connection of a user this program has already signed in (a background
    // reader), for tests and benchmarks. Adds the login on first use as
    // signIn does. A read-only session writes nothing: an unknown login works
    // as a user of no id, with no permissions.
    static std::unique_ptr<OfficeSession> open(const ConnectionUrl& url, const std::string& login,
                                               OpenMode mode = OpenMode::MustExist,
                                               Access access = Access::ReadWrite);
    OfficeSession(std::unique_ptr<data::Database> db, User user, Permissions permissions);
    ~OfficeSession();

    // For the services: the front ends reach the database only through them.
    data::Database& db() { return *db_; }
    const ConnectionUrl& url() const;
    const User& user() const { return user_; }

    bool can(Permission p) const { return permissions_.has(p) && !user_.mustChangePassword; }
    // Refuses (ErrorKind::Forbidden, naming the permission) unless the
    // signed-in user's group has `p`. A user who must change the password
    // first may do nothing else.
    void require(Permission p) const;
    // Reads the user and the group's permissions again (after an
    // administrator changed them, or the user's own password).
    void reload();

private:
    std::unique_ptr<data::Database> db_;
    User user_;
    Permissions permissions_;
};

} // namespace praklit::services
