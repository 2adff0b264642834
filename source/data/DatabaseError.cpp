#include "data/DatabaseError.h"

#include "text/Bidi.h"
#include "text/Secrets.h"
#include "text/Translate.h"

#include <optional>

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
    return Error(ErrorKind::Internal, format(tr("The database reported an error: {1}"), text::redactSecrets(m)));
}

// The certificate authority libpq checked the server against: sslrootcert,
// else its default file.
std::string rootCertificate(const ConnectionUrl& url)
{
    const std::string file = url.get("sslrootcert");
    return ltr(file.empty() ? std::string("~/.postgresql/root.crt") : file);
}

// libpq's TLS refusals carry no SQLSTATE: only their words say which it was.
std::optional<Error> fromTls(const std::string& m, const ConnectionUrl& url)
{
    if (contains(m, "certificate verify failed") || contains(m, "self-signed certificate") ||
        contains(m, "unable to get local issuer certificate"))
        return Error(ErrorKind::Database,
                     format(tr("The certificate of the database server {1} is not signed by the certificate authority in "
                               "{2}: check sslrootcert in the connection string, or ask the office's IT person."),
                            where(url), rootCertificate(url)));
    if (contains(m, "does not match host name") || contains(m, "does not match host address"))
        return Error(ErrorKind::Database,
                     format(tr("The certificate of the database server {1} is not made out for the name {2}: connect by "
                               "the name the certificate gives, or ask the office's IT person for a certificate with this name."),
                            where(url), ltr(url.get("host"))));
    if (contains(m, "root certificate file") && contains(m, "does not exist"))
        return Error(ErrorKind::Database,
                     format(tr("There is no certificate authority file {1} (sslrootcert in the connection string)."),
                            rootCertificate(url)));
    if (contains(m, "could not read root certificate file"))
        return Error(ErrorKind::Database,
                     format(tr("The file {1} (sslrootcert in the connection string) is not a certificate authority's "
                               "certificate."),
                            rootCertificate(url)));
    if (contains(m, "server does not support SSL"))
        return Error(ErrorKind::Database,
                     format(tr("The database server {1} does not accept encrypted (TLS) connections, and the connection "
                               "string requires them: ask the office's IT person to turn TLS on in the server."),
                            where(url)));
    return std::nullopt;
}

Error fromPostgres(const std::string& state, const std::string& m, const ConnectionUrl& url)
{
    if (auto tls = fromTls(m, url)) return *tls;
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
    return Error(ErrorKind::Internal, format(tr("The database reported an error: {1}"), text::redactSecrets(m)));
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
