#pragma once
// A port: the court gateway Net HaMishpat's documents and hearings come
// through (docs/court-gateway.md). The services decide which cases to ask
// about and what an event means for the office; an integration speaks the
// gateway's HTTPS protocol (integrations::CourtGateways).
#include "domain/Court.h"
#include "domain/Error.h"
#include "services/ports/SmartCard.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace praklit::services {

struct CourtGatewayConfig {
    std::string url;    // https://…, the gateway's base address
    std::string caFile; // the CA the gateway's certificate is checked against; empty: the system's
    int timeoutMs = 30000;
    // Temporary failures (HTTP 5xx, a dropped connection, a timeout) are
    // tried again this many times, waiting firstRetry, then twice as long…
    int attempts = 4;
    std::chrono::milliseconds firstRetry{500};
    // A 429's Retry-After longer than this is a failure, not a wait.
    std::chrono::seconds maxRetryAfter{120};
};

// A case as the gateway knows it: the normalised number ("3036-11-17" or
// "2904/14"); the old form needs the court and the proceeding type too.
struct CourtCaseKey {
    std::string number;
    std::string court;
    std::string proceedingType;
};

// One page of a case's events after `cursor`.
struct CourtEvents {
    std::vector<CourtDocumentEvent> documents;
    std::vector<HearingEvent> hearings;
    std::string cursor; // give it back for the next page, and keep it for the next sync
    bool more = false;  // another page follows
};

// What went wrong, for the sync to decide: a case unknown to the court is
// its own line in the report; the rest stop the case (Unavailable,
// RateLimited after the waits) or the whole sync (Refused).
enum class CourtProblem {
    UnknownCase, // the court has no such case (or not for this lawyer)
    Unavailable, // still failing after the attempts: 5xx, dropped, timed out
    RateLimited, // told to wait longer than maxRetryAfter
    Refused,     // sign-in refused: the card's certificate or signature not accepted
    Untrusted,   // the gateway's own certificate is not trusted
    Corrupt,     // a document's bytes do not match its SHA-256 (after the attempts)
    Cancelled,   // the caller's cancel flag was raised during a wait
};
class CourtError : public Error {
public:
    CourtError(CourtProblem problem, const std::string& sentence)
        : Error(problem == CourtProblem::UnknownCase ? ErrorKind::NotFound : ErrorKind::OutsideService, sentence),
          problem_(problem)
    {
    }
    CourtProblem problem() const { return problem_; }

private:
    CourtProblem problem_;
};

// Thread-safe: the sync's workers share one gateway (one signed-in session;
// each calling thread has its own connection). Retries, 429 waits and
// signing in again when the session expires happen inside; what reaches
// the caller is a CourtError.
class CourtGateway {
public:
    virtual ~CourtGateway() = default;
    // Signs in: asks for a challenge, has the card sign it, presents the
    // signature with the card's certificate. Keeps `card` to sign again
    // when the session expires; the caller keeps it alive until done.
    virtual void signIn(CardSession& card) = 0;
    // One page of the case's events after `cursor` ("" from the beginning).
    virtual CourtEvents events(const CourtCaseKey& key, const std::string& cursor) = 0;
    // Writes document `id`'s bytes to `into` and returns their SHA-256
    // (lowercase hex); a mismatch with `sha256` is retried, then Corrupt and
    // `into` removed.
    virtual std::string download(const std::string& id, const std::string& sha256, const std::filesystem::path& into) = 0;
    // Ends the session (best effort).
    virtual void signOut() = 0;
};

class CourtGateways {
public:
    virtual ~CourtGateways() = default;
    // `cancel`, when given, is watched during waits (429, retries).
    virtual std::unique_ptr<CourtGateway> make(const CourtGatewayConfig& config, const std::atomic<bool>* cancel = nullptr) = 0;

    // The composition roots install the integration once at start-up.
    static void install(std::unique_ptr<CourtGateways> gateways);
    // The installed one; Error(Internal) when the program installed none.
    static CourtGateways& installed();
};

} // namespace praklit::services
