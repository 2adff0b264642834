#pragma once
// The layers below speak UTF-8 std::string, int64_t counts and calendar
// numbers; wx speaks wxString, unsigned plural counts and wxDateTime. Convert
// explicitly, in one place, so nothing depends on the C library's locale
// (he_IL may be absent) and no narrowing happens unseen.
#include <wx/datetime.h>
#include <wx/string.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>

namespace praklit::ui {

inline wxString wx(const std::string& utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }
inline std::string utf8(const wxString& s) { return s.utf8_string(); }
// What a field holds, spaces at its ends trimmed (never for passwords).
inline std::string trimmedUtf8(const wxString& s) { return utf8(wxString(s).Trim(true).Trim(false)); }

inline wxString wxPath(const std::filesystem::path& path)
{
    const std::u8string u = path.u8string();
    return wxString::FromUTF8(reinterpret_cast<const char*>(u.data()), u.size());
}

inline std::filesystem::path pathOf(const wxString& s)
{
    const std::string u = utf8(s);
    return std::filesystem::path(std::u8string(u.begin(), u.end()));
}

// wxPLURAL counts in unsigned: a count past it takes the form of its largest.
inline unsigned pluralCount(int64_t n)
{
    return static_cast<unsigned>(std::clamp<int64_t>(n, 0, std::numeric_limits<unsigned>::max()));
}

// A calendar day (month 1-12) as the midnight wx's date pickers show.
inline wxDateTime wxDay(int year, int month, int day)
{
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(day), static_cast<wxDateTime::Month>(month - 1), year);
}

} // namespace praklit::ui
