#include "data/AddressRepository.h"

#include <soci/soci.h>

namespace praklit::data {

int64_t AddressRepository::insert(const Address& a)
{
    long long id = 0;
    const long long owner = a.ownerId;
    const int primary = a.isPrimary ? 1 : 0;
    db_.sql() << "insert into addresses (entity_id, is_primary, street, house, city, zip, po_box, country, version) "
                 "values (:o, :p, :s, :h, :c, :z, :b, :n, 1) returning id",
        soci::use(owner), soci::use(primary), soci::use(a.street), soci::use(a.house), soci::use(a.city),
        soci::use(a.zip), soci::use(a.poBox), soci::use(a.country), soci::into(id);
    return id;
}

bool AddressRepository::update(const Address& a)
{
    const long long id = a.id;
    soci::statement st = (db_.sql().prepare << "update addresses set street = :s, house = :h, city = :c, zip = :z, "
                                               "po_box = :b, country = :n, version = version + 1 "
                                               "where id = :id and version = :v",
                          soci::use(a.street), soci::use(a.house), soci::use(a.city), soci::use(a.zip),
                          soci::use(a.poBox), soci::use(a.country), soci::use(id), soci::use(a.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

void AddressRepository::remove(int64_t id)
{
    const long long key = id;
    db_.sql() << "delete from addresses where id = :id", soci::use(key);
}

void AddressRepository::demotePrimary(int64_t ownerId)
{
    const long long key = ownerId;
    const int no = 0, yes = 1;
    db_.sql() << "update addresses set is_primary = :no, version = version + 1 where entity_id = :o and is_primary = :yes",
        soci::use(no), soci::use(key), soci::use(yes);
}

void AddressRepository::setPrimary(int64_t id)
{
    const long long key = id;
    const int yes = 1;
    db_.sql() << "update addresses set is_primary = :yes, version = version + 1 where id = :id", soci::use(yes), soci::use(key);
}

std::vector<Address> AddressRepository::select(const std::string& where, int64_t key)
{
    std::vector<Address> out;
    Address a;
    long long id = 0, owner = 0, k = key;
    int primary = 0;
    soci::statement st = (db_.sql().prepare << "select id, entity_id, case when is_primary then 1 else 0 end, street, house, "
                                               "city, zip, po_box, country, version from addresses " + where +
                                                   " order by is_primary desc, id",
                          soci::into(id), soci::into(owner), soci::into(primary), soci::into(a.street),
                          soci::into(a.house), soci::into(a.city), soci::into(a.zip), soci::into(a.poBox),
                          soci::into(a.country), soci::into(a.version), soci::use(k));
    st.execute();
    while (st.fetch()) {
        a.id = id;
        a.ownerId = owner;
        a.isPrimary = primary != 0;
        out.push_back(a);
    }
    return out;
}

std::optional<Address> AddressRepository::find(int64_t id)
{
    auto rows = select("where id = :k", id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<Address> AddressRepository::forOwner(int64_t ownerId) { return select("where entity_id = :k", ownerId); }

} // namespace praklit::data
