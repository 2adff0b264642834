#pragma once
// Net HaMishpat's rows: the linked cards, each case's cursor, the court's
// hearings with their history, and the sync reports.
#include "data/Database.h"
#include "domain/Court.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace praklit::data {

struct LinkedCardRow {
    int64_t userId = 0;
    std::string modulePath;
    int64_t slot = 0;
    std::string certificateId, fingerprint, holder, notAfter, linkedAt;
    int version = 0;
};

// A case as a sync reads it.
struct SyncCaseRow {
    int64_t caseId = 0, clientId = 0, lawyerUserId = 0;
    std::string internalNumber, court, proceedingType, courtNumber, clientName;
};

struct UpcomingHearingRow {
    Hearing hearing;
    std::string internalNumber, courtNumber, clientName, lawyerName;
    int64_t clientId = 0, lawyerUserId = 0;
};

struct SyncRow {
    int64_t id = 0, userId = 0, scopeId = 0;
    std::string userName, scope, startedAt, finishedAt, state, message;
    int64_t cases = 0, failed = 0, newDocuments = 0, newHearings = 0, changedHearings = 0;
};

struct SyncCaseResultRow {
    int64_t caseId = 0;
    std::string internalNumber, proceedingType, courtNumber, clientName, state, message;
    int64_t newDocuments = 0, newHearings = 0, changedHearings = 0;
};

struct UnreadRow {
    int64_t lawyerUserId = 0; // 0: cases with no lawyer
    std::string lawyerName;
    int64_t documents = 0;
};

class CourtRepository {
public:
    explicit CourtRepository(Database& db) : db_(db) {}

    std::optional<LinkedCardRow> card(int64_t userId);
    void saveCard(const LinkedCardRow& card); // insert or replace the user's one card

    // The cases a sync covers, by id: "all" is the office's open cases.
    std::vector<int64_t> openCaseIds();
    std::vector<int64_t> caseIdsOfClient(int64_t clientId);
    std::optional<SyncCaseRow> syncCase(int64_t caseId);
    // Israel's courts by their names on `date` (the dated table): what the case form offers.
    std::vector<std::string> courtNames(const std::string& date);

    std::string cursor(int64_t caseId);
    void setCursor(int64_t caseId, const std::string& cursor, const std::string& at);

    // The court's ids of the case's documents: what a download need not fetch again.
    std::set<std::string> courtDocumentIds(int64_t caseId);
    // Which of `courtDocumentIds` some document holds already (another workstation's download).
    std::set<std::string> storedCourtDocuments(const std::vector<std::string>& courtDocumentIds);
    void markRead(int64_t documentId);

    std::optional<Hearing> hearingByCourtId(const std::string& courtHearingId);
    int64_t insertHearing(const Hearing& h, const std::string& at);
    // Keeps the old values in the history, then writes the new ones.
    void changeHearing(const Hearing& before, const HearingEvent& after, bool changed, const std::string& at, int64_t syncId);
    std::vector<Hearing> hearingsOfCase(int64_t caseId);
    // The first hearing from `fromDate` still to be held (set or moved, not
    // cancelled or held) of the case, or with no case of the client's open cases.
    std::optional<Hearing> nextHearing(int64_t clientId, int64_t caseId, const std::string& fromDate);
    std::vector<HearingChange> history(int64_t hearingId);
    // From `fromDate` to `toDate` (yyyy-mm-dd, both included), by date and
    // hour; `lawyerUserId` 0 for everyone's.
    std::vector<UpcomingHearingRow> upcoming(const std::string& fromDate, const std::string& toDate, int64_t lawyerUserId,
                                             int limit);

    int64_t startSync(int64_t userId, const std::string& scope, int64_t scopeId, const std::string& at);
    void finishSync(int64_t syncId, const std::string& state, const std::string& message, const std::string& at);
    void addSyncCase(int64_t syncId, int64_t caseId, const std::string& state, int64_t newDocuments, int64_t newHearings,
                     int64_t changedHearings, const std::string& message);
    std::vector<SyncRow> syncs(int limit); // newest first
    std::optional<SyncRow> sync(int64_t syncId);
    std::vector<SyncCaseResultRow> syncCases(int64_t syncId);

    std::vector<UnreadRow> unreadByLawyer();

private:
    std::vector<Hearing> hearings(const std::string& where, const std::string& key);
    std::vector<SyncRow> syncsWhere(const std::string& tail, int64_t key);
    Database& db_;
};

} // namespace praklit::data
