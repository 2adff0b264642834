#include "data/DatabaseError.h"

#include "text/Bidi.h"
#include "text/Translate.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace praklit::data {

using text::format;
using text::ltr;
using text::tr;

namespace {

bool contains(const std::string& haystack, const char* needle) { return haystack.find(needle) != std::string::npos; }

std::string where(const ConnectionUrl& url)
{
    return ltr(url.backend() == Backend::SQLite ? url.sqlitePath().string() : url.display());
}

Error fromSqliteText(const std::string& m, const ConnectionUrl& url)
{
    if (contains(m, "readonly") || contains(m, "read-only") || contains(m, "read only"))
        return Error(ErrorKind::Database, format(tr("The office database {1} is read-only: Praklit cannot save to it."), where(url)));
    if (contains(m, "not a database") || contains(m, "malformed") || contains(m, "corrupt"))
        return Error(ErrorKind::Database, format(tr("The file {1} is not a Praklit office database, or it is damaged."), where(url)));
    if (contains(m, "unable to open") || contains(m, "cannot open"))
        return Error(ErrorKind::Database, format(tr("The office database {1} cannot be opened: check that the folder exists and may be written to."), where(url)));
    if (contains(m, "locked") || contains(m, "busy"))
        return Error(ErrorKind::Database, format(tr("The office database {1} is busy with another program; try again in a moment."), where(url)));
    // SQLite's sum() refuses rather than wraps: say so in the ledger's words.
    if (contains(m, "integer overflow"))
        return Error(ErrorKind::InvalidInput, tr("The total is more than Praklit can hold: check the amounts."));
    if (contains(m, "UNIQUE constraint"))
        return Error(ErrorKind::Conflict, tr("That value is already used by another record."));
    if (contains(m, "FOREIGN KEY constraint"))
        return Error(ErrorKind::InvalidInput, tr("The record refers to something that does not exist, or is still in use."));
    if ((contains(m, "disk") && contains(m, "full")) || contains(m, "disk I/O error"))
        return Error(ErrorKind::Database,
                     format(tr("The office database {1} could not be written: the disk is full or failing."), where(url)));
    return Error(ErrorKind::Internal, format(tr("The database reported an error: {1}"), m));
}

Error fromPostgres(const std::string& state, const std::string& m, const ConnectionUrl& url)
{
    if (state == "23505") return Error(ErrorKind::Conflict, tr("That value is already used by another record."));
    if (state == "23503")
        return Error(ErrorKind::InvalidInput, tr("The record refers to something that does not exist, or is still in use."));
    if (state == "28P01" || state == "28000" || contains(m, "password authentication failed") ||
        contains(m, "no password supplied"))
        return Error(ErrorKind::Database, format(tr("The server {1} refused the user name or password."), where(url)));
    if (state == "3D000" || (contains(m, "does not exist") && contains(m, "database")))
        return Error(ErrorKind::Database, format(tr("The server has no database named \"{1}\"."), url.get("dbname")));
    if (state == "25006")
        return Error(ErrorKind::Database, format(tr("The office database {1} is read-only: Praklit cannot save to it."), where(url)));
    if (state.starts_with("53"))
        return Error(ErrorKind::Database,
                     format(tr("The database server {1} is out of room (disk or memory): tell the office's IT person."), where(url)));
    if (state == "3F000")
        return Error(ErrorKind::Database,
                     format(tr("The schema named in the connection string of {1} does not exist on the server."), where(url)));
    if (state == "40001" || state == "40P01")
        return Error(ErrorKind::Conflict, tr("Another workstation was saving the same records at the same moment; try again."));
    if (state.starts_with("08") || contains(m, "could not connect") || contains(m, "Connection refused") ||
        contains(m, "could not translate host") || contains(m, "timeout expired") || contains(m, "server closed"))
        return Error(ErrorKind::Database, format(tr("The database server {1} cannot be reached: check the address and that the server is running."), where(url)));
    return Error(ErrorKind::Internal, format(tr("The database reported an error: {1}"), m));
}

} // namespace

Error sqliteError(const std::string& message, const ConnectionUrl& url) { return fromSqliteText(message, url); }

Error postgresError(const std::string& sqlstate, const std::string& message, const ConnectionUrl& url)
{
    return fromPostgres(sqlstate, message, url);
}

Error translateDatabaseError(const std::exception& e, const ConnectionUrl& url)
{
    if (const auto* already = dynamic_cast<const Error*>(&e)) return *already;
    const std::string m = e.what();
    if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) return fromPostgres(pg->sqlstate(), m, url);
    if (url.backend() == Backend::PostgreSQL) return fromPostgres({}, m, url);
    return fromSqliteText(m, url);
}

} // namespace praklit::data
