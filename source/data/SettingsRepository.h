#pragma once
#include "data/Database.h"

#include <map>
#include <optional>
#include <string>

namespace praklit::data {

// Office-wide settings (rounding, documents folder) and each user's own
// (time counter conditions): key/value rows, so they follow the office and
// the user to any workstation.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : db_(db) {}
    std::optional<std::string> office(const std::string& key);
    // A number setting; `fallback` when it is unset or not a number.
    int officeInt(const std::string& key, int fallback);
    void setOffice(const std::string& key, const std::string& value);
    std::map<std::string, std::string> user(int64_t userId);
    void setUser(int64_t userId, const std::string& key, const std::string& value);

private:
    Database& db_;
};

} // namespace praklit::data
