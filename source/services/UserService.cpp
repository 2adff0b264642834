#include "services/UserService.h"

#include "data/Database.h"
#include "data/SettingsRepository.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "services/Audit.h"
#include "services/ClientService.h"
#include "services/Passwords.h"
#include "text/Bidi.h"
#include "text/Translate.h"

namespace praklit::services {

using text::format;
using text::tr;

namespace {

Changes userChanges(const User& before, const User& after)
{
    Changes ch;
    ch.change("login", before.login, after.login)
        .change("display_name", before.displayName, after.displayName)
        .change("email", before.email, after.email)
        .change("title", before.title, after.title)
        .change("group", before.groupKey, after.groupKey)
        .change("active", before.active, after.active);
    return ch;
}

std::string permissionList(const Permissions& p)
{
    std::string out;
    for (auto each : kAllPermissions)
        if (p.has(each)) out += (out.empty() ? "" : " ") + std::string(permissionKey(each));
    return out;
}

User requireUser(data::Database& db, int64_t userId)
{
    auto found = data::UserRepository(db).find(userId);
    if (!found) notFound(format(tr("There is no user number {1}."), userId));
    return *found;
}

UserGroup requireGroup(data::Database& db, int64_t groupId)
{
    auto found = data::GroupRepository(db).find(groupId);
    if (!found) notFound(format(tr("There is no user group number {1}."), groupId));
    return *found;
}

// The group a user is put in, by id (the dialog) or key (the CLI).
void resolveGroup(data::Database& db, User& user)
{
    data::GroupRepository groups(db);
    std::optional<UserGroup> g;
    if (user.groupId) g = groups.find(user.groupId);
    else if (!user.groupKey.empty()) g = groups.findByKey(user.groupKey);
    if (!g) {
        if (user.groupId == 0 && user.groupKey.empty()) invalid(tr("Choose the user's group."), "group");
        invalid(format(tr("There is no user group {1}."),
                       text::ltr(user.groupKey.empty() ? std::to_string(user.groupId) : user.groupKey)),
                "group");
    }
    user.groupId = g->id;
    user.groupKey = g->key;
}

} // namespace

std::vector<User> UserService::list()
{
    std::vector<User> out;
    office_.db().guarded([&] { out = data::UserRepository(office_.db()).all(); });
    return out;
}

User UserService::get(int64_t userId)
{
    User out;
    office_.db().guarded([&] { out = requireUser(office_.db(), userId); });
    return out;
}

User UserService::byLogin(const std::string& login)
{
    std::optional<User> out;
    office_.db().guarded([&] { out = data::UserRepository(office_.db()).findByLogin(login); });
    if (!out) notFound(format(tr("There is no user {1} in this office."), text::ltr(login)));
    return *out;
}

void UserService::keepAnAdministrator()
{
    // Inside the caller's transaction, after its change.
    // An embedded office may have no passwords at all: there an active
    // user in a managing group will do.
    auto& db = office_.db();
    const bool server = db.backend() == Backend::PostgreSQL;
    if (data::UserRepository(db).activeWith(Permission::ManageUsers, server) == 0)
        invalid(tr("That would leave no active user who can manage users and settings."));
}

User UserService::add(User user, const std::string& password, bool mustChange)
{
    office_.require(Permission::ManageUsers);
    user = checkedUser(std::move(user));
    checkNewPassword(password, user);
    const std::string hash = hashPassword(password);
    auto& db = office_.db();
    db.transaction([&] {
        data::UserRepository users(db);
        if (users.findByLogin(user.login))
            throw Error(ErrorKind::Conflict, format(tr("There is already a user {1}."), text::ltr(user.login)), "login");
        resolveGroup(db, user);
        user.id = users.insert(user);
        users.setPassword(user.id, hash, mustChange);
        audit(db, office_.user().id, "users", user.id, "insert",
              userChanges(User{}, user).set("password", "set"));
    });
    return get(user.id);
}

User UserService::update(User user)
{
    office_.require(Permission::ManageUsers);
    user = checkedUser(std::move(user));
    auto& db = office_.db();
    db.transaction([&] {
        const User before = requireUser(db, user.id);
        if (auto other = data::UserRepository(db).findByLogin(user.login); other && other->id != user.id)
            throw Error(ErrorKind::Conflict, format(tr("There is already a user {1}."), text::ltr(user.login)), "login");
        resolveGroup(db, user);
        const Changes ch = userChanges(before, user);
        if (ch.empty()) {
            if (before.version != user.version) throwStaleVersion(db, "users", user.id);
            return;
        }
        if (user.id == office_.user().id && !user.active) invalid(tr("You cannot make yourself inactive."), "active");
        if (!data::UserRepository(db).update(user)) throwStaleVersion(db, "users", user.id);
        keepAnAdministrator();
        audit(db, office_.user().id, "users", user.id, "update", ch);
    });
    if (user.id == office_.user().id) office_.reload();
    return get(user.id);
}

User UserService::setActive(int64_t userId, bool active)
{
    User u = get(userId);
    u.active = active;
    return update(u);
}

void UserService::resetPassword(int64_t userId, const std::string& password)
{
    office_.require(Permission::ManageUsers);
    const User user = get(userId);
    checkNewPassword(password, user);
    const std::string hash = hashPassword(password);
    auto& db = office_.db();
    const bool own = userId == office_.user().id;
    db.transaction([&] {
        data::UserRepository(db).setPassword(userId, hash, !own);
        audit(db, office_.user().id, "users", userId, "update",
              Changes().set("password", own ? "changed" : "reset"));
    });
}

void UserService::changeOwnPassword(const std::string& current, const std::string& next)
{
    const User me = get(office_.user().id);
    auto& db = office_.db();
    std::optional<data::SignInRecord> record;
    db.guarded([&] { record = data::UserRepository(db).signInRecord(me.login); });
    // An embedded office's user who never had a password sets the first one.
    if (record && !record->passwordHash.empty() && !passwordMatches(record->passwordHash, current))
        invalid(tr("The current password is wrong."), "current_password");
    if (current == next) invalid(tr("The new password is the same as the current one."), "password");
    checkNewPassword(next, me);
    const std::string hash = hashPassword(next);
    db.transaction([&] {
        data::UserRepository(db).setPassword(me.id, hash, false);
        audit(db, me.id, "users", me.id, "update", Changes().set("password", "changed"));
    });
    office_.reload();
}

std::vector<UserGroup> UserService::groups()
{
    std::vector<UserGroup> out;
    office_.db().guarded([&] { out = data::GroupRepository(office_.db()).all(); });
    return out;
}

UserGroup UserService::group(int64_t groupId)
{
    UserGroup out;
    office_.db().guarded([&] { out = requireGroup(office_.db(), groupId); });
    return out;
}

UserGroup UserService::groupByKey(const std::string& key)
{
    std::optional<UserGroup> out;
    office_.db().guarded([&] { out = data::GroupRepository(office_.db()).findByKey(key); });
    if (!out) notFound(format(tr("There is no user group {1}."), text::ltr(key)));
    return *out;
}

UserGroup UserService::addGroup(const std::string& typedKey, const std::string& typedName, const Permissions& permissions)
{
    office_.require(Permission::ManageUsers);
    UserGroup g;
    g.key = checkedGroupKey(typedKey);
    g.name = checkedGroupName(typedName);
    g.permissions = permissions;
    auto& db = office_.db();
    db.transaction([&] {
        data::GroupRepository groups(db);
        if (groups.findByKey(g.key))
            throw Error(ErrorKind::Conflict, format(tr("There is already a user group {1}."), text::ltr(g.key)), "key");
        g.id = groups.insert(g);
        audit(db, office_.user().id, "user_groups", g.id, "insert",
              Changes().set("key", g.key).set("name", g.name).set("permissions", permissionList(permissions)));
    });
    return group(g.id);
}

UserGroup UserService::renameGroup(int64_t groupId, const std::string& typedName, int64_t version)
{
    office_.require(Permission::ManageUsers);
    const std::string name = checkedGroupName(typedName);
    auto& db = office_.db();
    db.transaction([&] {
        const UserGroup before = requireGroup(db, groupId);
        if (before.name == name) return;
        if (!data::GroupRepository(db).rename(groupId, name, version)) throwStaleVersion(db, "user_groups", groupId);
        audit(db, office_.user().id, "user_groups", groupId, "update", Changes().change("name", before.name, name));
    });
    return group(groupId);
}

UserGroup UserService::setPermissions(int64_t groupId, const Permissions& permissions, int64_t version)
{
    office_.require(Permission::ManageUsers);
    auto& db = office_.db();
    db.transaction([&] {
        const UserGroup before = requireGroup(db, groupId);
        if (before.permissions == permissions) return;
        data::GroupRepository groups(db);
        if (!groups.touch(groupId, version)) throwStaleVersion(db, "user_groups", groupId);
        for (auto p : kAllPermissions) {
            if (permissions.has(p) && !before.permissions.has(p)) groups.grant(groupId, p);
            if (!permissions.has(p) && before.permissions.has(p)) groups.revoke(groupId, p);
        }
        keepAnAdministrator();
        audit(db, office_.user().id, "user_groups", groupId, "update",
              Changes().change("permissions", permissionList(before.permissions), permissionList(permissions)));
    });
    office_.reload();
    return group(groupId);
}

UserGroup UserService::grant(int64_t groupId, Permission p)
{
    UserGroup g = group(groupId);
    g.permissions.grant(p);
    return setPermissions(groupId, g.permissions, g.version);
}

UserGroup UserService::revoke(int64_t groupId, Permission p)
{
    UserGroup g = group(groupId);
    g.permissions.revoke(p);
    return setPermissions(groupId, g.permissions, g.version);
}

bool UserService::needsFirstAdministrator(const ConnectionUrl& url)
{
    auto db = data::Database::open(url, OpenMode::MustExist, data::MigrationPolicy::Apply, Access::ReadWrite);
    bool needs = true;
    db->guarded([&] { needs = data::UserRepository(*db).activeWith(Permission::ManageUsers, true) == 0; });
    return needs;
}

User UserService::createFirstAdministrator(const ConnectionUrl& url, const std::string& login,
                                           const std::string& displayName, const std::string& password,
                                           const std::string& officeName)
{
    User user;
    user.login = login;
    user.displayName = displayName;
    user = checkedUser(user);
    checkNewPassword(password, user);
    const std::string name = cleanText(officeName, tr("Office name"), kMaxNameLength, "office_name");
    const std::string hash = hashPassword(password);
    auto db = data::Database::open(url, OpenMode::MustExist, data::MigrationPolicy::Apply, Access::ReadWrite);
    db->transaction([&] {
        data::UserRepository users(*db);
        data::GroupRepository groups(*db);
        const auto admins = groups.findByKey(kAdministrators);
        if (!admins) throw Error(ErrorKind::Internal, "the office has no administrators group");
        if (users.activeWith(Permission::ManageUsers, true) > 0)
            throw Error(ErrorKind::Conflict,
                        tr("This office has an administrator already: the administrator adds users in Users."));
        User before;
        if (auto existing = users.findByLogin(user.login)) {
            before = *existing;
            User changed = *existing;
            changed.displayName = user.displayName;
            changed.groupId = admins->id;
            changed.groupKey = admins->key;
            changed.active = true;
            users.update(changed);
            user = changed;
        } else {
            user.groupId = admins->id;
            user.groupKey = admins->key;
            user.id = users.insert(user);
        }
        users.setPassword(user.id, hash, false);
        audit(*db, user.id, "users", user.id, before.id ? "update" : "insert",
              userChanges(before, user).set("password", "set"));
        if (!name.empty()) {
            data::SettingsRepository settings(*db);
            const std::string was = settings.office("office.name").value_or("");
            settings.setOffice("office.name", name);
            audit(*db, user.id, "office_settings", 0, "update", Changes().change("office.name", was, name));
        }
    });
    auto found = data::UserRepository(*db).find(user.id);
    return found.value_or(user);
}

} // namespace praklit::services
