#include "services/ClientSearchKey.h"

#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/Database.h"
#include "data/PhoneRepository.h"
#include "text/SearchKey.h"

namespace praklit::services {

std::string clientSearchKey(const Client& client, const std::vector<std::string>& phonesE164,
                            const std::vector<Case>& cases)
{
    std::string text = client.displayName() + " " + client.idNumber + " " + client.email;
    for (const auto& e164 : phonesE164) {
        // Israeli numbers are read nationally with a leading 0 (a typed +972
        // becomes 0, see text::searchWords); others as libphonenumber writes
        // them and in their international digits.
        if (e164.starts_with("+972"))
            text += " 0" + e164.substr(4);
        else
            text += " " + text::digitsOnly(displayPhoneNumber(e164)) + " " + text::digitsOnly(e164);
    }
    for (const auto& c : cases)
        text += " " + c.internalNumber + " " + c.courtNumber + " " + text::digitsOnly(c.courtNumber);
    return text::searchKey(text);
}

std::string clientSearchKey(data::Database& db, const Client& client)
{
    std::vector<std::string> phones;
    for (const auto& p : data::PhoneRepository(db).forEntity(client.id)) phones.push_back(p.e164);
    return clientSearchKey(client, phones, data::CaseRepository(db).forClient(client.id));
}

void refreshClientSearchKey(data::Database& db, int64_t clientId)
{
    data::ClientRepository clients(db);
    if (const auto client = clients.find(clientId)) clients.setSearchKey(clientId, clientSearchKey(db, *client));
}

} // namespace praklit::services
