#include "data/PhoneRepository.h"

#include <soci/soci.h>

namespace praklit::data {

int64_t PhoneRepository::insert(const Phone& p)
{
    long long id = 0;
    const long long entity = p.entityId, contact = p.contactId;
    soci::indicator entityInd = p.entityId ? soci::i_ok : soci::i_null;
    soci::indicator contactInd = p.contactId ? soci::i_ok : soci::i_null;
    const std::string type(toString(p.type));
    const int noSms = p.noSms ? 1 : 0;
    db_.sql() << "insert into phones (entity_id, contact_id, type, number_e164, no_sms, version) "
                 "values (:e, :c, :t, :n, :s, 1) returning id",
        soci::use(entity, entityInd), soci::use(contact, contactInd), soci::use(type), soci::use(p.e164),
        soci::use(noSms), soci::into(id);
    return id;
}

std::vector<Phone> PhoneRepository::select(const std::string& column, int64_t key)
{
    std::vector<Phone> out;
    Phone p;
    long long id = 0, entity = 0, contact = 0, k = key;
    soci::indicator entityInd, contactInd;
    std::string type;
    int noSms = 0;
    soci::statement st = (db_.sql().prepare << "select id, entity_id, contact_id, type, number_e164, version, "
                                               "case when no_sms then 1 else 0 end from phones "
                                               "where " + column + " = :k order by id",
                          soci::into(id), soci::into(entity, entityInd), soci::into(contact, contactInd),
                          soci::into(type), soci::into(p.e164), soci::into(p.version), soci::into(noSms), soci::use(k));
    st.execute();
    while (st.fetch()) {
        p.id = id;
        p.entityId = entityInd == soci::i_ok ? entity : 0;
        p.contactId = contactInd == soci::i_ok ? contact : 0;
        p.type = parsePhoneType(type).value_or(PhoneType::Mobile);
        p.noSms = noSms != 0;
        out.push_back(p);
    }
    return out;
}

std::optional<Phone> PhoneRepository::find(int64_t id)
{
    auto rows = select("id", id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

bool PhoneRepository::update(const Phone& p)
{
    const long long id = p.id;
    const std::string type(toString(p.type));
    const int noSms = p.noSms ? 1 : 0;
    soci::statement st = (db_.sql().prepare << "update phones set type = :t, number_e164 = :n, no_sms = :s, "
                                               "version = version + 1 where id = :id and version = :v",
                          soci::use(type), soci::use(p.e164), soci::use(noSms), soci::use(id), soci::use(p.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

void PhoneRepository::remove(int64_t id)
{
    const long long key = id;
    db_.sql() << "delete from phones where id = :id", soci::use(key);
}

std::vector<Phone> PhoneRepository::forEntity(int64_t entityId) { return select("entity_id", entityId); }
std::vector<Phone> PhoneRepository::forContact(int64_t contactId) { return select("contact_id", contactId); }

} // namespace praklit::data
