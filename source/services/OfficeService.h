#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/OfficeCopy.h"
#include "services/OfficeSession.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace praklit::services {

struct OfficeInfo {
    std::string backend;      // SQLite / PostgreSQL
    std::string where;        // file path, or host:port/dbname
    std::string display;      // as the status bar shows it
    int schemaVersion = 0;
    int programSchemaVersion = 0;
    std::string serverVersion; // SQLite library or PostgreSQL server version
    int64_t fileBytes = 0;     // SQLite only
    std::vector<std::pair<std::string, int64_t>> rowCounts; // per office table
};

// The office database as a whole: what it is, making and migrating it,
// testing a connection, and moving an office between databases.
class OfficeService {
public:
    static OfficeInfo info(OfficeSession& office);

    // Creates the office database (SQLite file or schema on the server) or
    // brings an existing one up to date. Returns the schema version.
    static int init(const ConnectionUrl& url);
    static int migrate(const ConnectionUrl& url);

    // Opens and closes the database: a sentence saying it works, or Error.
    static std::string testConnection(const ConnectionUrl& url);

    static std::vector<TableCopyResult> copy(const ConnectionUrl& from, const ConnectionUrl& to,
                                                   const CopyProgressFn& progress = {},
                                                   const std::atomic<bool>* cancel = nullptr);
};

} // namespace praklit::services
