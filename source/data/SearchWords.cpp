#include "data/SearchWords.h"

#include "data/BulkLoad.h"
#include "data/TableStream.h"
#include "domain/Client.h"
#include "domain/Limits.h"
#include "text/LooseSpelling.h"
#include "text/SearchKey.h"

#include <algorithm>
#include <soci/soci.h>

namespace praklit::data {

namespace {

const TableInfo& searchWordsTable()
{
    static const TableInfo table{"search_words",
                                 {{"entity_id", ColumnType::Integer},
                                  {"form", ColumnType::Integer},
                                  {"word", ColumnType::Text},
                                  {"sort_key", ColumnType::Text}}};
    return table;
}

const TableInfo& searchTailsTable()
{
    static const TableInfo table{"search_tails", {{"rowid", ColumnType::Integer}, {"tails", ColumnType::Text}}};
    return table;
}

// A name's words beyond the third are rare, and pairs grow as their square.
constexpr size_t kPairedNameWords = 3;

} // namespace

std::vector<SearchWord> searchWordsOf(const std::string& searchKey, const std::string& displayName)
{
    std::vector<SearchWord> out;
    auto add = [&](WordForm form, std::string word) {
        for (const auto& w : out)
            if (w.form == form && w.word == word) return;
        out.push_back({form, std::move(word)});
    };
    const auto words = text::indexWords(searchKey);
    for (const auto& w : words) add(WordForm::Exact, w);
    for (const auto& w : words)
        for (const auto& loose : text::looseSpellings(w)) add(WordForm::Loose, loose + " " + w);
    auto name = text::searchWords(displayName);
    if (name.size() > kPairedNameWords) name.resize(kPairedNameWords);
    for (size_t i = 0; i < name.size(); ++i)
        for (size_t j = 0; j < name.size(); ++j)
            if (i != j) add(WordForm::Pair, name[i] + " " + name[j]);
    return out;
}

std::string wordTails(const std::vector<SearchWord>& words)
{
    std::string out;
    for (const auto& w : words) {
        if (w.form != WordForm::Exact || characterCount(w.word) < 4) continue;
        size_t first = 1;
        while (first < w.word.size() && (static_cast<unsigned char>(w.word[first]) & 0xC0) == 0x80) ++first;
        out += (out.empty() ? "" : " ") + w.word.substr(first);
    }
    return out;
}

void SearchWords::write(int64_t entityId, const std::string& searchKey, const std::string& displayName,
                        const std::string& sortKey)
{
    const long long id = entityId;
    db_.sql() << "delete from search_words where entity_id = :id", soci::use(id);
    int form = 0;
    std::string word;
    const auto words = searchWordsOf(searchKey, displayName);
    soci::statement st = (db_.sql().prepare << "insert into search_words (entity_id, form, word, sort_key) "
                                               "values (:id, :form, :word, :sort)",
                          soci::use(id), soci::use(form), soci::use(word), soci::use(sortKey));
    for (const auto& w : words) {
        form = static_cast<int>(w.form);
        word = w.word;
        st.execute(true);
    }
    if (db_.backend() == Backend::SQLite) {
        // PostgreSQL indexes the words' tails itself (an expression index).
        db_.sql() << "delete from search_tails where rowid = :id", soci::use(id);
        if (const auto tails = wordTails(words); !tails.empty())
            db_.sql() << "insert into search_tails (rowid, tails) values (:id, :tails)", soci::use(id), soci::use(tails);
    }
}

void SearchWords::build(int64_t afterId, bool large)
{
    const bool sqlite = db_.backend() == Backend::SQLite;
    // A large build goes into a table of its own in any order, and then
    // into search_words in the index's order in one statement: SQLite then
    // appends to its B-tree instead of splitting pages all over it.
    const bool staged = sqlite && large;
    std::vector<std::string> dropped;
    if (staged) {
        std::string create;
        soci::statement st = (db_.sql().prepare << "select sql from sqlite_master where type = 'index' and "
                                                   "tbl_name = 'search_words' and sql is not null",
                              soci::into(create));
        st.execute();
        while (st.fetch()) dropped.push_back(create);
        db_.executeScript(kSqliteLoadCache);
        for (const auto& index : dropped)
            db_.executeScript("drop index " + index.substr(13, index.find(" on ") - 13)); // "create index NAME on …"
        db_.executeScript("create temp table search_words_load (entity_id bigint, form integer, word text, sort_key text)");
    } else if (!sqlite && large) {
        dropped = dropSecondaryIndexes(db_, "search_words");
    }
    TableInfo into = searchWordsTable();
    if (staged) into.name = "search_words_load";

    long long from = afterId;
    constexpr int kBatch = 20000;
    std::vector<long long> ids(kBatch);
    std::vector<std::string> kinds(kBatch), firsts(kBatch), lasts(kBatch), orgs(kBatch), keys(kBatch), sorts(kBatch);
    for (;;) {
        ids.resize(kBatch);
        kinds.resize(kBatch);
        firsts.resize(kBatch);
        lasts.resize(kBatch);
        orgs.resize(kBatch);
        keys.resize(kBatch);
        sorts.resize(kBatch);
        db_.sql() << "select id, kind, first_name, last_name, org_name, search_key, sort_key from entities "
                     "where id > :from order by id limit " << kBatch,
            soci::use(from), soci::into(ids), soci::into(kinds), soci::into(firsts), soci::into(lasts), soci::into(orgs),
            soci::into(keys), soci::into(sorts);
        if (ids.empty()) break;
        // A batch's rows in streams of their own: the connection reads
        // nothing else while a COPY is open.
        auto words = writeTable(db_, into);
        auto tails = sqlite ? writeTable(db_, searchTailsTable()) : nullptr;
        for (size_t i = 0; i < ids.size(); ++i) {
            Client c;
            c.kind = parseEntityKind(kinds[i]).value_or(EntityKind::Person);
            c.firstName = firsts[i];
            c.lastName = lasts[i];
            c.orgName = orgs[i];
            const std::string id = std::to_string(ids[i]);
            const auto rows = searchWordsOf(keys[i], c.displayName());
            for (const auto& w : rows) words->write({id, std::to_string(static_cast<int>(w.form)), w.word, sorts[i]});
            if (tails)
                if (auto t = wordTails(rows); !t.empty()) tails->write({id, std::move(t)});
        }
        words->finish();
        if (tails) tails->finish();
        from = ids.back();
        if (ids.size() < static_cast<size_t>(kBatch)) break;
    }

    if (staged) {
        db_.executeScript("insert into search_words (entity_id, form, word, sort_key) select entity_id, form, word, sort_key "
                          "from search_words_load order by form, word, sort_key, entity_id; "
                          "drop table search_words_load");
        for (const auto& create : dropped) db_.executeScript(create);
        db_.executeScript(kSqliteUsualCache);
    } else if (!dropped.empty()) {
        db_.executeScript("set local maintenance_work_mem = '512MB'");
        for (const auto& create : dropped) db_.executeScript(create);
    }
    if (!sqlite && (large || afterId == 0)) db_.executeScript("analyze search_words");
}

} // namespace praklit::data
