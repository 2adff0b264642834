#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/OpenMode.h"
#include "domain/User.h"

#include <memory>
#include <string>

namespace praklit::data {
class Database;
}

namespace praklit::services {

// An open office: its database and the user working in it. The composition
// roots (GUI, CLI) open one and hand it to the services.
class OfficeSession {
public:
    // Opens (and migrates) the database and makes sure `login` is a user of
    // the office, adding it on first use. A read-only session writes nothing:
    // an unknown login works as a user of no id, who owns nothing.
    static std::unique_ptr<OfficeSession> open(const ConnectionUrl& url, const std::string& login,
                                               OpenMode mode = OpenMode::MustExist,
                                               Access access = Access::ReadWrite);
    OfficeSession(std::unique_ptr<data::Database> db, User user);
    ~OfficeSession();

    // For the services: the front ends reach the database only through them.
    data::Database& db() { return *db_; }
    const ConnectionUrl& url() const;
    const User& user() const { return user_; }

private:
    std::unique_ptr<data::Database> db_;
    User user_;
};

} // namespace praklit::services
