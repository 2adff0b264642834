#include "data/ClientSearch.h"

#include "data/SearchWords.h"
#include "domain/Limits.h"
#include "text/LooseSpelling.h"

#include <algorithm>
#include <optional>
#include <soci/soci.h>

namespace praklit::data {

namespace {

// A range of search words at most this long is read whole and sorted; a
// longer one is served by walking the clients in collation order, where its
// matches lie close together.
constexpr int64_t kSortedRange = 20000;

// Past every character: the end of the range of words that begin with a text.
const std::string kAfterAll = "\xF4\x8F\xBF\xBF";

std::string likeEscaped(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

} // namespace

namespace {

// Builds a tier's condition and the values it binds.
class Conditions {
public:
    explicit Conditions(std::vector<std::string>& values) : values_(values) {}

    std::string value(std::string v)
    {
        values_.push_back(std::move(v));
        return ":v" + std::to_string(values_.size() - 1);
    }
    // `column` between the beginnings of `prefix`.
    std::string beginsWith(const std::string& column, const std::string& prefix)
    {
        return "(" + column + " >= " + value(prefix) + " and " + column + " < " + value(prefix + kAfterAll) + ")";
    }
    // The client `id` has a word of `form` beginning with one of `prefixes`.
    std::string has(const std::string& id, WordForm form, const std::vector<std::string>& prefixes)
    {
        std::string any;
        for (const auto& p : prefixes) any += (any.empty() ? "" : " or ") + beginsWith("p.word", p);
        return "exists (select 1 from search_words p where p.entity_id = " + id +
               " and p.form = " + std::to_string(static_cast<int>(form)) + " and (" + any + "))";
    }
    // The client `id` has a word holding `w` anywhere in it.
    std::string holds(const std::string& id, const std::string& w)
    {
        return "exists (select 1 from search_words p where p.entity_id = " + id +
               " and p.form = 0 and p.word like " + value("%" + likeEscaped(w) + "%") + " escape '\\')";
    }
    std::string notNamed(const std::string& sortKey, const text::CollationRange& name)
    {
        if (name.from.empty()) return "1 = 1";
        return "not (" + sortKey + " >= " + value(name.from) + " and " + sortKey + " < " + value(name.to) + ")";
    }

private:
    std::vector<std::string>& values_;
};

std::string all(const std::vector<std::string>& conditions)
{
    std::string out;
    for (const auto& c : conditions) out += (out.empty() ? "" : " and ") + c;
    return out.empty() ? "1 = 1" : out;
}

void bindValues(soci::statement& st, const std::vector<std::string>& values)
{
    for (size_t i = 0; i < values.size(); ++i) st.exchange(soci::use(values[i], "v" + std::to_string(i)));
}

} // namespace

ClientSearch::ClientSearch(Database& db, std::string typed, std::vector<std::string> words)
    : db_(db), typed_(std::move(typed)), words_(std::move(words))
{
    // A number is nobody's name: it is looked for among the clients' numbers only.
    const bool number = words_.size() == 1 && !words_.front().empty() &&
                        std::all_of(words_.front().begin(), words_.front().end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!number && !words_.empty()) name_ = text::collationPrefixRange(typed_);
}

const std::vector<ClientSearch::Tier>& ClientSearch::tiers()
{
    if (planned_) return tiers_;
    planned_ = true;
    if (words_.empty()) return tiers_;
    using Mode = Tier::Mode;

    if (!name_.from.empty()) {
        Tier t{SearchMatch::NameStart, Mode::Entities};
        Conditions c(t.values);
        t.where = "e.sort_key >= " + c.value(name_.from) + " and e.sort_key < " + c.value(name_.to);
        tiers_.push_back(std::move(t));
    }

    // Every word typed begins a word: read the range of the rarest, or of two
    // words of the name together when that is rarer still.
    {
        struct Source {
            WordForm form;
            std::string prefix;
            std::vector<size_t> covers; // the typed words it answers for
            int64_t rows;
        };
        std::vector<Source> sources;
        for (size_t i = 0; i < words_.size(); ++i) sources.push_back({WordForm::Exact, words_[i], {i}, 0});
        if (words_.size() >= 2) sources.push_back({WordForm::Pair, words_[0] + " " + words_[1], {0, 1}, 0});
        for (auto& s : sources) {
            std::vector<std::string> values;
            Conditions c(values);
            const std::string sql = "select count(*) from (select 1 from search_words s where s.form = " +
                                    std::to_string(static_cast<int>(s.form)) + " and " + c.beginsWith("s.word", s.prefix) +
                                    " limit " + std::to_string(kSortedRange + 1) + ") t";
            long long n = 0;
            soci::statement st = (db_.sql().prepare << sql, soci::into(n));
            bindValues(st, values);
            st.define_and_bind();
            st.execute(true);
            s.rows = n;
        }
        // A word that begins no word of anyone's: no client has them all.
        const auto rarest = *std::min_element(sources.begin(), sources.end() - (words_.size() >= 2 ? 1 : 0),
                                              [](const Source& a, const Source& b) { return a.rows < b.rows; });
        std::optional<Source> best;
        if (rarest.rows <= kSortedRange) best = rarest;
        else if (words_.size() >= 2 && sources.back().rows <= kSortedRange) best = sources.back();
        if (rarest.rows > 0) {
            Tier t{SearchMatch::WordStart, best ? Mode::Sorted : Mode::Walk};
            Conditions c(t.values);
            std::vector<std::string> where;
            const std::string id = best ? "s.entity_id" : "e.id";
            if (best) {
                where.push_back("s.form = " + std::to_string(static_cast<int>(best->form)));
                where.push_back(c.beginsWith("s.word", best->prefix));
            }
            where.push_back(c.notNamed(best ? "s.sort_key" : "e.sort_key", name_));
            for (size_t i = 0; i < words_.size(); ++i)
                if (!best || std::find(best->covers.begin(), best->covers.end(), i) == best->covers.end())
                    where.push_back(c.has(id, WordForm::Exact, {words_[i]}));
            t.where = all(where);
            if (!best) {
                // Counted on the rarest word's range: the other words are not
                // checked there, so the count is an upper bound.
                Conditions counting(t.countValues);
                t.countWhere = "s.form = 0 and " + counting.beginsWith("s.word", rarest.prefix) + " and " +
                               counting.notNamed("s.sort_key", name_);
                t.approximate = words_.size() > 1;
            }
            tiers_.push_back(std::move(t));
        }
    }

    auto longest = [&](auto&& usable) -> const std::string* {
        const std::string* out = nullptr;
        for (const auto& w : words_)
            if (usable(w) && (!out || characterCount(w) > characterCount(*out))) out = &w;
        return out;
    };
    // Every word typed begins a word, all together: what the tiers above found.
    auto allBegin = [&](Conditions& c, const std::string& id) {
        std::vector<std::string> each;
        for (const auto& w : words_) each.push_back(c.has(id, WordForm::Exact, {w}));
        return "not (" + all(each) + ")";
    };

    // Inside a word: the longest word typed, of three letters or more.
    if (const auto* lead = longest([](const std::string& w) { return characterCount(w) >= 3; })) {
        const bool sqlite = db_.backend() == Backend::SQLite;
        Tier t{SearchMatch::Inside, sqlite ? Mode::Entities : Mode::Sorted};
        t.bounded = true;
        Conditions c(t.values);
        // SQLite: a client's tails are one row of an FTS5 table; PostgreSQL:
        // an expression index over the words' rows.
        const std::string id = sqlite ? "e.id" : "s.entity_id";
        std::vector<std::string> where;
        if (sqlite) {
            where.push_back("e.id in (select rowid from search_tails where search_tails match " +
                            c.value("\"" + *lead + "\"") + ")");
        } else {
            where.push_back("s.form = 0");
            where.push_back("length(s.word) >= 4");
            where.push_back("substr(s.word, 2) like " + c.value("%" + likeEscaped(*lead) + "%") + " escape '\\'");
        }
        where.push_back(c.notNamed(sqlite ? "e.sort_key" : "s.sort_key", name_));
        where.push_back(allBegin(c, id));
        for (const auto& w : words_)
            if (&w != lead) where.push_back(c.holds(id, w));
        t.where = all(where);
        tiers_.push_back(std::move(t));
    }

    // Forgiving: the longest word that has forgiving spellings matches only
    // in one of them; the other words match in any way.
    if (const auto* lead = longest([](const std::string& w) { return !text::typedLooseSpellings(w).empty(); })) {
        const auto forms = text::typedLooseSpellings(*lead);
        std::vector<std::string> values;
        Conditions counting(values);
        std::string ranges;
        for (const auto& f : forms) ranges += (ranges.empty() ? "" : " or ") + counting.beginsWith("s.word", f);
        long long rows = 0;
        {
            soci::statement st = (db_.sql().prepare << "select count(*) from (select 1 from search_words s where s.form = 1 and (" +
                                                           ranges + ") limit " + std::to_string(kSortedRange + 1) + ") t",
                                  soci::into(rows));
            bindValues(st, values);
            st.define_and_bind();
            st.execute(true);
        }
        if (rows > 0) {
            Tier t{SearchMatch::Forgiving, rows <= kSortedRange ? Mode::Sorted : Mode::Walk};
            Conditions c(t.values);
            const bool sorted = t.mode == Mode::Sorted;
            const std::string id = sorted ? "s.entity_id" : "e.id";
            std::vector<std::string> where;
            if (sorted) {
                std::string any;
                for (const auto& f : forms) any += (any.empty() ? "" : " or ") + c.beginsWith("s.word", f);
                where.push_back("s.form = 1");
                where.push_back("(" + any + ")");
                // The row's own word, after the space: not the word typed itself.
                where.push_back("s.word not like " + c.value("% " + likeEscaped(*lead) + "%") + " escape '\\'");
            } else {
                where.push_back(c.has(id, WordForm::Loose, forms));
                Conditions counted(t.countValues);
                std::string any;
                for (const auto& f : forms) any += (any.empty() ? "" : " or ") + counted.beginsWith("s.word", f);
                t.countWhere = "s.form = 1 and (" + any + ") and s.word not like " +
                               counted.value("% " + likeEscaped(*lead) + "%") + " escape '\\' and " +
                               counted.notNamed("s.sort_key", name_);
                t.approximate = true;
            }
            where.push_back(c.notNamed(sorted ? "s.sort_key" : "e.sort_key", name_));
            where.push_back("not " + c.has(id, WordForm::Exact, {*lead}));
            if (characterCount(*lead) >= 3) where.push_back("not " + c.holds(id, *lead));
            for (const auto& w : words_) {
                if (&w == lead) continue;
                std::string either = c.has(id, WordForm::Exact, {w}) + " or " + c.holds(id, w);
                if (const auto loose = text::typedLooseSpellings(w); !loose.empty())
                    either += " or " + c.has(id, WordForm::Loose, loose);
                where.push_back("(" + either + ")");
            }
            t.where = all(where);
            tiers_.push_back(std::move(t));
        }
    }
    return tiers_;
}

std::vector<int64_t> ClientSearch::ids(const Tier& tier, int64_t offset, int64_t limit)
{
    using Mode = Tier::Mode;
    const std::string page = " limit " + std::to_string(limit) + " offset " + std::to_string(offset);
    std::string sql;
    switch (tier.mode) {
    case Mode::Entities:
    case Mode::Walk:
        sql = "select e.id from entities e where " + tier.where + " order by e.sort_key, e.id" + page;
        break;
    case Mode::Sorted:
        sql = "select entity_id from (select distinct s.entity_id, s.sort_key from search_words s where " + tier.where +
              (tier.bounded ? " limit " + std::to_string(kSortedRange) : std::string()) +
              ") t order by sort_key, entity_id" + page;
        break;
    }
    std::vector<int64_t> out;
    long long id = 0;
    soci::statement st = (db_.sql().prepare << sql, soci::into(id));
    bindValues(st, tier.values);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
}

int64_t ClientSearch::size(const Tier& tier, int64_t cap)
{
    using Mode = Tier::Mode;
    const std::string limit = " limit " + std::to_string(cap);
    std::string sql;
    switch (tier.mode) {
    case Mode::Entities:
        sql = "select count(*) from (select 1 from entities e where " + tier.where + limit + ") t";
        break;
    case Mode::Walk: {
        // Distinct clients of the first rows of the range: a client has few
        // words that begin alike.
        sql = "select count(distinct entity_id) from (select s.entity_id from search_words s where " + tier.countWhere +
              " limit " + std::to_string(3 * cap) + ") t";
        long long n = 0;
        soci::statement st = (db_.sql().prepare << sql, soci::into(n));
        bindValues(st, tier.countValues);
        st.define_and_bind();
        st.execute(true);
        return std::min<int64_t>(n, cap);
    }
    case Mode::Sorted:
        sql = "select count(*) from (select distinct s.entity_id from search_words s where " + tier.where +
              (tier.bounded ? " limit " + std::to_string(kSortedRange) : std::string()) + ") t";
        break;
    }
    long long n = 0;
    soci::statement st = (db_.sql().prepare << sql, soci::into(n));
    bindValues(st, tier.values);
    st.define_and_bind();
    st.execute(true);
    return std::min<int64_t>(n, cap);
}

std::vector<std::pair<int64_t, SearchMatch>> ClientSearch::page(int64_t offset, int64_t limit)
{
    std::vector<std::pair<int64_t, SearchMatch>> out;
    int64_t skip = std::max<int64_t>(offset, 0);
    for (const auto& tier : tiers()) {
        if (static_cast<int64_t>(out.size()) >= limit) break;
        const int64_t want = limit - static_cast<int64_t>(out.size());
        const auto found = ids(tier, skip, want);
        for (const auto id : found) out.emplace_back(id, tier.match);
        if (!found.empty()) {
            skip = 0;
        } else if (skip > 0) {
            skip -= size(tier, skip); // the page begins past this tier
        }
    }
    return out;
}

SearchCount ClientSearch::count(int64_t cap)
{
    SearchCount out;
    for (const auto& tier : tiers()) {
        const int64_t left = cap + 1 - out.count;
        if (left <= 0) break;
        const int64_t n = size(tier, left);
        out.count += n;
        if (tier.approximate && n > 0) out.more = true;
    }
    if (out.count > cap) {
        out.count = cap;
        out.more = true;
    }
    return out;
}

} // namespace praklit::data
