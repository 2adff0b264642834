#pragma once
#include "services/OfficeSession.h"
#include "services/SmsService.h"
#include "services/ports/SmsGateway.h"
#include "text/Timestamp.h"

#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <string>

namespace praklit::services {

struct DispatchOptions {
    int64_t batch = 20; // messages claimed at a time
    // How long a claim holds; renewed before each message goes out, so it
    // only has to outlast one gateway call.
    std::chrono::seconds lease{120};
    // How soon a message whose outcome is unknown is looked at again.
    std::chrono::seconds recheck{30};
    // The first retry after a temporary refusal; each next one waits twice
    // as long, up to maxBackoff.
    std::chrono::seconds firstRetry{30};
    std::chrono::seconds maxBackoff{30 * 60};
    std::string label = "praklit"; // names the dispatcher in its claims ("desktop", "cli")
    std::function<text::Timestamp()> clock = [] { return text::now(); };
};

// What one pass did.
struct DispatchPass {
    int64_t sent = 0;       // accepted by the gateway
    int64_t retried = 0;    // refused for now, queued for a later attempt
    int64_t failed = 0;     // refused for good, or out of attempts
    int64_t unknown = 0;    // no answer: held until the gateway is asked or reports
    int64_t reconciled = 0; // an unknown outcome settled by asking the gateway
    int64_t reports = 0;    // delivery reports applied
    bool closed = false;    // outside the office's sending hours: nothing due went out
};

// Sends the office's due messages through a gateway, exactly once: each
// message is claimed atomically with a lease (a dead dispatcher's claim is
// taken over when it expires), its id is the key the gateway is given, and
// a message whose outcome is unknown is reconciled by asking the gateway
// before anything is sent again. Any number of dispatchers may run against
// one office. Not thread-safe, except enqueue().
class SmsDispatcher {
public:
    // The session must have the SMS module on and SendSms.
    SmsDispatcher(OfficeSession& office, SmsGateway& gateway, DispatchOptions options = {});

    // Claims and sends until nothing due is left; applies queued reports first.
    DispatchPass runOnce();
    // A delivery report, from the listener's thread: applied by the next runOnce().
    void enqueue(const DeliveryReport& report);
    // Applies one report now.
    bool apply(const DeliveryReport& report);

    const std::string& owner() const { return owner_; }

private:
    void sendClaimed(const SmsMessage& m, DispatchPass& pass, text::Timestamp now);
    void reconcile(const SmsMessage& m, DispatchPass& pass, text::Timestamp now, bool open);
    void failOrRetry(const SmsMessage& m, const SendResult& result, DispatchPass& pass, text::Timestamp now);

    OfficeSession& office_;
    SmsGateway& gateway_;
    DispatchOptions options_;
    std::string owner_;
    SmsSettings settings_; // the office's, read at the start of each pass
    std::mutex reportsLock_;
    std::deque<DeliveryReport> reports_;
};

} // namespace praklit::services
