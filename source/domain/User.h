#pragma once
// A user (משתמש) of the office: a lawyer or a member of staff.
#include <cstdint>
#include <string>

namespace praklit {

struct User {
    int64_t id = 0;
    std::string login;
    std::string displayName;
    bool active = true;
};

std::string validatedLogin(std::string login);

} // namespace praklit
