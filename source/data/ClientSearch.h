#pragma once
#include "data/Database.h"
#include "domain/ClientSummary.h"
#include "text/SearchKey.h"

#include <cstdint>
#include <string>
#include <vector>

namespace praklit::data {

// One search of the clients list, as the search screen asks it keystroke
// after keystroke: the clients in the order the list shows them (kinds of
// match best first, see SearchMatch; each kind in collation order), a page
// at a time, and how many there are, counted only as far as the list needs.
//
// Every kind of match is read from an index whose order is the list's
// order, or from a range small enough to sort, so that a page costs about
// the same at a million clients as at a thousand:
//   - NameStart: the range of entities' collation keys that begin with the
//     text typed (entities_sort);
//   - WordStart: the range of search_words beginning with the rarest word
//     typed (or with two words of the name, when every word typed is
//     common), the other words checked client by client; a range too large
//     to sort is read by walking the clients in collation order instead;
//   - Inside: the trigram index of words but their first letter;
//   - Forgiving: the range of forgiving spellings (text/LooseSpelling.h).
class ClientSearch {
public:
    // `typed`: the query as its search key; `words`: text::searchWords of it.
    ClientSearch(Database& db, std::string typed, std::vector<std::string> words);

    // The page's clients, with why each is there.
    std::vector<std::pair<int64_t, SearchMatch>> page(int64_t offset, int64_t limit);
    // Counted up to `cap`.
    SearchCount count(int64_t cap);

private:
    // One kind of match, as SQL.
    struct Tier {
        enum class Mode {
            Entities, // rows of entities, in collation order
            Sorted, // rows of search_words, sorted
            Walk,   // the clients in collation order, each checked
        };
        SearchMatch match = SearchMatch::Listed;
        Mode mode = Mode::Entities;
        std::string where = {}; // the condition, on `s` (search_words) or `e` (entities)
        std::vector<std::string> values = {};
        bool bounded = false; // Sorted: the rows are cut at kSortedRange
        // Walk: counted on a range of search_words (`s`) instead of by walking.
        std::string countWhere = {};
        std::vector<std::string> countValues = {};
        bool approximate = false; // the count may exceed the matches
    };


    std::vector<int64_t> ids(const Tier& tier, int64_t offset, int64_t limit);
    int64_t size(const Tier& tier, int64_t cap);
    const std::vector<Tier>& tiers();

    Database& db_;
    std::string typed_;
    std::vector<std::string> words_;
    text::CollationRange name_;
    std::vector<Tier> tiers_;
    bool planned_ = false;
};

} // namespace praklit::data
