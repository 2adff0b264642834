#include "data/RoleRepository.h"

#include <soci/soci.h>

namespace praklit::data {

std::vector<ContactRole> RoleRepository::all()
{
    std::vector<ContactRole> out;
    ContactRole r;
    long long id = 0;
    int builtIn = 0;
    soci::statement st = (db_.sql().prepare << "select id, name, case when built_in then 1 else 0 end from contact_roles "
                                               "order by built_in desc, id",
                          soci::into(id), soci::into(r.name), soci::into(builtIn));
    st.execute();
    while (st.fetch()) {
        r.id = id;
        r.builtIn = builtIn != 0;
        out.push_back(r);
    }
    return out;
}

std::optional<ContactRole> RoleRepository::findByName(const std::string& name)
{
    for (auto& r : all())
        if (r.name == name) return r;
    return std::nullopt;
}

int64_t RoleRepository::insert(const std::string& name)
{
    long long id = 0;
    const int builtIn = 0;
    db_.sql() << "insert into contact_roles (name, built_in) values (:n, :b) returning id", soci::use(name),
        soci::use(builtIn), soci::into(id);
    return id;
}

} // namespace praklit::data
