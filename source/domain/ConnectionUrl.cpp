#include "domain/ConnectionUrl.h"

#include "domain/Error.h"
#include "text/Secrets.h"
#include "text/Translate.h"

#include <algorithm>
#include <array>

namespace praklit {

using text::format;
using text::tr;

namespace {

constexpr std::string_view kSqlitePrefix = "sqlite3://";
constexpr std::string_view kPostgresPrefix = "postgresql://";

// libpq's connection keywords (PostgreSQL 15): anything else is a typo.
constexpr std::array kPostgresKeywords = {
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "sslmode", "requiressl", "sslcompression", "sslcert", "sslkey", "sslpassword", "sslrootcert",
    "sslcrl", "sslcrldir", "sslsni", "requirepeer", "ssl_min_protocol_version", "ssl_max_protocol_version",
    "gssencmode", "krbsrvname", "gsslib", "service", "target_session_attrs", "load_balance_hosts"};

[[noreturn]] void malformed(const std::string& why)
{
    throw Error(ErrorKind::InvalidInput, why, "database");
}

std::string quoteValue(const std::string& value)
{
    if (!value.empty() && value.find_first_of(" '\\\t") == std::string::npos) return value;
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "'";
}

// libpq's keyword = value syntax: values bare or in single quotes with \' and \\.
std::vector<std::pair<std::string, std::string>> parseKeywords(std::string_view s)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::string previousKey;
    size_t i = 0;
    auto skipSpaces = [&] {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= s.size()) break;
        const size_t keyStart = i;
        while (i < s.size() && s[i] != '=' && s[i] != ' ' && s[i] != '\t') ++i;
        std::string key(s.substr(keyStart, i - keyStart));
        skipSpaces();
        // A word after an unquoted password with a space in it is the
        // password's tail: the sentence must not echo it.
        const bool afterPassword = previousKey == "password";
        const auto passwordTail = [] {
            malformed(tr("The connection string is malformed after the password: write a password with spaces in "
                         "single quotes (password='…'), and check the setting after it."));
        };
        if ((i >= s.size() || s[i] != '=') && afterPassword) passwordTail();
        if (i >= s.size() || s[i] != '=')
            malformed(format(tr("The connection string is malformed: \"{1}\" has no value (write {1}=VALUE)."), key));
        ++i;
        skipSpaces();
        std::string value;
        if (i < s.size() && s[i] == '\'') {
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == '\\' && i + 1 < s.size()) {
                    value.push_back(s[i + 1]);
                    i += 2;
                } else if (s[i] == '\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value.push_back(s[i++]);
                }
            }
            if (!closed) malformed(format(tr("The connection string is malformed: the quote after \"{1}=\" is not closed."), key));
        } else {
            while (i < s.size() && s[i] != ' ' && s[i] != '\t') value.push_back(s[i++]);
        }
        const bool known = std::find(kPostgresKeywords.begin(), kPostgresKeywords.end(), key) != kPostgresKeywords.end();
        if (!known && afterPassword) passwordTail();
        if (!known)
            malformed(format(tr("The connection string is malformed: \"{1}\" is not a PostgreSQL connection setting."), key));
        if (value.empty() && key != "password")
            malformed(format(tr("The connection string is malformed: \"{1}\" has an empty value."), key));
        previousKey = key;
        // A keyword given twice takes its last value, as libpq does: what
        // the program says about the connection is what libpq was told.
        const auto same = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == key; });
        if (same != out.end())
            same->second = std::move(value);
        else
            out.emplace_back(std::move(key), std::move(value));
    }
    return out;
}

} // namespace

ConnectionUrl ConnectionUrl::sqliteFile(const std::filesystem::path& path)
{
    ConnectionUrl url;
    url.backend_ = Backend::SQLite;
    url.sqlitePath_ = path;
    return url;
}

ConnectionUrl ConnectionUrl::parse(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) text.remove_suffix(1);
    ConnectionUrl url;
    if (text.starts_with(kSqlitePrefix)) {
        std::string_view rest = text.substr(kSqlitePrefix.size());
        if (rest.starts_with("db=")) rest.remove_prefix(3);
        std::string path;
        if (rest.starts_with('"')) {
            const auto close = rest.find('"', 1);
            if (close == std::string_view::npos)
                malformed(tr("The connection string is malformed: the quote around the file name is not closed."));
            path = std::string(rest.substr(1, close - 1));
        } else {
            path = std::string(rest);
        }
        if (path.empty())
            malformed(tr("The connection string is malformed: give the database file, as in sqlite3://db=/path/office.db."));
        url.sqlitePath_ = path;
        return url;
    }
    if (text.starts_with(kPostgresPrefix)) {
        url.backend_ = Backend::PostgreSQL;
        const std::string_view rest = text.substr(kPostgresPrefix.size());
        if (rest.find('=') == std::string_view::npos)
            malformed(tr("The connection string is malformed: write it as postgresql://host=HOST port=PORT dbname=NAME user=USER."));
        url.params_ = parseKeywords(rest);
        const auto port = url.get("port");
        if (!port.empty() && (port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5 ||
                              std::stoi(port) == 0 || std::stoi(port) > 65535))
            malformed(format(tr("The connection string is malformed: the port \"{1}\" is not a number from 1 to 65535."), port));
        return url;
    }
    malformed(format(tr("\"{1}\" is not a database connection string: it must begin with sqlite3:// or postgresql://."),
                     text::redactSecrets(text)));
}

std::string ConnectionUrl::get(std::string_view key) const
{
    for (const auto& [k, v] : params_)
        if (k == key) return v;
    return {};
}

void ConnectionUrl::set(const std::string& key, const std::string& value)
{
    for (auto& [k, v] : params_)
        if (k == key) {
            v = value;
            return;
        }
    params_.emplace_back(key, value);
}

void ConnectionUrl::erase(std::string_view key)
{
    std::erase_if(params_, [&](const auto& p) { return p.first == key; });
}

std::string ConnectionUrl::render(bool withPassword) const
{
    if (backend_ == Backend::SQLite) {
        const std::string path = sqlitePath_.string();
        return std::string(kSqlitePrefix) + "db=" + (path.find(' ') != std::string::npos ? "\"" + path + "\"" : path);
    }
    std::string out(kPostgresPrefix);
    bool first = true;
    for (const auto& [k, v] : params_) {
        if (k == "password" && !withPassword) continue;
        if (!first) out += ' ';
        out += k + "=" + quoteValue(v);
        first = false;
    }
    return out;
}

std::string ConnectionUrl::withPassword() const { return render(true); }
std::string ConnectionUrl::text() const { return render(false); }

std::string ConnectionUrl::display() const
{
    if (backend_ == Backend::SQLite) return sqlitePath_.filename().string() + " (SQLite)";
    std::string host = get("host");
    if (host.empty()) host = "localhost";
    const std::string port = get("port").empty() ? "5432" : get("port");
    std::string db = get("dbname");
    if (db.empty()) db = get("user");
    return db + " @ " + host + ":" + port + " (PostgreSQL)";
}

} // namespace praklit
