#include "data/ChargeRepository.h"

#include <soci/soci.h>

namespace praklit::data {

namespace {
constexpr const char* kColumns =
    "c.id, c.entity_id, c.case_id, c.user_id, c.kind, c.charged_on, c.description, c.seconds, c.billed_seconds, "
    "c.rate_agorot, c.amount_agorot, case when c.vat_exempt then 1 else 0 end, case when c.billable then 1 else 0 end, "
    "c.state, c.time_entry_id, c.version";

// Reads one charge from a statement whose first columns are kColumns.
struct ChargeBinding {
    long long id = 0, client = 0, kase = 0, user = 0, seconds = 0, billed = 0, rate = 0, amount = 0, entry = 0;
    int vatExempt = 0, billable = 1, version = 0;
    std::string kind, date, description, state;
    soci::indicator caseInd{}, userInd{}, entryInd{};

    void bind(soci::statement& st)
    {
        st.exchange(soci::into(id));
        st.exchange(soci::into(client));
        st.exchange(soci::into(kase, caseInd));
        st.exchange(soci::into(user, userInd));
        st.exchange(soci::into(kind));
        st.exchange(soci::into(date));
        st.exchange(soci::into(description));
        st.exchange(soci::into(seconds));
        st.exchange(soci::into(billed));
        st.exchange(soci::into(rate));
        st.exchange(soci::into(amount));
        st.exchange(soci::into(vatExempt));
        st.exchange(soci::into(billable));
        st.exchange(soci::into(state));
        st.exchange(soci::into(entry, entryInd));
        st.exchange(soci::into(version));
    }
    Charge charge() const
    {
        Charge c;
        c.id = id;
        c.clientId = client;
        c.caseId = caseInd == soci::i_ok ? kase : 0;
        c.userId = userInd == soci::i_ok ? user : 0;
        c.kind = parseChargeKind(kind).value_or(ChargeKind::Fixed);
        c.chargedOn = date.substr(0, 10);
        c.description = description;
        c.seconds = seconds;
        c.billedSeconds = billed;
        c.rateAgorot = rate;
        c.amountAgorot = amount;
        c.vatExempt = vatExempt != 0;
        c.billable = billable != 0;
        c.state = parseChargeState(state).value_or(ChargeState::Unbilled);
        c.timeEntryId = entryInd == soci::i_ok ? entry : 0;
        c.version = version;
        return c;
    }
};
} // namespace

int64_t ChargeRepository::insert(const Charge& c)
{
    long long id = 0;
    const long long client = c.clientId, kase = c.caseId, user = c.userId, seconds = c.seconds, billed = c.billedSeconds,
                    rate = c.rateAgorot, amount = c.amountAgorot, entry = c.timeEntryId;
    soci::indicator caseInd = c.caseId ? soci::i_ok : soci::i_null;
    soci::indicator userInd = c.userId ? soci::i_ok : soci::i_null;
    soci::indicator entryInd = c.timeEntryId ? soci::i_ok : soci::i_null;
    const int vat = c.vatExempt ? 1 : 0, billable = c.billable ? 1 : 0;
    const std::string kind(toString(c.kind)), state(toString(c.state));
    const std::string now = text::toDatabaseText(text::now());
    db_.sql() << "insert into charges (entity_id, case_id, user_id, kind, charged_on, description, seconds, billed_seconds, "
                 "rate_agorot, amount_agorot, vat_exempt, billable, state, time_entry_id, created_at, updated_at, version) "
                 "values (:e, :c, :u, :k, :d, :t, :s, :b, :r, :a, :v, :bl, :st, :te, :ca, :ua, 1) returning id",
        soci::use(client), soci::use(kase, caseInd), soci::use(user, userInd), soci::use(kind), soci::use(c.chargedOn),
        soci::use(c.description), soci::use(seconds), soci::use(billed), soci::use(rate), soci::use(amount), soci::use(vat),
        soci::use(billable), soci::use(state), soci::use(entry, entryInd), soci::use(now), soci::use(now), soci::into(id);
    return id;
}

bool ChargeRepository::update(const Charge& c)
{
    const long long id = c.id, seconds = c.seconds, billed = c.billedSeconds, rate = c.rateAgorot, amount = c.amountAgorot;
    const int vat = c.vatExempt ? 1 : 0, billable = c.billable ? 1 : 0;
    const std::string now = text::toDatabaseText(text::now());
    const std::string state(toString(c.state));
    soci::statement st =
        (db_.sql().prepare << "update charges set charged_on = :d, description = :t, seconds = :s, billed_seconds = :b, "
                              "rate_agorot = :r, amount_agorot = :a, vat_exempt = :v, billable = :bl, state = :st, "
                              "updated_at = :ua, version = version + 1 where id = :id and version = :ver",
         soci::use(c.chargedOn), soci::use(c.description), soci::use(seconds), soci::use(billed), soci::use(rate),
         soci::use(amount), soci::use(vat), soci::use(billable), soci::use(state), soci::use(now), soci::use(id),
         soci::use(c.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

std::optional<text::Timestamp> ChargeRepository::createdAt(int64_t id)
{
    const long long key = id;
    std::string at;
    db_.sql() << "select created_at from charges where id = :id", soci::use(key), soci::into(at);
    if (!db_.sql().got_data()) return std::nullopt;
    return text::parseTimestamp(at);
}

std::optional<Charge> ChargeRepository::find(int64_t id)
{
    ChargeBinding b;
    const long long key = id;
    soci::statement st = (db_.sql().prepare << std::string("select ") + kColumns + " from charges c where c.id = :id");
    b.bind(st);
    st.exchange(soci::use(key, "id"));
    st.define_and_bind();
    st.execute();
    if (!st.fetch()) return std::nullopt;
    return b.charge();
}

std::string ChargeRepository::where(const ChargeFilter& f, std::vector<std::string>& texts, std::vector<long long>& numbers)
{
    std::string sql;
    auto add = [&](const std::string& condition) { sql += (sql.empty() ? " where " : " and ") + condition; };
    if (f.clientId) add("c.entity_id = :n" + std::to_string(numbers.size())), numbers.push_back(f.clientId);
    if (f.caseId) add("c.case_id = :n" + std::to_string(numbers.size())), numbers.push_back(f.caseId);
    if (f.userId) add("c.user_id = :n" + std::to_string(numbers.size())), numbers.push_back(f.userId);
    if (f.accountId) add("c.account_id = :n" + std::to_string(numbers.size())), numbers.push_back(f.accountId);
    if (f.state) add("c.state = :t" + std::to_string(texts.size())), texts.emplace_back(toString(*f.state));
    if (f.kind) add("c.kind = :t" + std::to_string(texts.size())), texts.emplace_back(toString(*f.kind));
    if (!f.from.empty()) add("c.charged_on >= :t" + std::to_string(texts.size())), texts.push_back(f.from);
    if (!f.to.empty()) add("c.charged_on <= :t" + std::to_string(texts.size())), texts.push_back(f.to);
    return sql;
}

std::vector<ChargeRow> ChargeRepository::list(const ChargeFilter& filter, int64_t offset, int64_t limit)
{
    std::vector<std::string> texts;
    std::vector<long long> numbers;
    const std::string condition = where(filter, texts, numbers);
    soci::statement st = (db_.sql().prepare << std::string("select ") + kColumns +
                                                   ", u.login, k.internal_number from charges c "
                                                   "left join users u on u.id = c.user_id "
                                                   "left join cases k on k.id = c.case_id" +
                                                   condition + " order by c.charged_on desc, c.id desc limit :lim offset :off");
    ChargeBinding b;
    b.bind(st);
    std::string login, caseNumber;
    soci::indicator loginInd, caseNumberInd;
    st.exchange(soci::into(login, loginInd));
    st.exchange(soci::into(caseNumber, caseNumberInd));
    for (size_t i = 0; i < texts.size(); ++i) st.exchange(soci::use(texts[i], "t" + std::to_string(i)));
    for (size_t i = 0; i < numbers.size(); ++i) st.exchange(soci::use(numbers[i], "n" + std::to_string(i)));
    long long lim = limit, off = offset;
    st.exchange(soci::use(lim, "lim"));
    st.exchange(soci::use(off, "off"));
    st.define_and_bind();
    st.execute();
    std::vector<ChargeRow> out;
    while (st.fetch())
        out.push_back({b.charge(), loginInd == soci::i_ok ? login : std::string(),
                       caseNumberInd == soci::i_ok ? caseNumber : std::string()});
    return out;
}

ChargeTotals ChargeRepository::totals(const ChargeFilter& filter)
{
    std::vector<std::string> texts;
    std::vector<long long> numbers;
    const std::string condition = where(filter, texts, numbers);
    ChargeTotals t;
    long long count = 0, seconds = 0, billed = 0, amount = 0;
    soci::statement st = (db_.sql().prepare << "select count(*), coalesce(sum(c.seconds), 0), coalesce(sum(c.billed_seconds), 0), "
                                               "coalesce(sum(c.amount_agorot), 0) from charges c" + condition);
    st.exchange(soci::into(count));
    st.exchange(soci::into(seconds));
    st.exchange(soci::into(billed));
    st.exchange(soci::into(amount));
    for (size_t i = 0; i < texts.size(); ++i) st.exchange(soci::use(texts[i], "t" + std::to_string(i)));
    for (size_t i = 0; i < numbers.size(); ++i) st.exchange(soci::use(numbers[i], "n" + std::to_string(i)));
    st.define_and_bind();
    st.execute(true);
    t.count = count;
    t.seconds = seconds;
    t.billedSeconds = billed;
    t.amountAgorot = amount;
    return t;
}

int64_t ChargeRepository::insertTimeEntry(const TimeEntry& e)
{
    long long id = 0;
    const long long user = e.userId, client = e.clientId, kase = e.caseId, seconds = e.seconds;
    soci::indicator caseInd = e.caseId ? soci::i_ok : soci::i_null;
    const std::string started = text::toDatabaseText(e.startedAt), ended = text::toDatabaseText(e.endedAt);
    const std::string now = text::toDatabaseText(text::now());
    const int billable = e.billable ? 1 : 0;
    db_.sql() << "insert into time_entries (user_id, entity_id, case_id, started_at, ended_at, seconds, description, billable, "
                 "created_at, version) values (:u, :e, :c, :s, :x, :n, :d, :b, :ca, 1) returning id",
        soci::use(user), soci::use(client), soci::use(kase, caseInd), soci::use(started), soci::use(ended),
        soci::use(seconds), soci::use(e.description), soci::use(billable), soci::use(now), soci::into(id);
    return id;
}

} // namespace praklit::data
