#pragma once
#include "domain/Backend.h"
#include "domain/ConnectionUrl.h"
#include "domain/OpenMode.h"

#include <functional>
#include <memory>
#include <cstdint>
#include <string>
#include <vector>

namespace soci { class session; }

namespace praklit::data {

enum class MigrationPolicy {
    Apply,  // bring the schema up to date at open (inside one transaction)
    Refuse, // an out-of-date schema is an error
    Inspect, // read the version only, change nothing (testing a connection)
};

// One open office database: a SOCI session on SQLite or PostgreSQL whose
// schema is the program's. Not shared between threads: one per thread.
class Database {
public:
    static std::unique_ptr<Database> open(const ConnectionUrl& url, OpenMode mode = OpenMode::MustExist,
                                          MigrationPolicy policy = MigrationPolicy::Apply, Access access = Access::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    soci::session& sql() { return *session_; }
    Backend backend() const { return url_.backend(); }
    const ConnectionUrl& url() const { return url_; }
    int schemaVersion() const { return schemaVersion_; }
    // Version the program would migrate to (the newest migration it carries).
    static int programSchemaVersion();

    // Runs several SQL statements at once through the native handle.
    void executeScript(const std::string& sql);

    // After a bulk load (demo data, an office copied in), outside any
    // transaction: SQLite folds the write-ahead log back into the file and
    // truncates it (else every later read searches a log of millions of
    // pages) and refreshes the planner's statistics; PostgreSQL vacuums and
    // analyzes the office's tables, so their visibility maps let counts and
    // searches read indexes alone.
    void settleAfterBulkLoad();

    // The SQLite library's version, or the PostgreSQL server's.
    std::string serverVersion();

    // Runs `work` in one transaction: committed when it returns, rolled back
    // when it throws. SOCI errors come out as praklit::Error with one sentence.
    // SQLite write transactions start IMMEDIATE so two writers queue instead
    // of failing on upgrade.
    void transaction(const std::function<void()>& work);
    // A read-only snapshot (REPEATABLE READ on PostgreSQL).
    void snapshot(const std::function<void()>& work);
    // Runs `work` outside any transaction, translating errors.
    void guarded(const std::function<void()>& work);

    bool insideTransaction() const { return depth_ > 0; }
    bool readOnly() const { return access_ == Access::ReadOnly; }


private:
    Database(ConnectionUrl url, std::unique_ptr<soci::session> session);
    enum class Contents { Empty, Office, Foreign };
    // What the database holds, read without writing anything; `foreignTable`
    // names one table that is not Praklit's.
    Contents contents(std::string& foreignTable);
    void configure(bool writeJournalMode);
    void inTransaction(const char* begin, const std::function<void()>& work);

    ConnectionUrl url_;
    std::unique_ptr<soci::session> session_;
    int schemaVersion_ = 0;
    int depth_ = 0;
    Access access_ = Access::ReadWrite;
    friend class Migrations;
};

} // namespace praklit::data
