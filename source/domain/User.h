#pragma once
// A user (משתמש) of the office: a lawyer or a member of staff, in a user
// group (קבוצת משתמשים) whose permissions say what the user may do.
#include "domain/Permission.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace praklit {

struct UserGroup {
    int64_t id = 0;
    std::string key;  // stable: administrators, partners, lawyers, interns, secretaries, accounting, or a made-up one
    std::string name; // as the office calls it (Hebrew for the built-in groups)
    bool builtIn = false;
    Permissions permissions;
    int64_t version = 1;
};

// The keys of the groups every office starts with.
inline constexpr const char* kAdministrators = "administrators";
inline constexpr const char* kLawyers = "lawyers";

struct User {
    int64_t id = 0;
    std::string login;
    std::string displayName;
    std::string email;
    std::string title; // the user's role in the office: עו"ד, מתמחה, מזכירה …
    int64_t groupId = 0;
    std::string groupKey;
    bool active = true;
    bool hasPassword = false;
    bool mustChangePassword = false;
    int64_t version = 1;

    // The display name, else the login: how the user appears on screens and in the log.
    std::string shownName() const { return displayName.empty() ? login : displayName; }
};

std::string validatedLogin(std::string login);
// A user as typed in the dialog or the CLI: login, names and e-mail cleaned and checked.
User checkedUser(User user);
// A group's key as typed: lower-case letters, digits and "-".
std::string checkedGroupKey(std::string key);
std::string checkedGroupName(std::string name);

inline constexpr size_t kMinPasswordLength = 8;
// A new password: long enough, not the login or the display name (nor one
// of their words), not all one character. One sentence when refused.
void checkNewPassword(const std::string& password, const User& user);

} // namespace praklit
