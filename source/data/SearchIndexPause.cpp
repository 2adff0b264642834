#include "data/SearchIndexPause.h"

#include <soci/soci.h>

namespace praklit::data {

SearchIndexPause::SearchIndexPause(Database& db) : db_(db)
{
    if (db.backend() != Backend::SQLite) return;
    std::string sql;
    soci::statement st = (db.sql().prepare << "select sql from sqlite_master where type = 'trigger' and tbl_name = 'entities' "
                                              "and name like 'entities_search_%' order by name",
                          soci::into(sql));
    st.execute();
    while (st.fetch()) triggers_.push_back(sql);
    db.sql() << "select coalesce(max(id), 0) from entities", soci::into(lastIndexedId_);
    db.executeScript("drop trigger if exists entities_search_insert; drop trigger if exists entities_search_update; "
                     "drop trigger if exists entities_search_delete;");
}

void SearchIndexPause::resume()
{
    if (db_.backend() != Backend::SQLite || triggers_.empty()) return;
    db_.sql() << "insert into entity_search (rowid, search_key) select id, search_key from entities where id > :last",
        soci::use(lastIndexedId_);
    for (const auto& sql : triggers_) db_.executeScript(sql);
    triggers_.clear();
}

} // namespace praklit::data
