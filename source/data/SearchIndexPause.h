#pragma once
#include "data/Database.h"

#include <string>
#include <vector>

namespace praklit::data {

// For bulk loads into entities (demo data, db copy): on SQLite the FTS5
// triggers would index row by row; this lifts them for the load and then
// indexes the new rows in one statement and puts the triggers back. Lives
// inside the caller's transaction, so a failure rolls the triggers back too.
// On PostgreSQL it does nothing: the GIN index takes COPY well.
class SearchIndexPause {
public:
    explicit SearchIndexPause(Database& db);
    void resume();

private:
    Database& db_;
    long long lastIndexedId_ = 0;
    std::vector<std::string> triggers_; // their CREATE statements
};

} // namespace praklit::data
