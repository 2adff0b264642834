#include "data/SmsRepository.h"

#include <soci/soci.h>

namespace praklit::data {

namespace {

constexpr const char* kMessageColumns =
    "m.id, m.entity_id, coalesce(m.case_id, 0), coalesce(m.contact_id, 0), coalesce(m.phone_id, 0), "
    "m.recipient_name, m.number_e164, m.body, m.encoding, m.segments, m.state, m.due_at, m.created_at, "
    "m.sent_at, m.delivered_at, m.sender_user_id, coalesce(u.display_name, ''), coalesce(c.internal_number, ''), "
    "m.attempts, m.next_attempt_at, m.reason_code, m.reason, m.gateway, m.version, m.unknown_since, m.resends "
    "from sms_messages m left join users u on u.id = m.sender_user_id left join cases c on c.id = m.case_id ";

// One row of kMessageColumns, bound once and read row by row.
struct MessageRow {
    long long id = 0, entity = 0, caseId = 0, contact = 0, phone = 0, segments = 0, sender = 0;
    std::string encoding, state, sentAt, deliveredAt, unknownSince;
    soci::indicator sentInd = soci::i_ok, deliveredInd = soci::i_ok, unknownInd = soci::i_ok;
    SmsMessage m;

    void bind(soci::statement& st)
    {
        st.exchange(soci::into(id));
        st.exchange(soci::into(entity));
        st.exchange(soci::into(caseId));
        st.exchange(soci::into(contact));
        st.exchange(soci::into(phone));
        st.exchange(soci::into(m.recipientName));
        st.exchange(soci::into(m.e164));
        st.exchange(soci::into(m.text));
        st.exchange(soci::into(encoding));
        st.exchange(soci::into(segments));
        st.exchange(soci::into(state));
        st.exchange(soci::into(m.dueAt));
        st.exchange(soci::into(m.createdAt));
        st.exchange(soci::into(sentAt, sentInd));
        st.exchange(soci::into(deliveredAt, deliveredInd));
        st.exchange(soci::into(sender));
        st.exchange(soci::into(m.senderName));
        st.exchange(soci::into(m.caseNumber));
        st.exchange(soci::into(m.attempts));
        st.exchange(soci::into(m.nextAttemptAt));
        st.exchange(soci::into(m.reasonCode));
        st.exchange(soci::into(m.reason));
        st.exchange(soci::into(m.gateway));
        st.exchange(soci::into(m.version));
        st.exchange(soci::into(unknownSince, unknownInd));
        st.exchange(soci::into(m.resends));
    }
    SmsMessage get() const
    {
        SmsMessage out = m;
        out.id = id;
        out.clientId = entity;
        out.caseId = caseId;
        out.contactId = contact;
        out.phoneId = phone;
        out.encoding = parseSmsEncoding(encoding).value_or(SmsEncoding::Ucs2);
        out.segments = segments;
        out.state = parseSmsState(state).value_or(SmsState::Failed);
        out.sentAt = sentInd == soci::i_ok ? sentAt : std::string();
        out.deliveredAt = deliveredInd == soci::i_ok ? deliveredAt : std::string();
        out.senderUserId = sender;
        out.unknownSince = unknownInd == soci::i_ok ? unknownSince : std::string();
        return out;
    }
};

bool affectedOne(soci::statement& st)
{
    st.execute(true);
    return st.get_affected_rows() == 1;
}

} // namespace

// --- templates ---------------------------------------------------------------

int64_t SmsRepository::insertTemplate(const SmsTemplate& t)
{
    long long id = 0;
    const std::string type(toString(t.type));
    db_.sql() << "insert into sms_templates (name, type, body, version) values (:n, :t, :b, 1) returning id",
        soci::use(t.name), soci::use(type), soci::use(t.text), soci::into(id);
    return id;
}

bool SmsRepository::updateTemplate(const SmsTemplate& t)
{
    const long long id = t.id;
    const std::string type(toString(t.type));
    soci::statement st = (db_.sql().prepare << "update sms_templates set name = :n, type = :t, body = :b, "
                                               "version = version + 1 where id = :id and version = :v",
                          soci::use(t.name), soci::use(type), soci::use(t.text), soci::use(id), soci::use(t.version));
    return affectedOne(st);
}

void SmsRepository::removeTemplate(int64_t id)
{
    const long long key = id;
    db_.sql() << "delete from sms_templates where id = :id", soci::use(key);
}

std::vector<SmsTemplate> SmsRepository::templates()
{
    std::vector<SmsTemplate> out;
    SmsTemplate t;
    long long id = 0;
    std::string type;
    soci::statement st = (db_.sql().prepare << "select id, name, type, body, version from sms_templates order by name, id",
                          soci::into(id), soci::into(t.name), soci::into(type), soci::into(t.text), soci::into(t.version));
    st.execute();
    while (st.fetch()) {
        t.id = id;
        t.type = parseTemplateType(type).value_or(TemplateType::None);
        out.push_back(t);
    }
    return out;
}

std::optional<SmsTemplate> SmsRepository::findTemplate(int64_t id)
{
    for (auto& t : templates())
        if (t.id == id) return t;
    return std::nullopt;
}

std::optional<SmsTemplate> SmsRepository::templateNamed(const std::string& name)
{
    for (auto& t : templates())
        if (t.name == name) return t;
    return std::nullopt;
}

// --- messages ----------------------------------------------------------------

int64_t SmsRepository::insert(const SmsMessage& m)
{
    long long id = 0;
    const long long entity = m.clientId, caseId = m.caseId, contact = m.contactId, phone = m.phoneId,
                    segments = m.segments, sender = m.senderUserId;
    soci::indicator caseInd = m.caseId ? soci::i_ok : soci::i_null;
    soci::indicator contactInd = m.contactId ? soci::i_ok : soci::i_null;
    soci::indicator phoneInd = m.phoneId ? soci::i_ok : soci::i_null;
    const std::string encoding(toString(m.encoding));
    db_.sql() << "insert into sms_messages (entity_id, case_id, contact_id, phone_id, recipient_name, number_e164, body, "
                 "encoding, segments, state, due_at, created_at, sender_user_id, attempts, next_attempt_at, version) "
                 "values (:e, :c, :k, :p, :r, :n, :b, :enc, :s, 'scheduled', :due, :at, :u, 0, :due2, 1) returning id",
        soci::use(entity), soci::use(caseId, caseInd), soci::use(contact, contactInd), soci::use(phone, phoneInd),
        soci::use(m.recipientName), soci::use(m.e164), soci::use(m.text), soci::use(encoding), soci::use(segments),
        soci::use(m.dueAt), soci::use(m.createdAt), soci::use(sender), soci::use(m.dueAt), soci::into(id);
    return id;
}

std::vector<SmsMessage> SmsRepository::select(const std::string& where, const std::vector<std::string>& texts,
                                              const std::vector<long long>& numbers, const std::string& order,
                                              int64_t limit)
{
    std::vector<SmsMessage> out;
    MessageRow row;
    const long long cap = limit;
    // Parameters bind in the order the statement names them: the texts, then
    // the numbers, then the limit.
    soci::statement st = (db_.sql().prepare << std::string("select ") + kMessageColumns + "where " + where + " order by " +
                                                   order + " limit :lim");
    row.bind(st);
    for (const auto& t : texts) st.exchange(soci::use(t));
    for (const auto& n : numbers) st.exchange(soci::use(n));
    st.exchange(soci::use(cap));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out.push_back(row.get());
    return out;
}

std::optional<SmsMessage> SmsRepository::find(int64_t id)
{
    auto rows = select("m.id = :id", {}, {static_cast<long long>(id)}, "m.id", 1);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<SmsMessage> SmsRepository::list(const SmsFilter& f)
{
    std::string where = "1 = 1";
    std::vector<std::string> texts;
    std::vector<long long> numbers;
    if (f.state) {
        where += " and m.state = :st";
        texts.emplace_back(toString(*f.state));
    }
    if (f.clientId) {
        where += " and m.entity_id = :e";
        numbers.push_back(f.clientId);
    }
    if (f.caseId) {
        where += " and m.case_id = :c";
        numbers.push_back(f.caseId);
    }
    if (f.beforeId) {
        where += " and m.id < :b";
        numbers.push_back(f.beforeId);
    }
    return select(where, texts, numbers, "m.id desc", f.limit);
}

std::vector<SmsMessage> SmsRepository::scheduledBetween(const std::string& from, const std::string& until, int64_t limit)
{
    return select("m.state = 'scheduled' and m.due_at >= :f and m.due_at < :u", {from, until}, {}, "m.due_at, m.id",
                  limit);
}

bool SmsRepository::reschedule(const SmsMessage& m)
{
    const long long id = m.id, segments = m.segments;
    const std::string encoding(toString(m.encoding));
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set body = :b, encoding = :enc, segments = :s, due_at = :d, "
                              "next_attempt_at = :d2, version = version + 1 "
                              "where id = :id and version = :v and state = 'scheduled'",
         soci::use(m.text), soci::use(encoding), soci::use(segments), soci::use(m.dueAt), soci::use(m.dueAt),
         soci::use(id), soci::use(m.version));
    return affectedOne(st);
}

bool SmsRepository::cancel(int64_t id, int version)
{
    const long long key = id;
    soci::statement st = (db_.sql().prepare << "update sms_messages set state = 'cancelled', version = version + 1 "
                                               "where id = :id and version = :v and state = 'scheduled'",
                          soci::use(key), soci::use(version));
    return affectedOne(st);
}

bool SmsRepository::resend(int64_t id, int version, const std::string& now)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'scheduled', attempts = 0, resends = resends + 1, next_attempt_at = :n, "
                              "reason_code = '', reason = '', unknown_since = null, claim_owner = null, "
                              "lease_until = null, version = version + 1 "
                              "where id = :id and version = :v and state = 'failed'",
         soci::use(now), soci::use(key), soci::use(version));
    return affectedOne(st);
}

std::vector<SmsMessage> SmsRepository::claimDue(const std::string& owner, const std::string& now,
                                                const std::string& leaseUntil, int64_t limit)
{
    const long long cap = limit;
    const bool server = db_.backend() == Backend::PostgreSQL;
    // The claim and its lease in one statement: a row is either this
    // dispatcher's or another's, never both.
    db_.sql() << std::string("update sms_messages set state = 'sending', claim_owner = :o, lease_until = :l, "
                             "attempts = attempts + 1, version = version + 1 where id in (select id from sms_messages "
                             "where state = 'scheduled' and next_attempt_at <= :n order by next_attempt_at, id "
                             "limit :lim") +
                     (server ? " for update skip locked)" : ")"),
        soci::use(owner), soci::use(leaseUntil), soci::use(now), soci::use(cap);
    return select("m.state = 'sending' and m.claim_owner = :o and m.lease_until = :l and m.unknown_since is null",
                  {owner, leaseUntil}, {}, "m.next_attempt_at, m.id", limit);
}

std::vector<SmsMessage> SmsRepository::claimExpired(const std::string& owner, const std::string& now,
                                                    const std::string& leaseUntil, int64_t limit)
{
    const long long cap = limit;
    const bool server = db_.backend() == Backend::PostgreSQL;
    db_.sql() << std::string("update sms_messages set claim_owner = :o, lease_until = :l, "
                             "unknown_since = coalesce(unknown_since, :n), version = version + 1 where id in "
                             "(select id from sms_messages where state = 'sending' and lease_until < :n2 "
                             "order by lease_until, id limit :lim") +
                     (server ? " for update skip locked)" : ")"),
        soci::use(owner), soci::use(leaseUntil), soci::use(now), soci::use(now), soci::use(cap);
    return select("m.state = 'sending' and m.claim_owner = :o and m.lease_until = :l and m.unknown_since is not null",
                  {owner, leaseUntil}, {}, "m.id", limit);
}

bool SmsRepository::renew(int64_t id, const std::string& owner, const std::string& leaseUntil)
{
    const long long key = id;
    soci::statement st = (db_.sql().prepare << "update sms_messages set lease_until = :l "
                                               "where id = :id and claim_owner = :o and state = 'sending'",
                          soci::use(leaseUntil), soci::use(key), soci::use(owner));
    return affectedOne(st);
}

bool SmsRepository::markSent(int64_t id, const std::string& owner, const std::string& at, const std::string& gateway,
                             const std::string& code)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'sent', sent_at = :a, gateway = :g, reason_code = :c, "
                              "reason = '', claim_owner = null, lease_until = null, unknown_since = null, "
                              "version = version + 1 where id = :id and claim_owner = :o and state = 'sending'",
         soci::use(at), soci::use(gateway), soci::use(code), soci::use(key), soci::use(owner));
    return affectedOne(st);
}

bool SmsRepository::markDelivered(int64_t id, const std::string& owner, const std::string& at,
                                  const std::string& gateway)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'delivered', sent_at = coalesce(sent_at, :a), "
                              "delivered_at = :a2, gateway = :g, claim_owner = null, lease_until = null, "
                              "unknown_since = null, version = version + 1 "
                              "where id = :id and claim_owner = :o and state = 'sending'",
         soci::use(at), soci::use(at), soci::use(gateway), soci::use(key), soci::use(owner));
    return affectedOne(st);
}

bool SmsRepository::markFailed(int64_t id, const std::string& owner, const std::string& code,
                               const std::string& reason, const std::string& gateway)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'failed', reason_code = :c, reason = :r, gateway = :g, "
                              "claim_owner = null, lease_until = null, unknown_since = null, version = version + 1 "
                              "where id = :id and claim_owner = :o and state = 'sending'",
         soci::use(code), soci::use(reason), soci::use(gateway), soci::use(key), soci::use(owner));
    return affectedOne(st);
}

bool SmsRepository::requeue(int64_t id, const std::string& owner, const std::string& nextAttempt,
                            const std::string& code, const std::string& reason)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'scheduled', next_attempt_at = :n, reason_code = :c, "
                              "reason = :r, claim_owner = null, lease_until = null, unknown_since = null, "
                              "version = version + 1 where id = :id and claim_owner = :o and state = 'sending'",
         soci::use(nextAttempt), soci::use(code), soci::use(reason), soci::use(key), soci::use(owner));
    return affectedOne(st);
}

bool SmsRepository::markUnknown(int64_t id, const std::string& owner, const std::string& since,
                                const std::string& recheckAt, const std::string& gateway)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set unknown_since = coalesce(unknown_since, :s), lease_until = :l, "
                              "gateway = :g, version = version + 1 "
                              "where id = :id and claim_owner = :o and state = 'sending'",
         soci::use(since), soci::use(recheckAt), soci::use(gateway), soci::use(key), soci::use(owner));
    return affectedOne(st);
}

bool SmsRepository::reportDelivered(int64_t id, int round, const std::string& at)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'delivered', sent_at = coalesce(sent_at, :a), "
                              "delivered_at = :a2, claim_owner = null, lease_until = null, unknown_since = null, "
                              "version = version + 1 where id = :id and resends = :rnd and state in ('sending', 'sent')",
         soci::use(at), soci::use(at), soci::use(key), soci::use(round));
    return affectedOne(st);
}

bool SmsRepository::reportFailed(int64_t id, int round, const std::string& code, const std::string& reason)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'failed', reason_code = :c, reason = :r, "
                              "claim_owner = null, lease_until = null, unknown_since = null, version = version + 1 "
                              "where id = :id and resends = :rnd and state in ('sending', 'sent')",
         soci::use(code), soci::use(reason), soci::use(key), soci::use(round));
    return affectedOne(st);
}

bool SmsRepository::reportAccepted(int64_t id, int round, const std::string& at)
{
    const long long key = id;
    soci::statement st =
        (db_.sql().prepare << "update sms_messages set state = 'sent', sent_at = coalesce(sent_at, :a), "
                              "claim_owner = null, lease_until = null, unknown_since = null, version = version + 1 "
                              "where id = :id and resends = :rnd and state = 'sending'",
         soci::use(at), soci::use(key), soci::use(round));
    return affectedOne(st);
}

int64_t SmsRepository::openBalance(int64_t clientId)
{
    const long long key = clientId;
    long long balance = 0;
    db_.sql() << "select coalesce(sum(total_agorot - paid_agorot), 0) from transaction_accounts "
                 "where entity_id = :e and state = 'issued'",
        soci::use(key), soci::into(balance);
    return balance;
}

} // namespace praklit::data
