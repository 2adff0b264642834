#pragma once
// A contact's role (תפקיד): רפרנט, מנהל מחלקה … — a list every user shares.
#include <cstdint>
#include <string>
#include <vector>

namespace praklit {

struct ContactRole {
    int64_t id = 0;
    std::string name;
    bool builtIn = false;
};

// The roles every new office starts with, in Hebrew as the office uses them.
const std::vector<std::string>& builtInRoleNames();

std::string validatedRoleName(std::string name);

} // namespace praklit
