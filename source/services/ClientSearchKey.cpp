#include "services/ClientSearchKey.h"

#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/PhoneRepository.h"
#include "text/SearchKey.h"

namespace praklit::services {

void refreshClientSearchKey(data::Database& db, int64_t clientId)
{
    data::ClientRepository clients(db);
    const auto client = clients.find(clientId);
    if (!client) return;
    std::string text = client->displayName() + " " + client->idNumber + " " + client->email;
    for (const auto& p : data::PhoneRepository(db).forEntity(clientId))
        text += " " + text::digitsOnly(displayPhoneNumber(p.e164)) + " " + text::digitsOnly(p.e164);
    for (const auto& c : data::CaseRepository(db).forClient(clientId))
        text += " " + c.internalNumber + " " + c.courtNumber + " " + text::digitsOnly(c.courtNumber);
    clients.setSearchKey(clientId, text::searchKey(text));
}

} // namespace praklit::services
