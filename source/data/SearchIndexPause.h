#pragma once
#include "data/Database.h"

namespace praklit::data {

// For bulk loads into entities (demo data, db copy): the clients' search
// words (SearchWords) are not written client by client with the rows but in
// one pass over the new clients when the load ends. Lives inside the
// caller's transaction, so a failure rolls the index back with the rows.
class SearchIndexPause {
public:
    SearchIndexPause(Database& db, bool large);
    // Indexes the clients loaded since the pause began.
    void resume();

private:
    Database& db_;
    bool large_;
    long long lastIndexedId_ = 0;
};

} // namespace praklit::data
