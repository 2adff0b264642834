#pragma once
// Translation for every layer below the UI: Boost.Locale reading the same
// gettext catalogs (locale/<lang>/LC_MESSAGES/praklit.mo) that wx reads.
#include <boost/locale/format.hpp>
#include <string>
#include <utility>

namespace praklit::text {

const std::locale& currentLocale();

// The message in the language chosen at start-up (English msgid if none).
std::string tr(const char* msgid);
// Marks a msgid kept in a table for the catalog; tr() translates it where it is shown.
constexpr const char* N_(const char* msgid) { return msgid; }
std::string trn(const char* singular, const char* plural, long n);

// Positional arguments, `{1}`, `{2}` …, so translators may reorder them.
template <typename... Args>
std::string format(const std::string& pattern, Args&&... args)
{
    boost::locale::format f(pattern);
    ((f % std::forward<Args>(args)), ...);
    return f.str(currentLocale());
}

} // namespace praklit::text
