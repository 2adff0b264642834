#pragma once
// The columns a client's name is made of — e.id, e.kind, e.first_name,
// e.last_name, e.org_name — bound into a statement and read back as a
// Client, whose displayName() puts them together: the name's one definition.
#include "domain/Client.h"

#include <soci/soci.h>
#include <string>

namespace praklit::data {

constexpr const char* kClientNameColumns = "e.id, e.kind, e.first_name, e.last_name, e.org_name";

struct ClientNameColumns {
    long long id = 0;
    std::string kind, first, last, org;

    void bind(soci::statement& st)
    {
        st.exchange(soci::into(id));
        st.exchange(soci::into(kind));
        st.exchange(soci::into(first));
        st.exchange(soci::into(last));
        st.exchange(soci::into(org));
    }
    Client get() const
    {
        Client c;
        c.id = id;
        c.kind = parseEntityKind(kind).value_or(EntityKind::Person);
        c.firstName = first;
        c.lastName = last;
        c.orgName = org;
        return c;
    }
};

} // namespace praklit::data
