#include "data/UserRepository.h"

#include "text/Timestamp.h"

#include <soci/soci.h>

namespace praklit::data {

std::optional<User> UserRepository::select(const std::string& where, const std::string& login, int64_t key)
{
    User u;
    long long id = 0, k = key;
    int active = 0;
    std::string l = login;
    soci::statement st = (db_.sql().prepare << "select id, login, display_name, case when active then 1 else 0 end "
                                               "from users " + where,
                          soci::into(id), soci::into(u.login), soci::into(u.displayName), soci::into(active));
    if (where.find(":l") != std::string::npos) st.exchange(soci::use(l, "l"));
    if (where.find(":k") != std::string::npos) st.exchange(soci::use(k, "k"));
    st.define_and_bind();
    st.execute();
    if (!st.fetch()) return std::nullopt;
    u.id = id;
    u.active = active != 0;
    return u;
}

std::optional<User> UserRepository::findByLogin(const std::string& login) { return select("where login = :l", login, 0); }
std::optional<User> UserRepository::find(int64_t id) { return select("where id = :k", {}, id); }

std::vector<User> UserRepository::all()
{
    std::vector<User> out;
    User u;
    long long id = 0;
    int active = 0;
    soci::statement st = (db_.sql().prepare << "select id, login, display_name, case when active then 1 else 0 end "
                                               "from users order by login",
                          soci::into(id), soci::into(u.login), soci::into(u.displayName), soci::into(active));
    st.execute();
    while (st.fetch()) {
        u.id = id;
        u.active = active != 0;
        out.push_back(u);
    }
    return out;
}

int64_t UserRepository::insert(const User& u)
{
    long long id = 0;
    const int active = u.active ? 1 : 0;
    const std::string now = text::toDatabaseText(text::now());
    db_.sql() << "insert into users (login, display_name, active, created_at, version) values (:l, :d, :a, :c, 1) "
                 "returning id",
        soci::use(u.login), soci::use(u.displayName), soci::use(active), soci::use(now), soci::into(id);
    return id;
}

} // namespace praklit::data
