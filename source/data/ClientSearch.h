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
// Every kind of match is read from one range of an index that holds each
// row's collation key, so that a page is the range's first rows in
// collation order (an index-only scan and a top-N sort, never a walk of the
// whole office) and costs about the same at a million clients as at a
// thousand:
//   - NameStart: the range of entities' collation keys that begin with the
//     text typed (entities_sort), already in order;
//   - WordStart: the range of search_words beginning with the rarest word
//     typed (or with two words of the name together, when that is rarer),
//     the other words checked on the range's first clients only;
//   - Inside: the trigram index of words but their first letter;
//   - Forgiving: the ranges of the forgiving spellings (text/LooseSpelling.h).
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
            Entities, // rows of entities (`e`), in collation order
            Words,    // rows of search_words (`s`): the first in collation order, then checked
        };
        SearchMatch match = SearchMatch::Listed;
        Mode mode = Mode::Entities;
        std::string where = {};  // the condition
        std::string checks = {}; // Words: conditions on each client of the first rows (`t.entity_id`)
        // Words, when the range is very long: the same match as a condition on
        // entities (`e`), tried first on the office's first clients in
        // collation order, where the matches of a common number lie densely.
        std::string walk = {};
        std::vector<std::string> values = {};
    };

    // The tier's first `limit` clients.
    std::vector<int64_t> ids(const Tier& tier, int64_t limit);
    // How many, counted up to `cap`; `more` when they were not all counted.
    int64_t size(const Tier& tier, int64_t cap, bool& more);
    // The index-th kind of match that applies, planned when first asked for; null past the last.
    const Tier* tier(size_t index);
    void plan(int step);

    Database& db_;
    std::string typed_;
    std::vector<std::string> words_;
    text::CollationRange name_;
    std::vector<Tier> tiers_;
    int planned_ = 0; // the steps of plan() taken
};

} // namespace praklit::data
