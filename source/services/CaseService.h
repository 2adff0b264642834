#pragma once
#include "domain/Case.h"
#include "domain/User.h"
#include "services/OfficeSession.h"

#include <string>
#include <utility>
#include <vector>

namespace praklit::services {

// Cases (תיקים): numbered from the office's series unless a number is given,
// court case numbers checked, a responsible lawyer from the office's users.
class CaseService {
public:
    explicit CaseService(OfficeSession& office) : office_(office) {}

    Case add(Case c);
    Case update(Case c);
    Case get(int64_t caseId);
    // Opening a case's card: the case, and the access log's row for it.
    Case open(int64_t caseId);
    std::vector<Case> forClient(int64_t clientId);

    std::vector<User> users();
    // Israel's courts as they are named today, for the case's court field.
    std::vector<std::string> courts();
    // The user with this login; an unknown login is refused.
    User userByLogin(const std::string& login);

    // The internal case number series: prefix and the next number.
    std::pair<std::string, int64_t> series();
    void setSeries(const std::string& prefix, int64_t next);

private:
    void check(const Case& c);
    OfficeSession& office_;
};

} // namespace praklit::services
