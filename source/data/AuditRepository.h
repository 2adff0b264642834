#pragma once
#include "data/Database.h"
#include "text/Timestamp.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace praklit::data {

struct AuditEntry {
    int64_t id = 0;
    text::Timestamp at{};
    int64_t userId = 0;
    std::string userLogin;
    std::string table;
    int64_t rowId = 0;
    std::string action;  // insert | update | delete | import | state | read | export | sign-in | sign-in-refused | backup | restore
    std::string changes; // JSON: {"field": "value"} for an insert, {"field": [old, new]} for a change
    std::string reason;  // why, when the program asked (an old entry edited)
    std::string prevHash;
    std::string hash;
};

// Where the audit chain stops matching: the first row whose content no
// longer gives its hash, or whose link to the row before is broken (a row
// removed or moved), or a head that does not end the chain (rows removed at
// the end). Rows are walked in id order.
struct AuditVerdict {
    int64_t rows = 0;
    int64_t firstBadId = 0; // 0 when the chain is whole
    enum class Problem { None, ContentChanged, LinkBroken, HeadMismatch } problem = Problem::None;
    std::string head; // the hash of the last row, as the chain computes it
    bool ok() const { return problem == Problem::None; }
};

// Which rows a list shows; an empty or zero field does not filter.
struct AuditFilter {
    int64_t userId = 0;
    std::string table;
    int64_t rowId = 0;
    std::string action;
    std::optional<text::Timestamp> from;  // inclusive
    std::optional<text::Timestamp> until; // exclusive
    int64_t beforeId = 0; // keyset paging: rows older than this one (0: from the newest)
};

// The audit log: every row is written once (triggers refuse UPDATE and
// DELETE) and chained to the one before by a SHA-256 over both, so a change,
// a removal or a reordering behind the program's back is found by verify().
class AuditRepository {
public:
    explicit AuditRepository(Database& db) : db_(db) {}
    // Inside the caller's transaction. Takes the chain's head first, so
    // writers on several workstations line up and the chain never forks.
    void insert(AuditEntry entry);
    // The newest entry for a row: who changed it last, and when.
    std::optional<AuditEntry> lastFor(const std::string& table, int64_t rowId);
    int64_t count();
    // Newest first, at most `limit` rows: the page after `filter.beforeId`.
    std::vector<AuditEntry> list(const AuditFilter& filter, int64_t limit);
    // The seal a document's issuing row carries ("content_hash" in its
    // changes), from the chain rather than from the document's own column.
    std::optional<std::string> sealFor(const std::string& table, int64_t rowId);
    // The chain head (the last row's hash, "" for an empty log) and its row.
    std::pair<int64_t, std::string> head();
    AuditVerdict verify();

    // The hash a row should carry: its content and the hash before it.
    static std::string hashOf(const AuditEntry& entry);
    // Computes the chain over rows written before the log was chained (the
    // migration that adds it, before its rows are sealed).
    void chainExisting();

private:
    // One list query: from `fromId` on when not 0; `byPeriod` sorts the ids
    // of the period's range instead of walking the log in id order.
    std::vector<AuditEntry> select(const AuditFilter& filter, int64_t limit, int64_t fromId, bool byPeriod);

    Database& db_;
};

} // namespace praklit::data
