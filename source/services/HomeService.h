#pragma once
#include "services/OfficeSession.h"

#include <cstdint>
#include <string>
#include <vector>

namespace praklit::services {

// A line of the main window's lists: a client or a case to open.
struct HomeItem {
    enum class Kind { Client, Case };
    Kind kind = Kind::Client;
    int64_t id = 0;
    std::string title;  // the client's name; the case's numbers and subject
    std::string detail; // the case's client; the client's ID number
};

// What the main window shows a user: the clients and cases they opened
// last, and the quick search of its top bar.
class HomeService {
public:
    static constexpr size_t kRecentKept = 20;
    explicit HomeService(OfficeSession& office) : office_(office) {}

    // Remembers that the user opened it (the user's own setting, kept in
    // the office so that it follows them to any workstation). Nothing on a
    // read-only session.
    void opened(HomeItem::Kind kind, int64_t id);
    // The last ones opened, the newest first; those deleted since are left out.
    std::vector<HomeItem> recent();
    // A case whose internal or court number is the text typed, then the
    // clients the search screen finds for it (ClientService::find).
    std::vector<HomeItem> quickFind(const std::string& text, int64_t limit);

private:
    OfficeSession& office_;
};

} // namespace praklit::services
