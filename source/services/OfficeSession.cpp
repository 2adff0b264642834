#include "services/OfficeSession.h"

#include "data/UserRepository.h"
#include "services/Audit.h"

namespace praklit::services {

std::unique_ptr<OfficeSession> OfficeSession::open(const data::ConnectionUrl& url, const std::string& login,
                                                   data::OpenMode mode)
{
    auto db = data::Database::open(url, mode);
    const std::string name = validatedLogin(login);
    User user;
    db->transaction([&] {
        data::UserRepository users(*db);
        if (auto found = users.findByLogin(name)) {
            user = *found;
            return;
        }
        user.login = name;
        user.displayName = name;
        user.id = users.insert(user);
        audit(*db, user.id, "users", user.id, "insert", Changes().set("login", name));
    });
    return std::make_unique<OfficeSession>(std::move(db), user);
}

} // namespace praklit::services
