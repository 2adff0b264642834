#include "data/UserRepository.h"

#include <soci/soci.h>

namespace praklit::data {

namespace {
const char* kUserSelect =
    "select u.id, u.login, u.display_name, case when u.active then 1 else 0 end, u.email, u.title, "
    "coalesce(u.group_id, 0), coalesce(g.key, ''), case when u.password_hash is null then 0 else 1 end, "
    "case when u.must_change_password then 1 else 0 end, u.version "
    "from users u left join user_groups g on g.id = u.group_id ";
}

std::vector<User> UserRepository::select(const std::string& where, const std::string& login, int64_t key)
{
    std::vector<User> out;
    User u;
    long long id = 0, k = key, group = 0, version = 0;
    int active = 0, hasPassword = 0, mustChange = 0;
    std::string l = login;
    soci::statement st = (db_.sql().prepare << std::string(kUserSelect) + where, soci::into(id), soci::into(u.login),
                          soci::into(u.displayName), soci::into(active), soci::into(u.email), soci::into(u.title),
                          soci::into(group), soci::into(u.groupKey), soci::into(hasPassword), soci::into(mustChange),
                          soci::into(version));
    if (where.find(":l") != std::string::npos) st.exchange(soci::use(l, "l"));
    if (where.find(":k") != std::string::npos) st.exchange(soci::use(k, "k"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        u.id = id;
        u.active = active != 0;
        u.groupId = group;
        u.hasPassword = hasPassword != 0;
        u.mustChangePassword = mustChange != 0;
        u.version = version;
        out.push_back(u);
    }
    return out;
}

std::optional<User> UserRepository::findByLogin(const std::string& login)
{
    auto found = select("where u.login = :l", login, 0);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<User> UserRepository::find(int64_t id)
{
    auto found = select("where u.id = :k", {}, id);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<User> UserRepository::all() { return select("order by u.login", {}, 0); }

int64_t UserRepository::count()
{
    long long n = 0;
    db_.sql() << "select count(*) from users", soci::into(n);
    return n;
}

int64_t UserRepository::activeWith(Permission p, bool withPassword)
{
    long long n = 0;
    const std::string key(permissionKey(p));
    db_.sql() << "select count(*) from users u join group_permissions p on p.group_id = u.group_id "
                 "and p.permission = :p where u.active = " +
                     std::string(db_.backend() == Backend::PostgreSQL ? "true" : "1") +
                     (withPassword ? " and u.password_hash is not null" : ""),
        soci::use(key), soci::into(n);
    return n;
}

int64_t UserRepository::insert(const User& u)
{
    long long id = 0, group = u.groupId;
    soci::indicator groupInd = u.groupId ? soci::i_ok : soci::i_null;
    const int active = u.active ? 1 : 0;
    const std::string now = text::toDatabaseText(text::now());
    db_.sql() << "insert into users (login, display_name, email, title, group_id, active, created_at, version) "
                 "values (:l, :d, :e, :t, :g, :a, :c, 1) returning id",
        soci::use(u.login), soci::use(u.displayName), soci::use(u.email), soci::use(u.title), soci::use(group, groupInd),
        soci::use(active), soci::use(now), soci::into(id);
    return id;
}

bool UserRepository::update(const User& u)
{
    long long id = u.id, group = u.groupId, version = u.version;
    soci::indicator groupInd = u.groupId ? soci::i_ok : soci::i_null;
    const int active = u.active ? 1 : 0;
    soci::statement st = (db_.sql().prepare << "update users set login = :l, display_name = :d, email = :e, title = :t, "
                                               "group_id = :g, active = :a, version = version + 1 "
                                               "where id = :id and version = :v",
                          soci::use(u.login), soci::use(u.displayName), soci::use(u.email), soci::use(u.title),
                          soci::use(group, groupInd), soci::use(active), soci::use(id), soci::use(version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

std::optional<SignInRecord> UserRepository::signInRecord(const std::string& login)
{
    auto user = findByLogin(login);
    if (!user) return std::nullopt;
    SignInRecord r;
    r.user = *user;
    long long id = user->id;
    int failed = 0;
    std::string hash, locked;
    soci::indicator hashInd, lockedInd;
    db_.sql() << "select password_hash, failed_sign_ins, locked_until from users where id = :id", soci::use(id),
        soci::into(hash, hashInd), soci::into(failed), soci::into(locked, lockedInd);
    if (hashInd == soci::i_ok) r.passwordHash = hash;
    r.failedSignIns = failed;
    if (lockedInd == soci::i_ok) r.lockedUntil = text::parseTimestamp(locked);
    return r;
}

void UserRepository::setPassword(int64_t userId, const std::string& hash, bool mustChange)
{
    long long id = userId;
    const int must = mustChange ? 1 : 0;
    const std::string now = text::toDatabaseText(text::now());
    db_.sql() << "update users set password_hash = :h, must_change_password = :m, password_changed_at = :t, "
                 "failed_sign_ins = 0, locked_until = null, version = version + 1 where id = :id",
        soci::use(hash), soci::use(must), soci::use(now), soci::use(id);
}

void UserRepository::failedSignIn(int64_t userId, int limit, text::Timestamp lockUntil)
{
    long long id = userId;
    const int l = limit;
    const std::string until = text::toDatabaseText(lockUntil);
    // One statement: two workstations trying at once both count.
    db_.sql() << "update users set "
                 "locked_until = case when failed_sign_ins + 1 >= :l1 then :u else locked_until end, "
                 "failed_sign_ins = case when failed_sign_ins + 1 >= :l2 then 0 else failed_sign_ins + 1 end "
                 "where id = :id",
        soci::use(l, "l1"), soci::use(until, "u"), soci::use(l, "l2"), soci::use(id, "id");
}

void UserRepository::signedIn(int64_t userId)
{
    long long id = userId;
    db_.sql() << "update users set failed_sign_ins = 0, locked_until = null where id = :id", soci::use(id);
}

// --- groups ---

Permissions GroupRepository::permissionsOf(int64_t groupId)
{
    Permissions out;
    long long g = groupId;
    std::string key;
    soci::statement st = (db_.sql().prepare << "select permission from group_permissions where group_id = :g",
                          soci::use(g), soci::into(key));
    st.execute();
    while (st.fetch())
        if (auto p = permissionFromKey(key)) out.grant(*p);
    return out;
}

std::vector<UserGroup> GroupRepository::all()
{
    std::vector<UserGroup> out;
    UserGroup g;
    long long id = 0, version = 0;
    int builtIn = 0;
    soci::statement st = (db_.sql().prepare << "select id, key, name, case when built_in then 1 else 0 end, version "
                                               "from user_groups order by built_in desc, id",
                          soci::into(id), soci::into(g.key), soci::into(g.name), soci::into(builtIn), soci::into(version));
    st.execute();
    while (st.fetch()) {
        g.id = id;
        g.builtIn = builtIn != 0;
        g.version = version;
        out.push_back(g);
    }
    for (auto& group : out) group.permissions = permissionsOf(group.id);
    return out;
}

std::optional<UserGroup> GroupRepository::find(int64_t id)
{
    for (auto& g : all())
        if (g.id == id) return g;
    return std::nullopt;
}

std::optional<UserGroup> GroupRepository::findByKey(const std::string& key)
{
    for (auto& g : all())
        if (g.key == key) return g;
    return std::nullopt;
}

int64_t GroupRepository::insert(const UserGroup& g)
{
    long long id = 0;
    const int builtIn = 0;
    db_.sql() << "insert into user_groups (key, name, built_in, version) values (:k, :n, :b, 1) returning id",
        soci::use(g.key), soci::use(g.name), soci::use(builtIn), soci::into(id);
    for (auto p : kAllPermissions)
        if (g.permissions.has(p)) grant(id, p);
    return id;
}

bool GroupRepository::rename(int64_t id, const std::string& name, int64_t version)
{
    long long i = id, v = version;
    soci::statement st = (db_.sql().prepare << "update user_groups set name = :n, version = version + 1 "
                                               "where id = :id and version = :v",
                          soci::use(name), soci::use(i), soci::use(v));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

void GroupRepository::grant(int64_t groupId, Permission p)
{
    long long g = groupId;
    const std::string key(permissionKey(p));
    long long n = 0;
    db_.sql() << "select count(*) from group_permissions where group_id = :g and permission = :p", soci::use(g),
        soci::use(key), soci::into(n);
    if (n == 0)
        db_.sql() << "insert into group_permissions (group_id, permission) values (:g, :p)", soci::use(g), soci::use(key);
}

void GroupRepository::revoke(int64_t groupId, Permission p)
{
    long long g = groupId;
    const std::string key(permissionKey(p));
    db_.sql() << "delete from group_permissions where group_id = :g and permission = :p", soci::use(g), soci::use(key);
}

bool GroupRepository::touch(int64_t id, int64_t version)
{
    long long i = id, v = version;
    soci::statement st = (db_.sql().prepare << "update user_groups set version = version + 1 where id = :id and version = :v",
                          soci::use(i), soci::use(v));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

} // namespace praklit::data
