#include "text/Secrets.h"

#include <algorithm>
#include <cctype>

namespace praklit::text {

namespace {

constexpr std::string_view kMask = "***";

bool keyChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool namesSecret(const std::string& key)
{
    return key.find("password") != std::string::npos || key.find("passwd") != std::string::npos;
}

bool endsWithSecret(const std::string& key) { return key.ends_with("password") || key.ends_with("passwd"); }

// The end of a value starting at `i`: quoted ('…' or "…", backslash escapes,
// as libpq and JSON write them) or bare up to white space. An unclosed quote
// runs to the end: better too much hidden than a password's tail shown.
size_t valueEnd(std::string_view s, size_t i)
{
    if (i < s.size() && (s[i] == '\'' || s[i] == '"')) {
        const char quote = s[i++];
        while (i < s.size()) {
            if (s[i] == '\\' && i + 1 < s.size())
                i += 2;
            else if (s[i++] == quote)
                return i;
        }
        return s.size();
    }
    while (i < s.size() && !space(s[i])) ++i;
    return i;
}

size_t skipSpaces(std::string_view s, size_t i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i;
}

} // namespace

std::string redactSecrets(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        // scheme://user:SECRET@host
        if (s.substr(i).starts_with("://")) {
            out += "://";
            i += 3;
            size_t j = i;
            while (j < s.size() && !space(s[j]) && s[j] != ':' && s[j] != '/' && s[j] != '@') ++j;
            if (j < s.size() && s[j] == ':') {
                size_t k = j + 1;
                while (k < s.size() && !space(s[k]) && s[k] != '/' && s[k] != '@') ++k;
                if (k < s.size() && s[k] == '@' && k > j + 1) {
                    out.append(s.substr(i, j + 1 - i)).append(kMask);
                    i = k;
                }
            }
            continue;
        }
        if (!keyChar(s[i]) || (i > 0 && keyChar(s[i - 1]))) {
            out.push_back(s[i++]);
            continue;
        }
        size_t end = i;
        while (end < s.size() && keyChar(s[end])) ++end;
        const std::string key = lower(s.substr(i, end - i));
        out.append(s.substr(i, end - i));
        i = end;
        if (!namesSecret(key)) continue;
        // NAME=VALUE, NAME = 'VALUE', "NAME": "VALUE"
        size_t j = i;
        const bool quotedKey = j < s.size() && (s[j] == '"' || s[j] == '\'') && i > 0;
        if (quotedKey) ++j;
        j = skipSpaces(s, j);
        if (j < s.size() && (s[j] == '=' || (quotedKey && s[j] == ':'))) {
            const size_t valueStart = skipSpaces(s, j + 1);
            const size_t valueStop = valueEnd(s, valueStart);
            if (valueStop > valueStart) {
                out.append(s.substr(i, valueStart - i)).append(kMask);
                i = valueStop;
            }
            continue;
        }
        // --password VALUE (not --password-stdin, which takes none)
        if (key.starts_with("-") && endsWithSecret(key) && i < s.size() && space(s[i])) {
            const size_t valueStart = skipSpaces(s, i);
            if (valueStart < s.size() && s[valueStart] != '-' && !space(s[valueStart])) {
                out.append(s.substr(i, valueStart - i)).append(kMask);
                i = valueEnd(s, valueStart);
            }
        }
    }
    return out;
}

} // namespace praklit::text
