#pragma once
#include "data/Database.h"
#include "domain/User.h"

#include <memory>
#include <string>

namespace praklit::services {

// An open office: its database and the user working in it. The composition
// roots (GUI, CLI) open one and hand it to the services.
class OfficeSession {
public:
    // Opens (and migrates) the database and makes sure `login` is a user of
    // the office, adding it on first use. A read-only session writes nothing:
    // an unknown login works as a user of no id, who owns nothing.
    static std::unique_ptr<OfficeSession> open(const data::ConnectionUrl& url, const std::string& login,
                                               data::OpenMode mode = data::OpenMode::MustExist,
                                               data::Access access = data::Access::ReadWrite);
    OfficeSession(std::unique_ptr<data::Database> db, User user) : db_(std::move(db)), user_(std::move(user)) {}

    data::Database& db() { return *db_; }
    const User& user() const { return user_; }

private:
    std::unique_ptr<data::Database> db_;
    User user_;
};

} // namespace praklit::services
