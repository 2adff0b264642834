#include "ui/office/DatabaseChoice.h"

namespace praklit::ui {

namespace {

std::string quoted(const std::string& value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "'";
}

} // namespace

DatabaseChoice DatabaseChoice::from(const ConnectionUrl& url)
{
    DatabaseChoice choice;
    choice.backend = url.backend();
    if (url.backend() == Backend::SQLite) {
        const auto u8 = url.sqlitePath().u8string();
        choice.sqlitePath.assign(u8.begin(), u8.end());
        return choice;
    }
    choice.host = url.get("host");
    choice.port = url.get("port");
    choice.dbname = url.get("dbname");
    choice.user = url.get("user");
    choice.password = url.get("password");
    return choice;
}

ConnectionUrl DatabaseChoice::url(const ConnectionUrl& base) const
{
    if (backend == Backend::SQLite) {
        if (sqlitePath.empty()) return ConnectionUrl::parse("sqlite3://db="); // throws its sentence
        return ConnectionUrl::sqliteFile(std::filesystem::path(std::u8string(sqlitePath.begin(), sqlitePath.end())));
    }

    std::string text = "postgresql://";
    const std::pair<const char*, const std::string*> fields[] = {
        {"host", &host}, {"port", &port}, {"dbname", &dbname}, {"user", &user}};
    for (const auto& [key, value] : fields)
        if (!value->empty()) text += std::string(key) + "=" + quoted(*value) + " ";
    const auto typed = ConnectionUrl::parse(text);

    auto url = base.backend() == Backend::PostgreSQL ? base : typed;
    for (const auto& [key, value] : fields) {
        if (value->empty()) url.erase(key);
        else url.set(key, typed.get(key));
    }
    if (password.empty()) url.erase("password");
    else url.set("password", password);
    return url;
}

} // namespace praklit::ui
