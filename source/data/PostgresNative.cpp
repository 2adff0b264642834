#include "data/PostgresNative.h"

#include "domain/ConnectionUrl.h"
#include "data/DatabaseError.h"

#include <libpq-fe.h>

namespace praklit::data {

void postgresExecScript(::pg_conn* conn, const std::string& sql, const ConnectionUrl& url)
{
    PGresult* result = PQexec(conn, sql.c_str());
    const auto status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        const std::string message = PQresultErrorMessage(result);
        const std::string sqlstate = state ? state : "";
        PQclear(result);
        throw postgresError(sqlstate, message, url);
    }
    PQclear(result);
}

} // namespace praklit::data
