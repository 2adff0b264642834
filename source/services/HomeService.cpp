#include "services/HomeService.h"

#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/Database.h"
#include "data/SettingsRepository.h"
#include "domain/Limits.h"
#include "services/ClientService.h"
#include "text/Translate.h"

#include <algorithm>
#include <sstream>

namespace praklit::services {

namespace {

// The user's setting: "c12 k40 c7" (c a client, k a case), the newest first.
constexpr const char* kRecentKey = "recent_opened";

std::vector<std::pair<HomeItem::Kind, int64_t>> parseRecent(const std::string& text)
{
    std::vector<std::pair<HomeItem::Kind, int64_t>> out;
    std::istringstream in(text);
    std::string item;
    while (in >> item) {
        if (item.size() < 2 || (item[0] != 'c' && item[0] != 'k')) continue;
        try {
            out.emplace_back(item[0] == 'c' ? HomeItem::Kind::Client : HomeItem::Kind::Case, std::stoll(item.substr(1)));
        } catch (const std::exception&) {
            // A damaged entry is left out; the others stay.
        }
    }
    return out;
}

HomeItem caseItem(const Case& c, data::Database& db)
{
    HomeItem item{HomeItem::Kind::Case, c.id, c.internalNumber, {}};
    if (!c.courtNumber.empty()) item.title += " · " + c.courtNumber;
    if (!c.subject.empty()) item.title += " · " + c.subject;
    if (const auto client = data::ClientRepository(db).find(c.clientId)) item.detail = client->displayName();
    return item;
}

} // namespace

void HomeService::opened(HomeItem::Kind kind, int64_t id)
{
    auto& db = office_.db();
    if (db.readOnly() || office_.user().id == 0) return;
    db.transaction([&] {
        data::SettingsRepository settings(db);
        const auto mine = settings.user(office_.user().id);
        const auto found = mine.find(kRecentKey);
        auto items = parseRecent(found == mine.end() ? std::string() : found->second);
        items.erase(std::remove(items.begin(), items.end(), std::make_pair(kind, id)), items.end());
        items.insert(items.begin(), {kind, id});
        if (items.size() > kRecentKept) items.resize(kRecentKept);
        std::string text;
        for (const auto& [k, i] : items) text += (text.empty() ? "" : " ") + std::string(k == HomeItem::Kind::Client ? "c" : "k") + std::to_string(i);
        settings.setUser(office_.user().id, kRecentKey, text);
    });
}

std::vector<HomeItem> HomeService::recent()
{
    office_.require(Permission::SeeClients);
    std::vector<HomeItem> out;
    auto& db = office_.db();
    db.guarded([&] {
        const auto mine = data::SettingsRepository(db).user(office_.user().id);
        const auto found = mine.find(kRecentKey);
        if (found == mine.end()) return;
        for (const auto& [kind, id] : parseRecent(found->second)) {
            if (kind == HomeItem::Kind::Client) {
                if (const auto c = data::ClientRepository(db).find(id))
                    out.push_back({kind, id, c->displayName(), c->idNumber});
            } else if (const auto c = data::CaseRepository(db).find(id)) {
                out.push_back(caseItem(*c, db));
            }
        }
    });
    return out;
}

std::vector<HomeItem> HomeService::quickFind(const std::string& text, int64_t limit)
{
    office_.require(Permission::SeeClients);
    const auto typed = cleanText(text, text::tr("Search"), kMaxLineLength, "search");
    std::vector<HomeItem> out;
    if (typed.empty()) return out;
    auto& db = office_.db();
    db.guarded([&] {
        for (const auto& c : data::CaseRepository(db).withNumber(typed, static_cast<int>(limit))) out.push_back(caseItem(c, db));
    });
    for (const auto& c : ClientService(office_).find(typed, 0, limit - static_cast<int64_t>(out.size())))
        out.push_back({HomeItem::Kind::Client, c.id, listedName(c), c.idNumber});
    return out;
}

} // namespace praklit::services
