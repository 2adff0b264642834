// ClientService: contact roles, and the contacts of an organisation or a person.
#include "services/ClientService.h"

#include "data/ContactRepository.h"
#include "data/Database.h"
#include "data/PhoneRepository.h"
#include "data/RoleRepository.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "services/Audit.h"
#include "text/SearchKey.h"
#include "text/Translate.h"

namespace praklit::services {

using text::format;
using text::tr;

std::vector<ContactRole> ClientService::roles()
{
    std::vector<ContactRole> out;
    office_.db().guarded([&] { out = data::RoleRepository(office_.db()).all(); });
    return out;
}

ContactRole ClientService::addRole(const std::string& name)
{
    office_.require(Permission::EditClients);
    ContactRole role;
    role.name = validatedRoleName(name);
    auto& db = office_.db();
    db.transaction([&] {
        data::RoleRepository repo(db);
        if (repo.findByName(role.name))
            throw Error(ErrorKind::Conflict, format(tr("The role \"{1}\" is already on the list."), role.name), "role");
        role.id = repo.insert(role.name);
        audit(db, office_.user().id, "contact_roles", role.id, "insert", Changes().set("name", role.name));
    });
    return role;
}

int64_t ClientService::resolveRole(const std::string& roleName)
{
    if (roleName.empty()) return 0;
    const auto role = data::RoleRepository(office_.db()).findByName(roleName);
    if (!role) invalid(format(tr("There is no role \"{1}\": add it to the list first."), roleName), "role");
    return role->id;
}

namespace {
Changes contactChanges(const Contact& before, const Contact& after)
{
    Changes ch;
    ch.change("role", before.roleName, after.roleName)
        .change("first_name", before.firstName, after.firstName)
        .change("last_name", before.lastName, after.lastName)
        .change("title", before.title, after.title)
        .change("email", before.email, after.email)
        .change("addressee_accounts", before.addresseeForAccounts, after.addresseeForAccounts)
        .change("addressee_invoices", before.addresseeForInvoices, after.addresseeForInvoices)
        .change("no_sms", before.noSms, after.noSms);
    return ch;
}
} // namespace

Contact ClientService::saveContact(Contact contact, const std::string& roleName, const std::optional<std::string>& typedMobile)
{
    office_.require(Permission::EditClients);
    contact = validated(std::move(contact));
    // A wrong number is refused before anything is stored: the contact and
    // its mobile are saved together or not at all.
    std::optional<std::string> mobile;
    if (typedMobile) {
        const auto typed = cleanText(*typedMobile, tr("Mobile phone"), kMaxLineLength, "mobile");
        mobile = typed.empty() ? std::string() : parsePhoneNumber(typed);
    }
    auto& db = office_.db();
    db.transaction([&] {
        data::ContactRepository repo(db);
        std::optional<Contact> before;
        if (contact.id) {
            before = repo.find(contact.id);
            if (!before) notFound(format(tr("There is no contact number {1}."), contact.id));
            contact.clientId = before->clientId;
        } else {
            requireClient(contact.clientId);
        }
        contact.roleId = resolveRole(roleName);
        contact.roleName = roleName;
        const bool contactChanged = !before || !contactChanges(*before, contact).empty();
        if (before && contactChanged) {
            if (!repo.update(contact)) staleVersion("contacts", contact.id);
        } else if (before) {
            // The row stays as it is, but a stale form must not change its mobile either.
            if (contact.version != before->version) staleVersion("contacts", contact.id);
        } else {
            contact.version = 1;
            contact.id = repo.insert(contact);
        }
        auto changes = contactChanges(before.value_or(Contact{}), contact);
        if (!before) changes.change("entity_id", "", std::to_string(contact.clientId));

        if (mobile) {
            data::PhoneRepository phones(db);
            std::optional<Phone> stored;
            for (auto& p : phones.forContact(contact.id))
                if (p.type == PhoneType::Mobile) {
                    stored = p;
                    break;
                }
            changes.change("mobile", stored ? stored->e164 : std::string(), *mobile);
            if (mobile->empty()) {
                if (stored) phones.remove(stored->id);
            } else if (!stored) {
                Phone p;
                p.contactId = contact.id;
                p.type = PhoneType::Mobile;
                p.e164 = *mobile;
                p.version = 1;
                requireNewNumber(p);
                phones.insert(p);
            } else if (stored->e164 != *mobile) {
                stored->e164 = *mobile;
                requireNewNumber(*stored);
                if (!phones.update(*stored)) staleVersion("phones", stored->id);
            }
        }
        // An edit that changed nothing leaves nothing behind.
        if (!changes.empty()) audit(db, office_.user().id, "contacts", contact.id, before ? "update" : "insert", changes);
        contact = *repo.find(contact.id);
    });
    return contact;
}

Contact ClientService::addContact(Contact contact, const std::string& roleName)
{
    office_.require(Permission::EditClients);
    contact.id = 0;
    return saveContact(std::move(contact), roleName, std::nullopt);
}

Contact ClientService::updateContact(Contact contact, const std::string& roleName)
{
    office_.require(Permission::EditClients);
    if (contact.id == 0) notFound(format(tr("There is no contact number {1}."), contact.id));
    return saveContact(std::move(contact), roleName, std::nullopt);
}

void ClientService::deleteContact(int64_t contactId)
{
    office_.require(Permission::EditClients);
    auto& db = office_.db();
    db.transaction([&] {
        data::ContactRepository repo(db);
        const auto contact = repo.find(contactId);
        if (!contact) notFound(format(tr("There is no contact number {1}."), contactId));
        repo.remove(contactId);
        audit(db, office_.user().id, "contacts", contactId, "delete", contactChanges(*contact, Contact{}));
    });
}

std::vector<Contact> ClientService::contacts(int64_t clientId)
{
    office_.require(Permission::SeeClients);
    std::vector<Contact> out;
    office_.db().guarded([&] { out = data::ContactRepository(office_.db()).forClient(clientId); });
    return out;
}

} // namespace praklit::services
