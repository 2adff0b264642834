#include "data/AuditRepository.h"

#include <soci/soci.h>

namespace praklit::data {

void AuditRepository::insert(const AuditEntry& e)
{
    const std::string at = text::toDatabaseText(e.at);
    const long long user = e.userId, row = e.rowId;
    soci::indicator userInd = e.userId ? soci::i_ok : soci::i_null;
    soci::indicator rowInd = e.rowId ? soci::i_ok : soci::i_null;
    db_.sql() << "insert into audit_log (at, user_id, table_name, row_id, action, changes) values (:at, :u, :t, :r, :a, :c)",
        soci::use(at), soci::use(user, userInd), soci::use(e.table), soci::use(row, rowInd), soci::use(e.action),
        soci::use(e.changes);
}

std::optional<AuditEntry> AuditRepository::lastFor(const std::string& table, int64_t rowId)
{
    AuditEntry e;
    long long id = 0, user = 0, row = rowId;
    soci::indicator userInd, loginInd;
    std::string at, login;
    db_.sql() << "select a.id, a.at, a.user_id, u.login, a.action, a.changes from audit_log a "
                 "left join users u on u.id = a.user_id where a.table_name = :t and a.row_id = :r "
                 "order by a.id desc limit 1",
        soci::use(table), soci::use(row), soci::into(id), soci::into(at), soci::into(user, userInd),
        soci::into(login, loginInd), soci::into(e.action), soci::into(e.changes);
    if (!db_.sql().got_data()) return std::nullopt;
    e.id = id;
    e.at = text::parseTimestamp(at).value_or(text::Timestamp{});
    e.userId = userInd == soci::i_ok ? user : 0;
    e.userLogin = loginInd == soci::i_ok ? login : std::string();
    e.table = table;
    e.rowId = rowId;
    return e;
}

int64_t AuditRepository::count()
{
    long long n = 0;
    db_.sql() << "select count(*) from audit_log", soci::into(n);
    return n;
}

} // namespace praklit::data
