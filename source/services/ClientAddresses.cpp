// ClientService: a client's addresses (one primary) and the phones of clients and contacts.
#include "services/ClientService.h"

#include "data/AddressRepository.h"
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

Address ClientService::addAddress(Address address)
{
    office_.require(Permission::EditClients);
    address = validated(std::move(address));
    auto& db = office_.db();
    db.transaction([&] {
        requireClient(address.ownerId);
        data::AddressRepository repo(db);
        const auto existing = repo.forOwner(address.ownerId);
        if (existing.empty()) address.isPrimary = true;
        if (address.isPrimary && !existing.empty()) repo.demotePrimary(address.ownerId);
        address.version = 1;
        address.id = repo.insert(address);
        audit(db, office_.user().id, "addresses", address.id, "insert",
              Changes()
                  .set("entity_id", std::to_string(address.ownerId))
                  .set("is_primary", address.isPrimary ? "true" : "false")
                  .set("address", address.oneLine()));
    });
    return address;
}

Address ClientService::setPrimaryAddress(int64_t addressId)
{
    office_.require(Permission::EditClients);
    auto& db = office_.db();
    Address result;
    db.transaction([&] {
        data::AddressRepository repo(db);
        const auto address = repo.find(addressId);
        if (!address) notFound(format(tr("There is no address number {1}."), addressId));
        if (!address->isPrimary) {
            repo.demotePrimary(address->ownerId);
            repo.setPrimary(addressId);
            audit(db, office_.user().id, "addresses", addressId, "update", Changes().change("is_primary", false, true));
        }
        result = *repo.find(addressId);
    });
    return result;
}

std::vector<Address> ClientService::addresses(int64_t clientId)
{
    office_.require(Permission::SeeClients);
    std::vector<Address> out;
    office_.db().guarded([&] { out = data::AddressRepository(office_.db()).forOwner(clientId); });
    return out;
}

Address ClientService::address(int64_t addressId)
{
    office_.require(Permission::SeeClients);
    std::optional<Address> a;
    office_.db().guarded([&] { a = data::AddressRepository(office_.db()).find(addressId); });
    if (!a) notFound(format(tr("There is no address number {1}."), addressId));
    return *a;
}

Phone ClientService::phone(int64_t phoneId)
{
    office_.require(Permission::SeeClients);
    std::optional<Phone> p;
    office_.db().guarded([&] { p = data::PhoneRepository(office_.db()).find(phoneId); });
    if (!p) notFound(format(tr("There is no phone number {1}."), phoneId));
    return *p;
}

Contact ClientService::contact(int64_t contactId)
{
    office_.require(Permission::SeeClients);
    std::optional<Contact> c;
    office_.db().guarded([&] { c = data::ContactRepository(office_.db()).find(contactId); });
    if (!c) notFound(format(tr("There is no contact number {1}."), contactId));
    return *c;
}

Address ClientService::updateAddress(Address address)
{
    office_.require(Permission::EditClients);
    address = validated(std::move(address));
    auto& db = office_.db();
    db.transaction([&] {
        data::AddressRepository repo(db);
        const auto before = repo.find(address.id);
        if (!before) notFound(format(tr("There is no address number {1}."), address.id));
        // An address stops being primary only when another becomes primary.
        const auto changes = Changes()
                                 .change("street", before->street, address.street)
                                 .change("house", before->house, address.house)
                                 .change("po_box", before->poBox, address.poBox)
                                 .change("city", before->city, address.city)
                                 .change("zip", before->zip, address.zip)
                                 .change("country", before->country, address.country)
                                 .change("is_primary", before->isPrimary, before->isPrimary || address.isPrimary);
        if (changes.empty()) { // nothing to save: no version, no row
            address = *before;
            return;
        }
        if (!repo.update(address)) staleVersion("addresses", address.id);
        if (address.isPrimary && !before->isPrimary) {
            repo.demotePrimary(before->ownerId);
            repo.setPrimary(address.id);
        }
        audit(db, office_.user().id, "addresses", address.id, "update", changes);
        address = *repo.find(address.id);
    });
    return address;
}

void ClientService::deleteAddress(int64_t addressId, int64_t newPrimaryId)
{
    office_.require(Permission::EditClients);
    auto& db = office_.db();
    db.transaction([&] {
        data::AddressRepository repo(db);
        const auto address = repo.find(addressId);
        if (!address) notFound(format(tr("There is no address number {1}."), addressId));
        std::vector<Address> rest;
        for (auto& a : repo.forOwner(address->ownerId))
            if (a.id != addressId) rest.push_back(a);
        int64_t promote = 0;
        if (address->isPrimary && !rest.empty()) {
            if (rest.size() == 1)
                promote = rest.front().id;
            else if (std::none_of(rest.begin(), rest.end(), [&](const Address& a) { return a.id == newPrimaryId; }))
                invalid(tr("This is the primary address: choose which of the remaining addresses becomes primary."),
                        "new_primary");
            else
                promote = newPrimaryId;
        }
        repo.remove(addressId);
        audit(db, office_.user().id, "addresses", addressId, "delete", Changes().change("address", address->oneLine(), ""));
        if (promote) {
            repo.setPrimary(promote);
            audit(db, office_.user().id, "addresses", promote, "update", Changes().change("is_primary", false, true));
        }
    });
}

void ClientService::requireNewNumber(const Phone& phone)
{
    data::PhoneRepository repo(office_.db());
    const auto owned = phone.entityId ? repo.forEntity(phone.entityId) : repo.forContact(phone.contactId);
    for (const auto& other : owned)
        if (other.id != phone.id && other.e164 == phone.e164)
            throw Error(ErrorKind::Conflict,
                        format(phone.entityId ? tr("The client already has the number {1}.")
                                              : tr("The contact already has the number {1}."),
                               ltr(displayPhoneNumber(phone.e164))),
                        "number");
}

Phone ClientService::insertPhone(Phone phone, const std::string& typedNumber)
{
    phone.e164 = parsePhoneNumber(typedNumber);
    phone.version = 1;
    auto& db = office_.db();
    db.transaction([&] {
        int64_t clientId = phone.entityId;
        if (phone.entityId) requireClient(phone.entityId);
        if (phone.contactId) {
            const auto contact = data::ContactRepository(db).find(phone.contactId);
            if (!contact) notFound(format(tr("There is no contact number {1}."), phone.contactId));
            clientId = contact->clientId;
        }
        requireNewNumber(phone);
        phone.id = data::PhoneRepository(db).insert(phone);
        audit(db, office_.user().id, "phones", phone.id, "insert",
              Changes()
                  .set("entity_id", phone.entityId ? std::to_string(phone.entityId) : "")
                  .set("contact_id", phone.contactId ? std::to_string(phone.contactId) : "")
                  .set("type", std::string(toString(phone.type)))
                  .set("number", phone.e164)
                  .set("no_sms", phone.noSms ? "1" : "0"));
        if (phone.entityId) refreshClientSearchKey(db, clientId);
    });
    return phone;
}

Phone ClientService::addPhone(int64_t clientId, PhoneType type, const std::string& typedNumber, bool noSms)
{
    office_.require(Permission::EditClients);
    Phone phone;
    phone.entityId = clientId;
    phone.type = type;
    phone.noSms = noSms;
    return insertPhone(phone, typedNumber);
}

Phone ClientService::addContactPhone(int64_t contactId, PhoneType type, const std::string& typedNumber, bool noSms)
{
    office_.require(Permission::EditClients);
    Phone phone;
    phone.contactId = contactId;
    phone.type = type;
    phone.noSms = noSms;
    return insertPhone(phone, typedNumber);
}

Phone ClientService::updatePhone(Phone phone, const std::string& typedNumber)
{
    office_.require(Permission::EditClients);
    phone.e164 = parsePhoneNumber(typedNumber);
    auto& db = office_.db();
    db.transaction([&] {
        data::PhoneRepository repo(db);
        const auto before = repo.find(phone.id);
        if (!before) notFound(format(tr("There is no phone number {1}."), phone.id));
        phone.entityId = before->entityId;
        phone.contactId = before->contactId;
        const auto changes = Changes()
                                 .change("type", std::string(toString(before->type)), std::string(toString(phone.type)))
                                 .change("number", before->e164, phone.e164)
                                 .change("no_sms", before->noSms, phone.noSms);
        if (changes.empty()) { // nothing to save: no version, no row
            phone = *before;
            return;
        }
        requireNewNumber(phone);
        if (!repo.update(phone)) staleVersion("phones", phone.id);
        audit(db, office_.user().id, "phones", phone.id, "update", changes);
        if (before->entityId) refreshClientSearchKey(db, before->entityId);
        phone = *repo.find(phone.id);
    });
    return phone;
}

void ClientService::deletePhone(int64_t phoneId)
{
    office_.require(Permission::EditClients);
    auto& db = office_.db();
    db.transaction([&] {
        data::PhoneRepository repo(db);
        const auto phone = repo.find(phoneId);
        if (!phone) notFound(format(tr("There is no phone number {1}."), phoneId));
        repo.remove(phoneId);
        audit(db, office_.user().id, "phones", phoneId, "delete", Changes().change("number", phone->e164, ""));
        if (phone->entityId) refreshClientSearchKey(db, phone->entityId);
    });
}

std::vector<Phone> ClientService::phones(int64_t clientId)
{
    office_.require(Permission::SeeClients);
    std::vector<Phone> out;
    office_.db().guarded([&] { out = data::PhoneRepository(office_.db()).forEntity(clientId); });
    return out;
}

} // namespace praklit::services
