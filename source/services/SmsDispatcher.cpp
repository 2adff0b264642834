#include "services/SmsDispatcher.h"

#include "data/Database.h"
#include "data/SmsRepository.h"
#include "domain/Error.h"
#include "services/SmsService.h"
#include "text/Translate.h"

#include <algorithm>
#include <cstdio>
#include <random>

namespace praklit::services {

using text::toDatabaseText;
using text::tr;

namespace {

// Unique among every dispatcher that ever claims a message of this office:
// the label names it for whoever reads the table, the random part tells two
// workstations (or two runs of one) apart.
std::string makeOwner(const std::string& label)
{
    std::random_device random;
    char id[32];
    std::snprintf(id, sizeof id, "%08x%08x", random(), random());
    return label + ":" + id;
}

} // namespace

SmsDispatcher::SmsDispatcher(OfficeSession& office, SmsGateway& gateway, DispatchOptions options)
    : office_(office), gateway_(gateway), options_(std::move(options)), owner_(makeOwner(options_.label))
{
}

void SmsDispatcher::enqueue(const DeliveryReport& report)
{
    std::lock_guard lock(reportsLock_);
    reports_.push_back(report);
}

bool SmsDispatcher::apply(const DeliveryReport& report)
{
    const auto at = toDatabaseText(options_.clock());
    bool changed = false;
    auto& db = office_.db();
    db.transaction([&] {
        data::SmsRepository repo(db);
        switch (report.status.state) {
        case RemoteState::Delivered: changed = repo.reportDelivered(report.messageId, report.round, at); break;
        case RemoteState::Failed:
            changed = repo.reportFailed(report.messageId, report.round, report.status.code,
                                        report.status.reason.empty() ? tr("The network could not deliver the message.")
                                                                     : report.status.reason);
            break;
        case RemoteState::Pending: changed = repo.reportAccepted(report.messageId, report.round, at); break;
        case RemoteState::NotReceived:
        case RemoteState::CannotAsk: break;
        }
    });
    return changed;
}

DispatchPass SmsDispatcher::runOnce()
{
    SmsService sms(office_);
    if (!sms.moduleOn(Module::Sms)) moduleOff(Module::Sms);
    office_.require(Permission::SendSms);
    settings_ = sms.settings();
    const auto& settings = settings_;
    DispatchPass pass;

    std::deque<DeliveryReport> reports;
    {
        std::lock_guard lock(reportsLock_);
        reports.swap(reports_);
    }
    for (const auto& r : reports)
        if (apply(r)) ++pass.reports;

    auto& db = office_.db();
    // Claims that expired first: a dead dispatcher's, and outcomes waiting to be known.
    for (;;) {
        const auto now = options_.clock();
        std::vector<SmsMessage> claimed;
        db.transaction([&] {
            claimed = data::SmsRepository(db).claimExpired(owner_, toDatabaseText(now),
                                                           toDatabaseText(now + options_.lease), options_.batch);
        });
        if (claimed.empty()) break;
        const bool open = settings.hours.allows(now);
        for (const auto& m : claimed) reconcile(m, pass, options_.clock(), open);
        if (static_cast<int64_t>(claimed.size()) < options_.batch) break;
    }

    if (!settings.hours.allows(options_.clock())) {
        pass.closed = true;
        return pass;
    }
    for (;;) {
        const auto now = options_.clock();
        std::vector<SmsMessage> claimed;
        db.transaction([&] {
            claimed = data::SmsRepository(db).claimDue(owner_, toDatabaseText(now), toDatabaseText(now + options_.lease),
                                                       options_.batch);
        });
        if (claimed.empty()) break;
        for (const auto& m : claimed) sendClaimed(m, pass, options_.clock());
        if (static_cast<int64_t>(claimed.size()) < options_.batch) break;
    }
    return pass;
}

void SmsDispatcher::sendClaimed(const SmsMessage& m, DispatchPass& pass, text::Timestamp now)
{
    auto& db = office_.db();
    bool held = false;
    db.transaction([&] { held = data::SmsRepository(db).renew(m.id, owner_, toDatabaseText(now + options_.lease)); });
    // Lost: the lease ran out and another dispatcher has the message now.
    if (!held) return;
    const auto result = gateway_.send({m.id, m.e164, m.text, m.encoding, m.resends});
    const std::string gateway(toString(gateway_.kind()));
    const auto after = options_.clock();
    switch (result.outcome) {
    case SendOutcome::Accepted:
        db.transaction([&] { data::SmsRepository(db).markSent(m.id, owner_, toDatabaseText(after), gateway, result.code); });
        ++pass.sent;
        break;
    case SendOutcome::Unknown:
        db.transaction([&] {
            data::SmsRepository(db).markUnknown(m.id, owner_, toDatabaseText(after),
                                                toDatabaseText(after + options_.recheck), gateway);
        });
        ++pass.unknown;
        break;
    case SendOutcome::Temporary:
    case SendOutcome::Permanent: failOrRetry(m, result, pass, after); break;
    }
}

void SmsDispatcher::failOrRetry(const SmsMessage& m, const SendResult& result, DispatchPass& pass, text::Timestamp now)
{
    const auto& settings = settings_;
    const std::string gateway(toString(gateway_.kind()));
    auto& db = office_.db();
    if (result.outcome == SendOutcome::Permanent || m.attempts >= settings.maxAttempts) {
        const std::string reason =
            result.outcome == SendOutcome::Permanent
                ? result.reason
                : text::format(tr("Not sent after {1} attempts: {2}"), int64_t{m.attempts}, result.reason);
        db.transaction([&] { data::SmsRepository(db).markFailed(m.id, owner_, result.code, reason, gateway); });
        ++pass.failed;
        return;
    }
    // 30 s, 1 min, 2 min, … up to the cap; then the next opening of the sending hours.
    const int doublings = std::clamp(m.attempts - 1, 0, 20);
    auto wait = options_.firstRetry * (int64_t{1} << doublings);
    wait = std::min(wait, options_.maxBackoff);
    auto next = now + wait;
    next = settings.hours.nextOpening(next).value_or(next);
    db.transaction([&] {
        data::SmsRepository(db).requeue(m.id, owner_, toDatabaseText(next), result.code, result.reason);
    });
    ++pass.retried;
}

void SmsDispatcher::reconcile(const SmsMessage& m, DispatchPass& pass, text::Timestamp now, bool open)
{
    auto& db = office_.db();
    const std::string gateway(toString(gateway_.kind()));
    const auto status = gateway_.query(m.id, m.resends);
    data::SmsRepository repo(db);
    switch (status.state) {
    case RemoteState::NotReceived:
        // The gateway never got it: sending it now is its first time.
        ++pass.reconciled;
        if (open) {
            sendClaimed(m, pass, now);
        } else {
            const auto next = settings_.hours.nextOpening(now).value_or(now);
            db.transaction([&] { repo.requeue(m.id, owner_, toDatabaseText(next), m.reasonCode, m.reason); });
        }
        return;
    case RemoteState::Pending:
        db.transaction([&] { repo.markSent(m.id, owner_, toDatabaseText(now), gateway, status.code); });
        ++pass.reconciled;
        return;
    case RemoteState::Delivered:
        db.transaction([&] { repo.markDelivered(m.id, owner_, toDatabaseText(now), gateway); });
        ++pass.reconciled;
        return;
    case RemoteState::Failed:
        db.transaction([&] {
            repo.markFailed(m.id, owner_, status.code,
                            status.reason.empty() ? tr("The network could not deliver the message.") : status.reason,
                            gateway);
        });
        ++pass.reconciled;
        return;
    case RemoteState::CannotAsk: break;
    }
    // A gateway that cannot be asked: wait for its delivery report, and
    // after the grace period leave the decision to a person — sending again
    // blindly could send it twice.
    const auto since = text::parseTimestamp(m.unknownSince).value_or(now);
    if (now - since >= std::chrono::minutes(settings_.unknownGraceMinutes)) {
        db.transaction([&] {
            repo.markFailed(m.id, owner_, "unknown",
                            tr("The gateway did not say whether it took the message, and it may have been sent: "
                               "check with the recipient before sending it again."),
                            gateway);
        });
        ++pass.failed;
    } else {
        db.transaction([&] {
            repo.markUnknown(m.id, owner_, m.unknownSince, toDatabaseText(now + options_.recheck), gateway);
        });
        ++pass.unknown;
    }
}

} // namespace praklit::services
