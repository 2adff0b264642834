#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace praklit::text {

// The form in which names, numbers and e-mails are stored for search and
// typed queries are compared: niqqud and cantillation removed, final letters
// folded to their regular forms, geresh/gershayim variants unified, Latin
// case-folded, runs of spaces collapsed.
std::string searchKey(std::string_view text);

// A typed query as the words to find, each already a search key. A query
// that is a number written with separators (050-123 4567, +972 50…,
// 12345-01-24, 039-337-423) becomes its digits, as numbers are stored.
// Hyphens, dots and other marks inside a word part it (תל-אביב is תל and
// אביב); geresh and gershayim are left out (בע"מ is בעמ, ג'ורג' is גורג).
std::vector<std::string> searchWords(std::string_view query);

// The words a search key is found by: its words parted as searchWords
// parts a query, and a word that marks parted also whole, without them
// (תל-אביב gives תל, אביב and תלאביב); a number written in parts only whole
// (12345-01-24 is 123450124); an e-mail address by the parts of its name
// and of its domain but the last.
std::vector<std::string> indexWords(std::string_view searchKey);

// The range of collation keys (collationKey) of the texts that begin with
// `prefix` at the primary level (case, niqqud and final letters aside):
// from <= key < to.
struct CollationRange {
    std::string from, to;
};
CollationRange collationPrefixRange(std::string_view prefix);

// Only the ASCII digits of a text: phones and ID numbers as typed.
std::string digitsOnly(std::string_view text);

// A byte string whose bytewise order is the ICU collation order of `text`
// in the current language (Hebrew before Latin), hex-encoded so that both
// SQLite and PostgreSQL can store and index it as text.
std::string collationKey(std::string_view text);

} // namespace praklit::text
