#include "data/ClientSearch.h"

#include "data/SearchWords.h"
#include "domain/Limits.h"
#include "text/LooseSpelling.h"

#include <algorithm>
#include <optional>
#include <soci/soci.h>

namespace praklit::data {

namespace {

// How far the ranges of the words typed are counted to choose the rarest.
constexpr int64_t kCountedRange = 20000;
// How many of the office's first clients a very long range is tried on.
constexpr int64_t kWalked = 3000;

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

// Binds the values the statement names (a tier's values serve several statements).
void bindValues(soci::statement& st, const std::vector<std::string>& values, const std::string& sql)
{
    for (size_t i = 0; i < values.size(); ++i) {
        const std::string name = ":v" + std::to_string(i);
        for (auto at = sql.find(name); at != std::string::npos; at = sql.find(name, at + 1)) {
            const size_t end = at + name.size();
            if (end < sql.size() && sql[end] >= '0' && sql[end] <= '9') continue; // :v1 in :v12
            st.exchange(soci::use(values[i], name.substr(1)));
            break;
        }
    }
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

const ClientSearch::Tier* ClientSearch::tier(size_t index)
{
    // Each kind is planned only when a page or a count reaches it: planning
    // the kinds after the name's beginning reads the index, and most typing
    // is answered by the name's beginning alone.
    while (tiers_.size() <= index && planned_ < 4 && !words_.empty()) plan(planned_++);
    return index < tiers_.size() ? &tiers_[index] : nullptr;
}

void ClientSearch::plan(int step)
{
    using Mode = Tier::Mode;
    const std::string form0 = std::to_string(static_cast<int>(WordForm::Exact));
    auto longest = [&](auto&& usable) -> const std::string* {
        const std::string* out = nullptr;
        for (const auto& w : words_)
            if (usable(w) && (!out || characterCount(w) > characterCount(*out))) out = &w;
        return out;
    };
    // Every word typed begins a word, all together: what WordStart found.
    auto allBegin = [&](Conditions& c, const std::string& id) {
        std::vector<std::string> each;
        for (const auto& w : words_) each.push_back(c.has(id, WordForm::Exact, {w}));
        return "not (" + all(each) + ")";
    };

    if (step == 0 && !name_.from.empty()) {
        Tier t{SearchMatch::NameStart, Mode::Entities};
        Conditions c(t.values);
        t.where = "e.sort_key >= " + c.value(name_.from) + " and e.sort_key < " + c.value(name_.to);
        tiers_.push_back(std::move(t));
    }

    // Every word typed begins a word: the range of the rarest, or of two
    // words of the name together when that is rarer still.
    if (step == 1) {
        struct Source {
            WordForm form;
            std::string prefix;
            std::vector<size_t> covers; // the typed words it answers for
            int64_t rows = 0;
        };
        std::vector<Source> sources;
        for (size_t i = 0; i < words_.size(); ++i) sources.push_back({WordForm::Exact, words_[i], {i}});
        if (words_.size() >= 2) sources.push_back({WordForm::Pair, words_[0] + " " + words_[1], {0, 1}});
        {
            for (auto& s : sources) {
                std::vector<std::string> values;
                Conditions c(values);
                const std::string sql = "select count(*) from (select 1 from search_words s where s.form = " +
                                        std::to_string(static_cast<int>(s.form)) + " and " +
                                        c.beginsWith("s.word", s.prefix) + " limit " + std::to_string(kCountedRange) + ") t";
                long long n = 0;
                soci::statement st = (db_.sql().prepare << sql, soci::into(n));
                bindValues(st, values, sql);
                st.define_and_bind();
                st.execute(true);
                s.rows = n;
            }
        }
        // Two words of the name together are rarer than either alone, and in
        // their range the clients lie in collation order whichever word comes
        // first (משה כהן, רות ל). The pair holds only the name's words: when no
        // name has both, a word of a number or an e-mail may, and the rarest
        // single word answers.
        auto best = *std::min_element(sources.begin(), sources.end() - (words_.size() >= 2 ? 1 : 0),
                                      [](const Source& a, const Source& b) { return a.rows < b.rows; });
        if (words_.size() >= 2 && sources.back().rows > 0 && sources.back().rows < best.rows) best = sources.back();
        Tier t{SearchMatch::WordStart, Mode::Words};
        Conditions c(t.values);
        t.where = "s.form = " + std::to_string(static_cast<int>(best.form)) + " and " + c.beginsWith("s.word", best.prefix) +
                  " and " + c.notNamed("s.sort_key", name_);
        std::vector<std::string> checks;
        for (size_t i = 0; i < words_.size(); ++i)
            if (std::find(best.covers.begin(), best.covers.end(), i) == best.covers.end())
                checks.push_back(c.has("t.entity_id", WordForm::Exact, {words_[i]}));
        t.checks = all(checks);
        if (best.rows >= kCountedRange) {
            std::vector<std::string> walk{c.notNamed("e.sort_key", name_)};
            for (const auto& w : words_) walk.push_back(c.has("e.id", WordForm::Exact, {w}));
            t.walk = all(walk);
        }
        tiers_.push_back(std::move(t));
    }

    // Inside a word: the longest word typed, of three letters or more.
    const auto* inside = step == 2 ? longest([](const std::string& w) { return characterCount(w) >= 3; }) : nullptr;
    if (const auto* lead = inside) {
        const bool sqlite = db_.backend() == Backend::SQLite;
        // SQLite: a client's tails are one row of an FTS5 table; PostgreSQL:
        // an expression index over the words' rows.
        Tier t{SearchMatch::Inside, sqlite ? Mode::Entities : Mode::Words};
        Conditions c(t.values);
        std::vector<std::string> where, checks;
        if (sqlite) {
            where.push_back("e.id in (select rowid from search_tails where search_tails match " +
                            c.value("\"" + *lead + "\"") + ")");
            where.push_back(c.notNamed("e.sort_key", name_));
        } else {
            where.push_back("s.form = " + form0);
            where.push_back("length(s.word) >= 4");
            where.push_back("substr(s.word, 2) like " + c.value("%" + likeEscaped(*lead) + "%") + " escape '\\'");
            where.push_back(c.notNamed("s.sort_key", name_));
        }
        const std::string id = sqlite ? "e.id" : "t.entity_id";
        checks.push_back(allBegin(c, id));
        for (const auto& w : words_)
            if (&w != lead) checks.push_back(c.holds(id, w));
        if (sqlite) {
            for (auto& check : checks) where.push_back(std::move(check));
        } else {
            t.checks = all(checks);
        }
        t.where = all(where);
        tiers_.push_back(std::move(t));
    }

    // Forgiving: the longest word that has forgiving spellings matches only
    // in one of them; the other words match in any way.
    const auto* forgiving = step == 3 ? longest([](const std::string& w) { return !text::typedLooseSpellings(w).empty(); }) : nullptr;
    if (const auto* lead = forgiving) {
        const auto forms = text::typedLooseSpellings(*lead);
        Tier t{SearchMatch::Forgiving, Mode::Words};
        Conditions c(t.values);
        std::string any;
        for (const auto& f : forms) any += (any.empty() ? "" : " or ") + c.beginsWith("s.word", f);
        // The row's own word, after the space, is not the word typed itself:
        // those clients were found above, and the index tells without a visit.
        t.where = "s.form = " + std::to_string(static_cast<int>(WordForm::Loose)) + " and (" + any + ") and s.word not like " +
                  c.value("% " + likeEscaped(*lead) + "%") + " escape '\\' and " + c.notNamed("s.sort_key", name_);
        std::vector<std::string> checks;
        checks.push_back("not " + c.has("t.entity_id", WordForm::Exact, {*lead}));
        if (characterCount(*lead) >= 3) checks.push_back("not " + c.holds("t.entity_id", *lead));
        for (const auto& w : words_) {
            if (&w == lead) continue;
            std::string either = c.has("t.entity_id", WordForm::Exact, {w}) + " or " + c.holds("t.entity_id", w);
            if (const auto loose = text::typedLooseSpellings(w); !loose.empty())
                either += " or " + c.has("t.entity_id", WordForm::Loose, loose);
            checks.push_back("(" + either + ")");
        }
        t.checks = all(checks);
        tiers_.push_back(std::move(t));
    }
}

namespace {

std::vector<int64_t> readIds(soci::session& sql, const std::string& text, const std::vector<std::string>& values)
{
    std::vector<int64_t> out;
    long long id = 0;
    soci::statement st = (sql.prepare << text, soci::into(id));
    bindValues(st, values, text);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
}

} // namespace

std::vector<int64_t> ClientSearch::ids(const Tier& tier, int64_t limit)
{
    if (tier.mode == Tier::Mode::Entities)
        return readIds(db_.sql(),
                       "select e.id from entities e where " + tier.where + " order by e.sort_key, e.id limit " +
                           std::to_string(limit),
                       tier.values);
    if (!tier.walk.empty()) {
        // A common number's clients lie all over the office: its first
        // clients in collation order are its first matches.
        const auto walked = readIds(db_.sql(),
                                    "select e.id from (select id, sort_key from entities order by sort_key, id limit " +
                                        std::to_string(kWalked) + ") e where " + tier.walk + " order by e.sort_key, e.id limit " +
                                        std::to_string(limit),
                                    tier.values);
        if (static_cast<int64_t>(walked.size()) == limit) return walked;
    }
    // The range's first rows in collation order, then the checks on them
    // alone; a client's rows lie side by side. When the checks or the
    // client's second rows leave too few, the next try reads more.
    for (int64_t first = 2 * limit + 8;; first *= 4) {
        const auto rows = readIds(db_.sql(),
                                  "select t.entity_id from (select s.entity_id, s.sort_key from search_words s where " +
                                      tier.where + " order by s.sort_key, s.entity_id limit " + std::to_string(first) +
                                      ") t where " + tier.checks + " order by t.sort_key, t.entity_id",
                                  tier.values);
        std::vector<int64_t> out;
        for (const auto id : rows)
            if (out.empty() || out.back() != id) out.push_back(id);
        if (static_cast<int64_t>(out.size()) >= limit) {
            out.resize(static_cast<size_t>(limit));
            return out;
        }
        // Fewer than asked for: either the range is read to its end, or read more.
        long long inRange = 0;
        const std::string counted =
            "select count(*) from (select 1 from search_words s where " + tier.where + " limit " + std::to_string(first + 1) + ") t";
        soci::statement st = (db_.sql().prepare << counted, soci::into(inRange));
        bindValues(st, tier.values, counted);
        st.define_and_bind();
        st.execute(true);
        if (inRange <= first) return out;
    }
}

int64_t ClientSearch::size(const Tier& tier, int64_t cap, bool& more)
{
    std::string sql;
    if (tier.mode == Tier::Mode::Entities) {
        sql = "select count(*) from (select 1 from entities e where " + tier.where + " limit " + std::to_string(cap + 1) + ") t";
    } else {
        // A client has few rows in one range: three a client are counted at most.
        sql = "select count(distinct t.entity_id) from (select s.entity_id from search_words s where " + tier.where +
              " limit " + std::to_string(3 * (cap + 1)) + ") t where " + tier.checks;
    }
    long long n = 0;
    soci::statement st = (db_.sql().prepare << sql, soci::into(n));
    bindValues(st, tier.values, sql);
    st.define_and_bind();
    st.execute(true);
    if (n > cap) more = true;
    return std::min<int64_t>(n, cap);
}

std::vector<std::pair<int64_t, SearchMatch>> ClientSearch::page(int64_t offset, int64_t limit)
{
    // Each kind from its beginning, as far as the page reaches: a page never
    // depends on how far another kind was counted.
    const int64_t reach = std::max<int64_t>(offset, 0) + limit;
    std::vector<std::pair<int64_t, SearchMatch>> all;
    for (size_t i = 0; static_cast<int64_t>(all.size()) < reach; ++i) {
        const Tier* t = tier(i);
        if (!t) break;
        for (const auto id : ids(*t, reach - static_cast<int64_t>(all.size()))) all.emplace_back(id, t->match);
    }
    if (static_cast<int64_t>(all.size()) <= offset) return {};
    return {all.begin() + offset, all.begin() + std::min<int64_t>(reach, static_cast<int64_t>(all.size()))};
}

SearchCount ClientSearch::count(int64_t cap)
{
    SearchCount out;
    for (size_t i = 0;; ++i) {
        const int64_t left = cap - out.count;
        if (left <= 0) {
            out.more = out.more || tier(i) != nullptr;
            break;
        }
        const Tier* t = tier(i);
        if (!t) break;
        out.count += size(*t, left, out.more);
    }
    return out;
}

} // namespace praklit::data
