#pragma once
// One row of the clients search screen: what a list shows without opening the card.
#include "domain/Client.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace praklit {

// Why a client is on the search list, best first: the list shows them in
// this order, each kind in collation order.
enum class SearchMatch {
    Listed,    // nothing was typed: every client
    NameStart, // the name begins with what was typed
    WordStart, // every word typed begins a word of the client's (name, number, e-mail, case)
    Inside,    // a word typed is inside a word of the client's
    Forgiving, // only in another spelling or script (דויד for דוד, cohen for כהן)
};

struct ClientSummary {
    int64_t id = 0;
    EntityKind kind = EntityKind::Person;
    std::string displayName;
    std::string idNumber;
    std::string phoneE164; // the first phone, empty when none
    std::string city;      // of the primary address
    bool active = true;
    SearchMatch match = SearchMatch::Listed;
};

// How many clients a search found, counted no further than needed: `more`
// says there are more than `count` (the list shows the first ones and asks
// for more letters).
// The match as the JSON output names it: "listed", "name_start", "word_start", "inside", "forgiving".
std::string_view toString(SearchMatch match);
// The name as a search list shows it: a client found only in another
// spelling or script says so beside its name, in both shells.
std::string listedName(const ClientSummary& client);

// A search list counts this far and no further.
constexpr int64_t kSearchCountCap = 1000;

struct SearchCount {
    int64_t count = 0;
    bool more = false;
};

} // namespace praklit
