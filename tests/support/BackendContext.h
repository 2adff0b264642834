#pragma once
// What the two backends do differently, as SOCI's own tests keep it
// (test-context.h there): one test body for both, and each backend's quirks
// as the virtual functions of a small class instead of `if (backend == …)`
// inside the bodies.
#include "domain/Backend.h"
#include "domain/ConnectionUrl.h"

#include <filesystem>
#include <memory>
#include <string>

namespace soci {
class session;
}

namespace praklit::test {

class BackendContext {
public:
    virtual ~BackendContext() = default;
    virtual Backend backend() const = 0;

    // A new database of its own for one test, nothing in it: a file name in
    // `dir` (not created yet), or a new schema on the server, named in `schema`.
    virtual ConnectionUrl create(const std::filesystem::path& dir, std::string& schema) const = 0;
    virtual void drop(const std::string& schema) const = 0;
    // Plain SOCI to the database, not opened as an office.
    virtual std::unique_ptr<soci::session> connect(const ConnectionUrl& url) const = 0;
    // Makes the new database exist with nothing in it (a new schema already does).
    virtual void makeEmpty(const ConnectionUrl& url) const = 0;

    // The database's tables, one `name` column, sorted.
    virtual const char* tablesQuery() const = 0;
    // The database's indexes, each as `table.index`, sorted.
    virtual const char* indexesQuery() const = 0;
    // A table's columns as the database reports them, one `name` column; binds :t.
    virtual const char* columnsQuery() const = 0;
    // A picture of everything a program could have changed: a file's bytes and
    // the files beside it; a schema's tables and indexes with their storage
    // (rewritten by any ALTER). Equal pictures: nothing was touched.
    virtual std::string image(const ConnectionUrl& url) const = 0;

    // Begins a transaction that holds the write lock from its first statement.
    virtual const char* beginWriting() const = 0;
    // The office is one file on this computer: damaged, read-only and missing
    // files, and a full disk, are its tests.
    virtual bool officeIsAFile() const = 0;
    // A file office keeps its documents in a folder beside it until another is
    // chosen; a server office has none until one is chosen.
    virtual bool documentsFolderByDefault() const = 0;
};

Backend backendUnderTest();
const BackendContext& contextOf(Backend backend);
inline const BackendContext& context() { return contextOf(backendUnderTest()); }

} // namespace praklit::test
