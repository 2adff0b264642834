#pragma once
// One test body for both backends: the backend comes from
// PRAKLIT_TEST_BACKEND, each TestDatabase is a fresh database — a new SQLite
// file, or a new schema on the PostgreSQL server scripts/test started — and
// what differs between the two is its context (BackendContext.h).
#include "data/Database.h"
#include "domain/ConnectionUrl.h"
#include "services/OfficeSession.h"
#include "support/BackendContext.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace praklit::test {

// The server scripts/test started (PRAKLIT_TEST_POSTGRESQL); fails the test
// when it is missing rather than skipping quietly.
ConnectionUrl postgresServer();
// A file's bytes, all of them (empty when there is no file).
std::string bytesOf(const std::filesystem::path& file);
// A name no other test of this run, nor of a run beside it, has.
std::string uniqueName(const char* prefix);

// A fresh folder under the system temp dir, removed by its owner.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

class TestDatabase {
public:
    explicit TestDatabase(Backend backend = backendUnderTest());
    ~TestDatabase();

    Backend backend() const { return url_.backend(); }
    const BackendContext& context() const { return contextOf(backend()); }
    const ConnectionUrl& url() const { return url_; }
    std::string text() const { return url_.withPassword(); }
    // Signed in without a password, as the trusted front ends' second
    // connections are: the office's first user is its administrator, later
    // ones are lawyers (OfficeSession::open), or in the group given.
    std::unique_ptr<services::OfficeSession> open(const std::string& login = "tester");
    std::unique_ptr<services::OfficeSession> openAs(const std::string& login, const std::string& groupKey);

    // SQL straight to the database, not opened as an office (no migration, no
    // checks): another program's tables, or a look behind the program's back.
    void raw(const std::string& sql);
    int64_t rawCount(const std::string& sql);
    // The tables in the database (the test's schema on PostgreSQL), sorted.
    std::vector<std::string> tables();
    std::vector<std::string> indexes();
    // The database made, with nothing in it.
    void makeEmpty() { context().makeEmpty(url_); }
    // Equal images: nothing in the database was changed (BackendContext::image).
    std::string image() const { return context().image(url_); }

private:
    TempDir dir_;
    std::string schema_; // before url_: the context names it while making the url
    ConnectionUrl url_;
};

} // namespace praklit::test
