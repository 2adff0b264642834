#pragma once
#include <string>
#include <string_view>

namespace praklit::text {

// The form in which names, numbers and e-mails are stored for search and
// typed queries are compared: niqqud and cantillation removed, final letters
// folded to their regular forms, geresh/gershayim variants unified, Latin
// case-folded, runs of spaces collapsed.
std::string searchKey(std::string_view text);

// Only the ASCII digits of a text: phones and ID numbers as typed.
std::string digitsOnly(std::string_view text);

// A byte string whose bytewise order is the ICU collation order of `text`
// in the current language (Hebrew before Latin), hex-encoded so that both
// SQLite and PostgreSQL can store and index it as text.
std::string collationKey(std::string_view text);

} // namespace praklit::text
