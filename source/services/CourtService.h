#pragma once
// Net HaMishpat (נט המשפט): the lawyer's smart card linked to the user, and
// the download of the court's documents and hearings for the office's cases,
// the client's or one case's. Every call needs the module on; linking and
// downloading need court.download.
#include "domain/Court.h"
#include "services/OfficeSession.h"
#include "services/ports/CourtGateway.h"
#include "services/ports/SmartCard.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace praklit::services {

// The card a user linked: what identifies its certificate, never a key or a code.
struct LinkedCard {
    std::string modulePath;
    uint64_t slot = 0;
    std::string certificateId, fingerprint, holder, notAfter, linkedAt;
};

struct CourtSettings {
    CourtGatewayConfig gateway; // url and caFile from System settings → Net HaMishpat
    int parallel = 4;           // cases downloaded at once
    int upcomingDays = 14;      // the home screen's upcoming hearings
};

enum class SyncScope { All, Client, Case };
std::string_view toString(SyncScope scope); // "all", "client", "case"

enum class CaseSyncState { Waiting, Downloading, Done, Failed, Skipped, Cancelled };
std::string_view toString(CaseSyncState state); // "waiting" … stored for the final ones
std::string stateName(CaseSyncState state);     // in the user's language

struct CaseSyncProgress {
    int64_t caseId = 0;
    std::string label; // the case's number, court number and client, as the progress window lists it
    CaseSyncState state = CaseSyncState::Waiting;
    int64_t newDocuments = 0, newHearings = 0, changedHearings = 0;
    std::string message; // why it failed or was skipped
};

struct SyncSummary {
    int64_t id = 0;
    int64_t scopeId = 0; // the client or the case; 0 for all
    std::string userName, scope, startedAt, finishedAt, state, message;
    int64_t cases = 0, failed = 0, newDocuments = 0, newHearings = 0, changedHearings = 0;
    std::vector<CaseSyncProgress> perCase; // filled by report(), not by reports()
};

struct UpcomingHearing {
    Hearing hearing;
    int64_t clientId = 0, lawyerUserId = 0;
    std::string internalNumber, courtNumber, clientName, lawyerName;
};

struct UnreadFromCourt {
    int64_t lawyerUserId = 0;
    std::string lawyerName;
    int64_t documents = 0;
};

// A download in one line, for the summary and the reports: "Download 3: 250
// cases, 12 new documents, 4 new hearings, 1 changed hearing, 2 failed."
std::string summaryLine(const SyncSummary& s);
// What it covered: "All open cases", "The cases of client 12", "Case 7".
std::string scopeName(const SyncSummary& s);
// A whole download's state ("running", "done", "failed", "cancelled").
std::string syncStateName(const std::string& state);

// Told of every case once as waiting, when the card has signed in, then of
// each case as it changes state, from the sync's worker threads.
using SyncObserver = std::function<void(const CaseSyncProgress&)>;

class CourtService {
public:
    CourtService(OfficeSession& office, SmartCards& cards, CourtGateways& gateways)
        : office_(office), cards_(cards), gateways_(gateways)
    {
    }
    // With the integrations the program installed.
    explicit CourtService(OfficeSession& office)
        : CourtService(office, SmartCards::installed(), CourtGateways::installed())
    {
    }

    CourtSettings settings();
    void saveSettings(const CourtSettings& settings); // users.manage

    // Linking the card: the module's readers and the certificates on a card.
    std::vector<std::string> defaultModules();
    std::vector<CardSlot> slots(const std::string& modulePath);
    std::vector<CardCertificate> certificates(const std::string& modulePath, uint64_t slot);
    LinkedCard linkCard(const std::string& modulePath, uint64_t slot, const std::string& certificateId);
    std::optional<LinkedCard> linkedCard();
    // Signs in to the linked card with `pin` and signs a test challenge: the
    // card and its code work. The code is wiped before it returns.
    CardCertificate checkCard(std::string pin);

    // Downloads for the scope (`id`: the client or the case; none for All).
    // Returns when every case is done, failed, skipped or cancelled; `cancel`
    // stops it after the document in hand. The code is wiped at once.
    SyncSummary sync(SyncScope scope, int64_t id, std::string pin, const SyncObserver& observer = {},
                     const std::atomic<bool>* cancel = nullptr);

    std::vector<Hearing> hearingsOfCase(int64_t caseId);
    std::vector<HearingChange> hearingHistory(int64_t hearingId);
    // From today for `days` days; `lawyerUserId` 0 for the whole office.
    std::vector<UpcomingHearing> upcoming(int days, int64_t lawyerUserId = 0, int limit = 500);
    std::vector<UnreadFromCourt> unreadFromCourt();
    std::vector<SyncSummary> reports(int limit = 100);
    SyncSummary report(int64_t syncId);

private:
    void requireModule();
    OfficeSession& office_;
    SmartCards& cards_;
    CourtGateways& gateways_;
};

} // namespace praklit::services
