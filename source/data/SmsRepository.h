#pragma once
#include "data/Database.h"
#include "domain/Sms.h"

#include <optional>
#include <string>
#include <vector>

namespace praklit::data {

// Which messages a list shows, newest first, a page at a time (keyset: the
// page after message `beforeId`).
struct SmsFilter {
    int64_t clientId = 0; // 0: any
    int64_t caseId = 0;   // 0: any
    std::optional<SmsState> state;
    int64_t beforeId = 0; // 0: from the newest
    int64_t limit = 200;
};

// SMS templates and messages. A message moves between states only through
// the statements below, each of which names the state (and for a claimed
// message the dispatcher holding it) it expects, so two workstations never
// move one message twice.
class SmsRepository {
public:
    explicit SmsRepository(Database& db) : db_(db) {}

    int64_t insertTemplate(const SmsTemplate& t);
    bool updateTemplate(const SmsTemplate& t); // false on a stale version
    void removeTemplate(int64_t id);
    std::vector<SmsTemplate> templates(); // by name
    std::optional<SmsTemplate> findTemplate(int64_t id);
    std::optional<SmsTemplate> templateNamed(const std::string& name);

    int64_t insert(const SmsMessage& m); // as scheduled, due at m.dueAt
    std::optional<SmsMessage> find(int64_t id);
    std::vector<SmsMessage> list(const SmsFilter& filter);
    // Scheduled messages due in [from, until), by due time.
    std::vector<SmsMessage> scheduledBetween(const std::string& from, const std::string& until, int64_t limit);

    // A scheduled message nobody has claimed: its text and due time; false
    // when it is no longer scheduled or its version is stale.
    bool reschedule(const SmsMessage& m);
    bool cancel(int64_t id, int version);
    // A failed message goes again: scheduled now, its attempts counted anew.
    bool resend(int64_t id, int version, const std::string& now);

    // Claims up to `limit` due messages for `owner` until `leaseUntil`,
    // atomically: on PostgreSQL rows another dispatcher holds are skipped
    // (FOR UPDATE SKIP LOCKED); SQLite runs one writer at a time. Returns
    // the claimed messages, each counted one attempt more.
    std::vector<SmsMessage> claimDue(const std::string& owner, const std::string& now, const std::string& leaseUntil,
                                     int64_t limit);
    // Claims messages in state "sending" whose lease expired (a dispatcher
    // died, or an outcome is waiting to be reconciled); marks each outcome
    // unknown from `now` unless it already was.
    std::vector<SmsMessage> claimExpired(const std::string& owner, const std::string& now, const std::string& leaseUntil,
                                         int64_t limit);
    // Renews `owner`'s claim right before the gateway is called: false when
    // the claim was lost (its lease expired and another dispatcher took it).
    bool renew(int64_t id, const std::string& owner, const std::string& leaseUntil);

    // The outcomes, each only while `owner` holds the claim.
    bool markSent(int64_t id, const std::string& owner, const std::string& at, const std::string& gateway,
                  const std::string& code);
    bool markDelivered(int64_t id, const std::string& owner, const std::string& at, const std::string& gateway);
    bool markFailed(int64_t id, const std::string& owner, const std::string& code, const std::string& reason,
                    const std::string& gateway);
    bool requeue(int64_t id, const std::string& owner, const std::string& nextAttempt, const std::string& code,
                 const std::string& reason);
    // No answer from the gateway: held (state "sending") until `recheckAt`,
    // the outcome unknown since `since` unless it already was.
    bool markUnknown(int64_t id, const std::string& owner, const std::string& since, const std::string& recheckAt,
                     const std::string& gateway);

    // A delivery report pushed by the gateway, whoever holds the message:
    // sent and sending messages become delivered or failed; a message the
    // gateway took (Kannel's "accepted by the SMSC") that was still in
    // "sending" becomes sent. False when the report changed nothing.
    // A report is about one round (SmsMessage::resends): a late report of
    // an attempt before a resend changes nothing.
    bool reportDelivered(int64_t id, int round, const std::string& at);
    bool reportFailed(int64_t id, int round, const std::string& code, const std::string& reason);
    bool reportAccepted(int64_t id, int round, const std::string& at);

    // The client's open balance: issued accounts less what was paid, in agorot.
    int64_t openBalance(int64_t clientId);

private:
    std::vector<SmsMessage> select(const std::string& where, const std::vector<std::string>& texts,
                                   const std::vector<long long>& numbers, const std::string& order, int64_t limit);
    Database& db_;
};

} // namespace praklit::data
