#pragma once
#include "domain/User.h"
#include "services/OfficeSession.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::services {

// The office's users and user groups. Managing them needs ManageUsers;
// everyone may read the list of users (a case's lawyer is chosen from it)
// and change their own password.
class UserService {
public:
    explicit UserService(OfficeSession& office) : office_(office) {}

    std::vector<User> list();
    User get(int64_t userId);
    User byLogin(const std::string& login);
    // A new user with a first password, which the user must change at the
    // first sign-in unless `mustChange` is false (the office's first administrator).
    User add(User user, const std::string& password, bool mustChange = true);
    // Login, names, e-mail, role, group and active; refused when the version is stale.
    User update(User user);
    User setActive(int64_t userId, bool active);
    // An administrator's reset: the user must choose a new one at the next sign-in.
    void resetPassword(int64_t userId, const std::string& password);
    // The signed-in user's own change, with the current password.
    void changeOwnPassword(const std::string& current, const std::string& next);

    std::vector<UserGroup> groups();
    UserGroup group(int64_t groupId);
    UserGroup groupByKey(const std::string& key);
    UserGroup addGroup(const std::string& key, const std::string& name, const Permissions& permissions);
    UserGroup renameGroup(int64_t groupId, const std::string& name, int64_t version);
    // Permissions of a group, all at once (the groups dialog) or one by one (the CLI).
    UserGroup setPermissions(int64_t groupId, const Permissions& permissions, int64_t version);
    UserGroup grant(int64_t groupId, Permission p);
    UserGroup revoke(int64_t groupId, Permission p);

    // The first administrator of a new office (the first-run dialog, `db init
    // --admin`): allowed while no administrator of the office has a
    // password, so an office that had no passwords gets its first one.
    // Also names the office (its letterhead) when `officeName` is given.
    static User createFirstAdministrator(const ConnectionUrl& url, const std::string& login,
                                         const std::string& displayName, const std::string& password,
                                         const std::string& officeName = {});
    // Whether an office still needs its first administrator.
    static bool needsFirstAdministrator(const ConnectionUrl& url);

private:
    // Refuses a change that would leave nobody able to manage users.
    void keepAnAdministrator();
    OfficeSession& office_;
};

} // namespace praklit::services
