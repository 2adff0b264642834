#pragma once
#include "data/Database.h"
#include "domain/User.h"
#include "text/Timestamp.h"

#include <optional>
#include <vector>

namespace praklit::data {

// What signing in reads and counts: never shown, never leaves the data layer
// and the sign-in service.
struct SignInRecord {
    User user;
    std::string passwordHash; // empty when none is set
    int failedSignIns = 0;
    std::optional<text::Timestamp> lockedUntil;
};

class UserRepository {
public:
    explicit UserRepository(Database& db) : db_(db) {}
    std::optional<User> findByLogin(const std::string& login);
    std::optional<User> find(int64_t id);
    int64_t insert(const User& user);
    // Login, names, e-mail, title, group and active; false when the version is stale.
    bool update(const User& user);
    std::vector<User> all(); // by login
    int64_t count();
    // Active users whose group has `p` (with a password set, when asked).
    int64_t activeWith(Permission p, bool withPassword);

    std::optional<SignInRecord> signInRecord(const std::string& login);
    void setPassword(int64_t userId, const std::string& hash, bool mustChange);
    // One more failed try, atomically; locks the user until `lockUntil` when
    // the count reaches `limit` (and starts the count again).
    void failedSignIn(int64_t userId, int limit, text::Timestamp lockUntil);
    void signedIn(int64_t userId);

private:
    std::vector<User> select(const std::string& where, const std::string& login, int64_t id);
    Database& db_;
};

// User groups and what each may do.
class GroupRepository {
public:
    explicit GroupRepository(Database& db) : db_(db) {}
    std::vector<UserGroup> all(); // built-in first, then by name
    std::optional<UserGroup> find(int64_t id);
    std::optional<UserGroup> findByKey(const std::string& key);
    int64_t insert(const UserGroup& group);
    bool rename(int64_t id, const std::string& name, int64_t version);
    void grant(int64_t groupId, Permission p);
    void revoke(int64_t groupId, Permission p);
    bool touch(int64_t id, int64_t version); // a change of permissions is a new version of the group

private:
    Permissions permissionsOf(int64_t groupId);
    Database& db_;
};

} // namespace praklit::data
