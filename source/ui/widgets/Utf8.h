#pragma once
// The layers below speak UTF-8 std::string; wx speaks wxString. Convert
// explicitly so nothing depends on the C library's locale (he_IL may be absent).
#include <wx/string.h>

#include <filesystem>
#include <string>

namespace praklit::ui {

inline wxString wx(const std::string& utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }
inline std::string utf8(const wxString& s) { return s.utf8_string(); }

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

} // namespace praklit::ui
