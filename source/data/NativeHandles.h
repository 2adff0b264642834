#pragma once
// The C handles under a SOCI session, for what SOCI does not do well:
// multi-statement scripts, PostgreSQL COPY, the SQLite backup API.
// Kept apart because soci-sqlite3.h wraps <sqlite3.h> in a namespace.
struct sqlite3;
struct pg_conn;

namespace soci { class session; }

namespace praklit::data {

::sqlite3* sqliteHandle(soci::session& session);
::pg_conn* postgresHandle(soci::session& session);

} // namespace praklit::data
