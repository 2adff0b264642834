#pragma once
#include "domain/Backend.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace praklit {

// Which office database to open, as a SOCI connection string:
//   sqlite3://db=PATH          (PATH may be quoted: db="C:\My Office\office.db")
//   postgresql://host=H port=P dbname=D user=U [password=…] [any libpq keyword]
// Parsing checks the form and throws Error(InvalidInput) with one sentence.
class ConnectionUrl {
public:
    static ConnectionUrl parse(std::string_view text);
    static ConnectionUrl sqliteFile(const std::filesystem::path& path);

    Backend backend() const { return backend_; }
    const std::filesystem::path& sqlitePath() const { return sqlitePath_; }

    // PostgreSQL keyword value, empty when absent.
    std::string get(std::string_view key) const;
    void set(const std::string& key, const std::string& value);
    void erase(std::string_view key);

    // The whole string, the password included when there is one: what the
    // database library is given, never shown or stored.
    std::string withPassword() const;
    // The same without the password: for configuration files, logs, screens.
    std::string text() const;
    // "office.db (SQLite)" or "praklit @ db.office:5432 (PostgreSQL)".
    std::string display() const;

private:
    std::string render(bool withPassword) const;

    Backend backend_ = Backend::SQLite;
    std::filesystem::path sqlitePath_;
    std::vector<std::pair<std::string, std::string>> params_;
};

} // namespace praklit
