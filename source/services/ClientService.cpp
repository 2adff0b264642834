#include "services/ClientService.h"

#include "data/AddressRepository.h"
#include "data/AuditRepository.h"
#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/ContactRepository.h"
#include "data/Database.h"
#include "data/PhoneRepository.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "services/Audit.h"
#include "services/ClientSearchKey.h"
#include "text/Bidi.h"
#include "text/SearchKey.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit::services {

using text::format;
using text::ltr;
using text::tr;

namespace {

Changes clientChanges(const Client& before, const Client& after)
{
    Changes ch;
    ch.change("kind", std::string(toString(before.kind)), std::string(toString(after.kind)))
        .change("first_name", before.firstName, after.firstName)
        .change("last_name", before.lastName, after.lastName)
        .change("org_name", before.orgName, after.orgName)
        .change("id_number", before.idNumber, after.idNumber)
        .change("email", before.email, after.email)
        .change("note", before.note, after.note)
        .change("active", before.active, after.active);
    return ch;
}

} // namespace

void ClientService::requireClient(int64_t clientId)
{
    if (!data::ClientRepository(office_.db()).find(clientId))
        notFound(format(tr("There is no client number {1}."), clientId));
}

void throwStaleVersion(data::Database& db, const std::string& table, int64_t id)
{
    const auto last = data::AuditRepository(db).lastFor(table, id);
    if (!last) notFound(format(tr("The record {1} no longer exists."), id));
    if (last->action == "delete") notFound(tr("Another user deleted this record meanwhile."));
    throw Error(ErrorKind::Conflict,
                format(tr("This record was changed by {1} at {2}: reload it and make your change again."),
                       last->userLogin.empty() ? tr("another user") : last->userLogin, text::toIsraelDisplay(last->at)));
}

void ClientService::staleVersion(const std::string& table, int64_t id) { throwStaleVersion(office_.db(), table, id); }

Client ClientService::add(Client client)
{
    office_.require(Permission::EditClients);
    client = validated(std::move(client));
    auto& db = office_.db();
    db.transaction([&] {
        data::ClientRepository repo(db);
        if (!client.idNumber.empty())
            if (const auto other = repo.findByIdNumber(client.idNumber))
                throw Error(ErrorKind::Conflict,
                            format(tr("The ID number {1} already belongs to client number {2}."), ltr(client.idNumber), *other),
                            "id_number");
        client.createdAt = client.updatedAt = text::now();
        client.version = 1;
        client.id = repo.insert(client, clientSearchKey(client, {}, {}), text::collationKey(client.displayName()));
        audit(db, office_.user().id, "entities", client.id, "insert", clientChanges(Client{}, client));
    });
    return client;
}

Client ClientService::update(Client client)
{
    office_.require(Permission::EditClients);
    client = validated(std::move(client));
    auto& db = office_.db();
    db.transaction([&] {
        data::ClientRepository repo(db);
        const auto before = repo.find(client.id);
        if (!before) notFound(format(tr("There is no client number {1}."), client.id));
        if (!client.idNumber.empty())
            if (const auto other = repo.findByIdNumber(client.idNumber); other && *other != client.id)
                throw Error(ErrorKind::Conflict,
                            format(tr("The ID number {1} already belongs to client number {2}."), ltr(client.idNumber), *other),
                            "id_number");
        const auto changes = clientChanges(*before, client);
        if (changes.empty()) { // nothing to save: no version, no row
            client = *before;
            return;
        }
        client.updatedAt = text::now();
        client.createdAt = before->createdAt;
        if (!repo.update(client, clientSearchKey(db, client), text::collationKey(client.displayName())))
            staleVersion("entities", client.id);
        audit(db, office_.user().id, "entities", client.id, "update", changes);
        client.version += 1;
    });
    return client;
}

Client ClientService::get(int64_t clientId)
{
    office_.require(Permission::SeeClients);
    std::optional<Client> c;
    office_.db().guarded([&] { c = data::ClientRepository(office_.db()).find(clientId); });
    if (!c) notFound(format(tr("There is no client number {1}."), clientId));
    return *c;
}

ClientCard ClientService::card(int64_t clientId)
{
    office_.require(Permission::SeeClients);
    ClientCard card;
    auto& db = office_.db();
    db.transaction([&] {
        card = readCard(clientId);
        audit(db, office_.user().id, "entities", clientId, "read", Changes());
    });
    return card;
}

ClientCard ClientService::refreshCard(int64_t clientId)
{
    office_.require(Permission::SeeClients);
    ClientCard card;
    office_.db().snapshot([&] { card = readCard(clientId); });
    return card;
}

ClientCard ClientService::readCard(int64_t clientId)
{
    ClientCard card;
    auto& db = office_.db();
    { // inside the caller's transaction or snapshot
        const auto c = data::ClientRepository(db).find(clientId);
        if (!c) notFound(format(tr("There is no client number {1}."), clientId));
        card.client = *c;
        card.addresses = data::AddressRepository(db).forOwner(clientId);
        card.phones = data::PhoneRepository(db).forEntity(clientId);
        card.contacts = data::ContactRepository(db).forClient(clientId);
        data::PhoneRepository phones(db);
        for (const auto& contact : card.contacts)
            for (auto& p : phones.forContact(contact.id)) card.contactPhones.push_back(std::move(p));
        card.cases = data::CaseRepository(db).forClient(clientId);
    }
    return card;
}

std::vector<Client> ClientService::list(int64_t offset, int64_t limit)
{
    office_.require(Permission::SeeClients);
    std::vector<Client> out;
    office_.db().guarded([&] { out = data::ClientRepository(office_.db()).list(offset, limit); });
    return out;
}

std::vector<ClientSummary> ClientService::find(const std::string& text, int64_t offset, int64_t limit)
{
    office_.require(Permission::SeeClients);
    const auto typed = cleanText(text, tr("Search"), kMaxLineLength, "search");
    std::vector<ClientSummary> out;
    office_.db().guarded([&] { out = data::ClientRepository(office_.db()).find(typed, offset, limit); });
    return out;
}

SearchCount ClientService::countMatches(const std::string& text, int64_t cap)
{
    office_.require(Permission::SeeClients);
    const auto typed = cleanText(text, tr("Search"), kMaxLineLength, "search");
    SearchCount n;
    office_.db().guarded([&] { n = data::ClientRepository(office_.db()).countMatches(typed, cap); });
    return n;
}

SearchCount ClientService::findFirst(const std::string& text, int64_t limit, std::vector<ClientSummary>& rows, int64_t cap)
{
    office_.require(Permission::SeeClients);
    const auto typed = cleanText(text, tr("Search"), kMaxLineLength, "search");
    SearchCount n;
    office_.db().guarded([&] { n = data::ClientRepository(office_.db()).findFirst(typed, limit, cap, rows); });
    return n;
}

int64_t ClientService::count()
{
    office_.require(Permission::SeeClients);
    int64_t n = 0;
    office_.db().guarded([&] { n = data::ClientRepository(office_.db()).count(); });
    return n;
}

} // namespace praklit::services
