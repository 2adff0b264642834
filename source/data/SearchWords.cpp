#include "data/SearchWords.h"

#include "data/BulkLoad.h"
#include "data/TableStream.h"
#include "domain/Client.h"
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

// A name's words beyond the fourth are rare, and pairs grow as their square.
constexpr size_t kPairedNameWords = 4;

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

void SearchWords::write(int64_t entityId, const std::string& searchKey, const std::string& displayName,
                        const std::string& sortKey)
{
    const long long id = entityId;
    db_.sql() << "delete from search_words where entity_id = :id", soci::use(id);
    int form = 0;
    std::string word;
    soci::statement st = (db_.sql().prepare << "insert into search_words (entity_id, form, word, sort_key) "
                                               "values (:id, :form, :word, :sort)",
                          soci::use(id), soci::use(form), soci::use(word), soci::use(sortKey));
    for (const auto& w : searchWordsOf(searchKey, displayName)) {
        form = static_cast<int>(w.form);
        word = w.word;
        st.execute(true);
    }
}

void SearchWords::build(int64_t afterId, bool large)
{
    const bool sqlite = db_.backend() == Backend::SQLite;
    std::vector<std::string> dropped;
    long long lastWord = 0;
    std::string tailTrigger;
    if (sqlite) {
        // The inside-of-word index is filled in one statement after the rows,
        // not by its trigger row by row; the trigger is put back as it was.
        db_.sql() << "select coalesce(max(id), 0) from search_words", soci::into(lastWord);
        soci::indicator ind = soci::i_null;
        db_.sql() << "select sql from sqlite_master where type = 'trigger' and name = 'search_words_tail_insert'",
            soci::into(tailTrigger, ind);
        if (ind != soci::i_ok) tailTrigger.clear();
        db_.executeScript("drop trigger if exists search_words_tail_insert");
    } else if (large) {
        dropped = dropSecondaryIndexes(db_, "search_words");
    }

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
        // A batch's rows in a stream of their own: the connection reads
        // nothing else while a COPY is open.
        auto writer = writeTable(db_, searchWordsTable());
        for (size_t i = 0; i < ids.size(); ++i) {
            Client c;
            c.kind = parseEntityKind(kinds[i]).value_or(EntityKind::Person);
            c.firstName = firsts[i];
            c.lastName = lasts[i];
            c.orgName = orgs[i];
            const std::string id = std::to_string(ids[i]);
            for (const auto& w : searchWordsOf(keys[i], c.displayName()))
                writer->write({id, std::to_string(static_cast<int>(w.form)), w.word, sorts[i]});
        }
        writer->finish();
        from = ids.back();
        if (ids.size() < static_cast<size_t>(kBatch)) break;
    }

    if (sqlite) {
        db_.sql() << "insert into search_word_tails (rowid, tail) select id, substr(word, 2) from search_words "
                     "where id > :last and form = 0 and length(word) >= 4",
            soci::use(lastWord);
        if (!tailTrigger.empty()) db_.executeScript(tailTrigger);
    } else if (!dropped.empty()) {
        db_.executeScript("set local maintenance_work_mem = '512MB'");
        for (const auto& create : dropped) db_.executeScript(create);
    }
    if (!sqlite && (large || afterId == 0)) db_.executeScript("analyze search_words");
}

} // namespace praklit::data
