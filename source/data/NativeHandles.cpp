#include "data/NativeHandles.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace praklit::data {

::sqlite3* sqliteHandle(soci::session& session)
{
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    return reinterpret_cast<::sqlite3*>(backend->conn_);
}

::pg_conn* postgresHandle(soci::session& session)
{
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    return backend->conn_;
}

} // namespace praklit::data
