#pragma once
#include "data/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace praklit::data {

// The clients' search index: `search_words`, a row for every word of a
// client's search key, kept in the client's collation order so that an
// index range on a word's beginning reads its clients already in the order
// the list shows them. Its forms:
enum class WordForm : int {
    Exact = 0, // a word of the search key, as stored (numbers as digits)
    Loose = 1, // a forgiving spelling of a word, then a space and the word itself
    Pair = 2,  // two words of the name, in either order ("כהן משה", "משה כהן")
};

struct SearchWord {
    WordForm form;
    std::string word;
};

// The rows of one client: from its search key and its display name.
std::vector<SearchWord> searchWordsOf(const std::string& searchKey, const std::string& displayName);

// What typing from the middle of a word is looked for in: the client's words
// of four letters or more, each without its first letter, between spaces.
std::string wordTails(const std::vector<SearchWord>& words);

class SearchWords {
public:
    explicit SearchWords(Database& db) : db_(db) {}

    // Replaces the client's rows, inside the caller's transaction.
    void write(int64_t entityId, const std::string& searchKey, const std::string& displayName, const std::string& sortKey);

    // Indexes every client whose id is above `afterId` in one pass: after a
    // bulk load, and when an office is upgraded to this index. `large`: many
    // clients, so on PostgreSQL the index's own indexes are built once after
    // the rows rather than row by row.
    void build(int64_t afterId, bool large);

private:
    Database& db_;
};

} // namespace praklit::data
