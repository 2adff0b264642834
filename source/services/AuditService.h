#pragma once
#include "services/OfficeSession.h"

#include <cstdint>
#include <string>
#include <vector>

namespace praklit::services {

// Which audit rows to show; an empty or zero field does not filter.
struct AuditQuery {
    std::string login;  // the user who acted
    std::string table;  // as stored: "entities", "charges" …
    int64_t recordId = 0;
    std::string action; // insert, update, state, read, export …
    std::string from;   // yyyy-mm-dd, Israel days, both included
    std::string to;
};

// One field of a row: old → new (an insert has only the new value).
struct AuditFieldChange {
    std::string field;     // as stored
    std::string fieldName; // in the user's language
    bool hasBefore = false;
    std::string before;
    std::string after;
};

// An audit row as people read it.
struct AuditRow {
    int64_t id = 0;
    std::string login;
    std::string who;  // the user's display name
    std::string when; // dd/mm/yyyy HH:MM, Israel time
    std::string atIso;
    std::string table;
    std::string tableName;
    int64_t recordId = 0;
    std::string action;
    std::string actionName;
    std::vector<AuditFieldChange> fields;
    std::string what; // the fields in one line: "Name: old → new; …"
    std::string reason;
};

// What `verify` found: the chain walked from its first row, then every
// sealed document compared with what it says now.
struct AuditCheck {
    int64_t rows = 0;
    int64_t documents = 0;  // sealed documents checked
    int64_t firstBadId = 0; // the first audit row that does not match (0: none, or a document)
    std::string problem;    // one sentence; empty when everything matches
    std::string head;       // the chain head's hash
    bool whole() const { return problem.empty(); }
};

// The audit log (יומן שינויים), read: lists filtered and paged for a virtual
// list, a record's history, and the check that nothing was changed behind
// the program's back. Every call needs Permission::SeeAudit.
class AuditService {
public:
    explicit AuditService(OfficeSession& office) : office_(office) {}

    // Newest first, `limit` rows after the row `afterId` (0: from the
    // newest): keyset paging, so a page costs the same deep in the log.
    std::vector<AuditRow> list(const AuditQuery& query, int64_t afterId, int64_t limit);
    std::vector<AuditRow> history(const std::string& table, int64_t recordId, int64_t afterId, int64_t limit);
    AuditCheck verify();

    // What the filters offer, as stored and in words.
    static const std::vector<std::string>& tables();
    static const std::vector<std::string>& actions();
    static std::string tableName(const std::string& table);
    static std::string actionName(const std::string& action);

private:
    OfficeSession& office_;
};

} // namespace praklit::services
