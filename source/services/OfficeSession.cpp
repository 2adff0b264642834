#include "services/OfficeSession.h"

#include "data/Database.h"
#include "data/UserRepository.h"
#include "domain/Error.h"
#include "services/Audit.h"

namespace praklit::services {

OfficeSession::OfficeSession(std::unique_ptr<data::Database> db, User user) : db_(std::move(db)), user_(std::move(user)) {}

OfficeSession::~OfficeSession() = default;

const ConnectionUrl& OfficeSession::url() const { return db_->url(); }

std::unique_ptr<OfficeSession> OfficeSession::open(const ConnectionUrl& url, const std::string& login,
                                                   OpenMode mode, Access access)
{
    const std::string name = validatedLogin(login);
    auto db = data::Database::open(url, mode, data::MigrationPolicy::Apply, access);
    User user;
    if (access == Access::ReadOnly) {
        db->guarded([&] {
            if (auto found = data::UserRepository(*db).findByLogin(name)) user = *found;
        });
        if (user.id == 0) user.login = user.displayName = name;
        return std::make_unique<OfficeSession>(std::move(db), user);
    }
    auto findOrAdd = [&] {
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
    };
    try {
        findOrAdd();
    } catch (const Error& e) {
        // Two workstations of a new user started at the same moment: the other added it.
        if (e.kind() != ErrorKind::Conflict) throw;
        user = User{};
        findOrAdd();
    }
    return std::make_unique<OfficeSession>(std::move(db), user);
}

} // namespace praklit::services
