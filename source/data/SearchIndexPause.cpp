#include "data/SearchIndexPause.h"

#include "data/SearchWords.h"

#include <soci/soci.h>

namespace praklit::data {

SearchIndexPause::SearchIndexPause(Database& db, bool large) : db_(db), large_(large)
{
    db.sql() << "select coalesce(max(id), 0) from entities", soci::into(lastIndexedId_);
}

void SearchIndexPause::resume()
{
    SearchWords(db_).build(lastIndexedId_, large_);
}

} // namespace praklit::data
