#include "data/ContactRepository.h"

#include <soci/soci.h>

namespace praklit::data {

int64_t ContactRepository::insert(const Contact& c)
{
    long long id = 0;
    const long long client = c.clientId, role = c.roleId;
    soci::indicator roleInd = c.roleId ? soci::i_ok : soci::i_null;
    const int accounts = c.addresseeForAccounts ? 1 : 0, invoices = c.addresseeForInvoices ? 1 : 0;
    const int noSms = c.noSms ? 1 : 0;
    db_.sql() << "insert into contacts (entity_id, role_id, first_name, last_name, title, email, addressee_accounts, "
                 "addressee_invoices, no_sms, version) values (:e, :r, :f, :l, :t, :m, :a, :i, :s, 1) returning id",
        soci::use(client), soci::use(role, roleInd), soci::use(c.firstName), soci::use(c.lastName), soci::use(c.title),
        soci::use(c.email), soci::use(accounts), soci::use(invoices), soci::use(noSms), soci::into(id);
    return id;
}

std::vector<Contact> ContactRepository::forClient(int64_t clientId) { return select("c.entity_id = :k", clientId); }

std::optional<Contact> ContactRepository::find(int64_t id)
{
    auto rows = select("c.id = :k", id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

bool ContactRepository::update(const Contact& c)
{
    const long long id = c.id, role = c.roleId;
    soci::indicator roleInd = c.roleId ? soci::i_ok : soci::i_null;
    const int accounts = c.addresseeForAccounts ? 1 : 0, invoices = c.addresseeForInvoices ? 1 : 0;
    const int noSms = c.noSms ? 1 : 0;
    soci::statement st =
        (db_.sql().prepare << "update contacts set role_id = :r, first_name = :f, last_name = :l, title = :t, email = :m, "
                              "addressee_accounts = :a, addressee_invoices = :i, no_sms = :s, version = version + 1 "
                              "where id = :id and version = :v",
         soci::use(role, roleInd), soci::use(c.firstName), soci::use(c.lastName), soci::use(c.title), soci::use(c.email),
         soci::use(accounts), soci::use(invoices), soci::use(noSms), soci::use(id), soci::use(c.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

void ContactRepository::remove(int64_t id)
{
    const long long key = id;
    db_.sql() << "delete from contacts where id = :id", soci::use(key);
}

std::vector<Contact> ContactRepository::select(const std::string& where, int64_t clientId)
{
    std::vector<Contact> out;
    Contact c;
    long long id = 0, client = 0, role = 0, key = clientId;
    soci::indicator roleInd, roleNameInd;
    std::string roleName;
    int accounts = 0, invoices = 0, noSms = 0;
    soci::statement st =
        (db_.sql().prepare << "select c.id, c.entity_id, c.role_id, r.name, c.first_name, c.last_name, c.title, c.email, "
                              "case when c.addressee_accounts then 1 else 0 end, "
                              "case when c.addressee_invoices then 1 else 0 end, c.version, "
                              "case when c.no_sms then 1 else 0 end "
                              "from contacts c left join contact_roles r on r.id = c.role_id "
                              "where " + where + " order by c.id",
         soci::into(id), soci::into(client), soci::into(role, roleInd), soci::into(roleName, roleNameInd),
         soci::into(c.firstName), soci::into(c.lastName), soci::into(c.title), soci::into(c.email), soci::into(accounts),
         soci::into(invoices), soci::into(c.version), soci::into(noSms), soci::use(key));
    st.execute();
    while (st.fetch()) {
        c.id = id;
        c.clientId = client;
        c.roleId = roleInd == soci::i_ok ? role : 0;
        c.roleName = roleNameInd == soci::i_ok ? roleName : std::string();
        c.addresseeForAccounts = accounts != 0;
        c.addresseeForInvoices = invoices != 0;
        c.noSms = noSms != 0;
        out.push_back(c);
    }
    return out;
}

} // namespace praklit::data
