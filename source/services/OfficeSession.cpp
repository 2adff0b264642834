#include "services/OfficeSession.h"

#include "data/Database.h"
#include "data/SettingsRepository.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "services/Audit.h"
#include "services/OfficeLocation.h"
#include "services/Passwords.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <chrono>

namespace praklit::services {

using text::format;
using text::tr;

namespace {

Permissions permissionsOf(data::Database& db, const User& user)
{
    if (user.groupId == 0) return {};
    if (auto g = data::GroupRepository(db).find(user.groupId)) return g->permissions;
    return {};
}

// The office's first user administers it; later ones added by their
// operating-system login start as lawyers, until an administrator moves them.
User addUser(data::Database& db, const std::string& login)
{
    data::UserRepository users(db);
    data::GroupRepository groups(db);
    User user;
    user.login = login;
    user.displayName = login;
    const auto group = groups.findByKey(users.count() == 0 ? kAdministrators : kLawyers);
    user.groupId = group ? group->id : 0;
    user.groupKey = group ? group->key : std::string();
    user.id = users.insert(user);
    audit(db, user.id, "users", user.id, "insert",
          Changes().set("login", login).set("group", user.groupKey));
    return user;
}

// Finds `login`, adding it when `mayAdd`; a second workstation adding the
// same new user at the same moment is not an error.
User findOrAdd(data::Database& db, const std::string& login, bool mayAdd)
{
    User user;
    auto attempt = [&] {
        db.transaction([&] {
            if (auto found = data::UserRepository(db).findByLogin(login)) {
                user = *found;
                return;
            }
            if (!mayAdd)
                throw Error(ErrorKind::SignIn, format(tr("There is no user {1} in this office."), text::ltr(login)));
            user = addUser(db, login);
        });
    };
    try {
        attempt();
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::Conflict) throw;
        attempt();
    }
    return user;
}

[[noreturn]] void wrongPassword()
{
    throw Error(ErrorKind::SignIn, tr("The user name or the password is wrong."));
}

bool requiresPassword(data::Database& db)
{
    if (db.backend() == Backend::PostgreSQL) return true;
    bool required = false;
    db.guarded([&] { required = data::SettingsRepository(db).office("security.require_password").value_or("0") == "1"; });
    return required;
}

// Checks the password and keeps the count of wrong ones. A session that
// writes records the sign-in in the audit log; a read-only one writes only a
// wrong try (through a connection of its own), so a read never waits for a writer.
User checkPassword(data::Database& db, const std::string& login, const std::string& password)
{
    std::optional<data::SignInRecord> record;
    db.guarded([&] { record = data::UserRepository(db).signInRecord(login); });
    if (!record) {
        checkNoPassword(password);
        wrongPassword();
    }
    const auto now = text::now();
    if (record->lockedUntil && *record->lockedUntil > now) {
        checkNoPassword(password);
        throw Error(ErrorKind::SignIn,
                    format(tr("The user {1} is locked after {2} wrong passwords until {3}: try again then, or ask an "
                              "administrator to reset the password."),
                           text::ltr(login), kSignInTries, text::ltr(text::toIsraelDisplay(*record->lockedUntil))));
    }
    if (record->passwordHash.empty()) {
        checkNoPassword(password);
        throw Error(ErrorKind::SignIn,
                    format(tr("The user {1} has no password yet: an administrator sets one (Users, or "
                              "praklit-cli user reset-password)."),
                           text::ltr(login)));
    }
    // The costly check runs outside any transaction: nobody waits on it.
    const bool matches = passwordMatches(record->passwordHash, password);
    const int64_t id = record->user.id;
    const bool readOnly = db.readOnly();
    if (!matches) {
        std::unique_ptr<data::Database> writer;
        if (readOnly) writer = data::Database::open(db.url(), OpenMode::MustExist, data::MigrationPolicy::Refuse);
        auto& w = writer ? *writer : db;
        w.transaction([&] {
            data::UserRepository(w).failedSignIn(id, kSignInTries, now + std::chrono::minutes(kLockMinutes));
            audit(w, id, "users", id, "sign-in-refused", Changes().set("reason", "wrong password"));
        });
        wrongPassword();
    }
    if (!record->user.active)
        throw Error(ErrorKind::SignIn,
                    format(tr("The user {1} is not active: an administrator can enable it."), text::ltr(login)));
    if (!readOnly)
        db.transaction([&] {
            data::UserRepository(db).signedIn(id);
            audit(db, id, "users", id, "sign-in", Changes());
        });
    return record->user;
}

} // namespace

OfficeSession::OfficeSession(std::unique_ptr<data::Database> db, User user, Permissions permissions)
    : db_(std::move(db)), user_(std::move(user)), permissions_(permissions)
{
}

OfficeSession::~OfficeSession() = default;

const ConnectionUrl& OfficeSession::url() const { return db_->url(); }

void OfficeSession::require(Permission p) const
{
    if (user_.mustChangePassword)
        throw Error(ErrorKind::SignIn, tr("Your password was reset: choose a new one before anything else "
                                          "(Change password, or praklit-cli user passwd)."));
    if (!permissions_.has(p)) forbidden(p);
}

void OfficeSession::reload()
{
    db_->guarded([&] {
        if (auto found = data::UserRepository(*db_).find(user_.id)) user_ = *found;
        permissions_ = permissionsOf(*db_, user_);
    });
}

std::unique_ptr<OfficeSession> OfficeSession::open(const ConnectionUrl& url, const std::string& login, OpenMode mode,
                                                   Access access)
{
    const std::string name = validatedLogin(login);
    auto db = data::Database::open(url, mode, data::MigrationPolicy::Apply, access);
    User user;
    Permissions permissions;
    if (access == Access::ReadOnly) {
        db->guarded([&] {
            if (auto found = data::UserRepository(*db).findByLogin(name)) user = *found;
            permissions = permissionsOf(*db, user);
        });
        if (user.id == 0) user.login = user.displayName = name;
        return std::make_unique<OfficeSession>(std::move(db), user, permissions);
    }
    user = findOrAdd(*db, name, true);
    db->guarded([&] { permissions = permissionsOf(*db, user); });
    return std::make_unique<OfficeSession>(std::move(db), user, permissions);
}

std::unique_ptr<OfficeSession> OfficeSession::signIn(const ConnectionUrl& url, const std::string& login,
                                                     const std::optional<std::string>& password, OpenMode mode,
                                                     Access access)
{
    const std::string name = validatedLogin(login);
    auto db = data::Database::open(url, mode, data::MigrationPolicy::Apply, access);
    User user;
    if (password) {
        user = checkPassword(*db, name, *password);
    } else {
        if (requiresPassword(*db))
            throw Error(ErrorKind::SignIn,
                        db->backend() == Backend::PostgreSQL
                            ? tr("The office server asks every user for a password.")
                            : tr("This office asks every user for a password."));
        // An embedded office without passwords trusts whoever can open its
        // file (readable by its owner only): its users sign in by name, and
        // the operating system's login is added on its first start.
        const bool mayAdd = name == osLogin();
        if (access == Access::ReadOnly) {
            std::optional<User> found;
            db->guarded([&] { found = data::UserRepository(*db).findByLogin(name); });
            if (found) user = *found;
            else if (mayAdd) user = findOrAdd(*data::Database::open(url, OpenMode::MustExist, data::MigrationPolicy::Refuse), name, true);
            else throw Error(ErrorKind::SignIn, format(tr("There is no user {1} in this office."), text::ltr(name)));
        } else {
            user = findOrAdd(*db, name, mayAdd);
        }
        if (!user.active)
            throw Error(ErrorKind::SignIn,
                        format(tr("The user {1} is not active: an administrator can enable it."), text::ltr(name)));
    }
    Permissions permissions;
    db->guarded([&] { permissions = permissionsOf(*db, user); });
    return std::make_unique<OfficeSession>(std::move(db), user, permissions);
}

} // namespace praklit::services
