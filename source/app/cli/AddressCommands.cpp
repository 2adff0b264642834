#include "cli/Cli.h"
#include "cli/Output.h"
#include "services/ClientService.h"
#include "text/Translate.h"

#include <optional>
#include <utility>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct AddressOptions {
    Address address;
    // edit: only the fields given change
    std::optional<std::string> street, house, city, zip, poBox, country;
    std::optional<std::string> typeEdit, numberEdit;
    std::optional<int> expectVersion;
    int64_t id = 0;
    int64_t client = 0;
    int64_t contact = 0;
    int64_t newPrimary = 0;
    std::string type = "mobile";
    std::string number;
};

std::string addressLines(const std::vector<Address>& addresses)
{
    if (addresses.empty()) return tr("No addresses yet.");
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : addresses)
        rows.push_back({std::to_string(a.id), a.isPrimary ? tr("primary") : "", a.oneLine()});
    return table({tr("No."), tr("Primary"), tr("Address")}, rows);
}

} // namespace

namespace {

// A client's addresses: add, edit, list, make primary, delete.
void addAddressGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<AddressOptions>& o)
{

    auto* address = app.add_subcommand("address", tr("A client's addresses: exactly one is primary."));
    address->require_subcommand(1);

    auto* add = address->add_subcommand("add", tr("Add an address; the first one is primary by itself."));
    add->add_option("--client", o->address.ownerId, tr("The client's number"))->required();
    add->add_option("--street", o->address.street, tr("Street"));
    add->add_option("--house", o->address.house, tr("House number"));
    add->add_option("--city", o->address.city, tr("City"));
    add->add_option("--zip", o->address.zip, tr("ZIP code"));
    add->add_option("--po-box", o->address.poBox, tr("P.O. box"));
    add->add_option("--country", o->address.country, tr("Country (empty for Israel)"));
    add->add_flag("--is-primary", o->address.isPrimary, tr("Make it the primary address (the old one becomes secondary)."));
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            const auto a = services::ClientService(*office).addAddress(o->address);
            ctx.print(toJson(a), format(tr("Added address {1}: {2}."), a.id, a.oneLine()) +
                                     (a.isPrimary ? " " + tr("It is the primary address.") : std::string()));
        };
    });

    auto* list = address->add_subcommand("list", tr("List a client's addresses, the primary first."));
    list->add_option("--client", o->client, tr("The client's number"))->required();
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::ClientService service(*office);
            service.get(o->client);
            const auto all = service.addresses(o->client);
            Json rows = Json::array();
            for (const auto& a : all) rows.push_back(toJson(a));
            ctx.print(rows, addressLines(all));
        };
    });

    auto* edit = address->add_subcommand("edit", tr("Change an address; only the options given change."));
    edit->add_option("id", o->id, tr("The address's number"))->required();
    edit->add_option("--street", o->street, tr("Street"));
    edit->add_option("--house", o->house, tr("House number"));
    edit->add_option("--city", o->city, tr("City"));
    edit->add_option("--zip", o->zip, tr("ZIP code"));
    edit->add_option("--po-box", o->poBox, tr("P.O. box"));
    edit->add_option("--country", o->country, tr("Country (empty for Israel)"));
    edit->add_flag("--is-primary", o->address.isPrimary, tr("Make it the primary address (the old one becomes secondary)."));
    edit->add_option("--expect-version", o->expectVersion, tr("Refuse the change if the address changed since this version"));
    edit->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService service(*office);
            Address a = service.address(o->id);
            if (o->expectVersion) a.version = *o->expectVersion;
            for (auto [option, field] : {std::pair{&o->street, &a.street}, {&o->house, &a.house}, {&o->city, &a.city},
                                         {&o->zip, &a.zip}, {&o->poBox, &a.poBox}, {&o->country, &a.country}})
                if (*option) *field = **option;
            if (o->address.isPrimary) a.isPrimary = true;
            a = service.updateAddress(a);
            ctx.print(toJson(a), format(tr("Address {1} is now: {2}."), a.id, a.oneLine()));
        };
    });

    auto* primary = address->add_subcommand("set-primary", tr("Make an address the primary one."));
    primary->add_option("id", o->id, tr("The address's number"))->required();
    primary->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            const auto a = services::ClientService(*office).setPrimaryAddress(o->id);
            ctx.print(toJson(a), format(tr("Address {1} is now the primary address."), a.id));
        };
    });

    auto* remove = address->add_subcommand("delete", tr("Delete an address."));
    remove->add_option("id", o->id, tr("The address's number"))->required();
    remove->add_option("--new-primary", o->newPrimary,
                       tr("When deleting the primary address: the address that becomes primary."));
    remove->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService(*office).deleteAddress(o->id, o->newPrimary);
            ctx.print(Json{{"deleted", o->id}}, format(tr("Address {1} was deleted."), o->id));
        };
    });
}

// Phone numbers of clients and contacts: add, edit, delete, list.
void addPhoneGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<AddressOptions>& o)
{
    auto* phone = app.add_subcommand("phone", tr("Phone numbers of clients and contacts."));
    phone->require_subcommand(1);
    auto* addPhone = phone->add_subcommand("add", tr("Add a phone number, typed in any common format."));
    auto* owner = addPhone->add_option_group("owner");
    owner->add_option("--client", o->client, tr("The client's number"));
    owner->add_option("--contact", o->contact, tr("The contact's number"));
    owner->require_option(1);
    addPhone->add_option("--type", o->type, tr("mobile, office, home or fax"))
        ->check(CLI::IsMember({"mobile", "office", "home", "fax"}));
    addPhone->add_option("--number", o->number, tr("The number, e.g. 050-1234567 or +972 50 123 4567"))->required();
    addPhone->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService service(*office);
            const auto type = *parsePhoneType(o->type);
            const auto p = o->client ? service.addPhone(o->client, type, o->number)
                                     : service.addContactPhone(o->contact, type, o->number);
            ctx.print(toJson(p), format(tr("Added phone {1}: {2}."), p.id, displayPhoneNumber(p.e164)));
        };
    });

    auto* editPhone = phone->add_subcommand("edit", tr("Change a phone's number or type."));
    editPhone->add_option("id", o->id, tr("The phone's number (its id)"))->required();
    editPhone->add_option("--type", o->typeEdit, tr("mobile, office, home or fax"))
        ->check(CLI::IsMember({"mobile", "office", "home", "fax"}));
    editPhone->add_option("--number", o->numberEdit, tr("The number, e.g. 050-1234567 or +972 50 123 4567"));
    editPhone->add_option("--expect-version", o->expectVersion, tr("Refuse the change if the phone changed since this version"));
    editPhone->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService service(*office);
            Phone p = service.phone(o->id);
            if (o->expectVersion) p.version = *o->expectVersion;
            if (o->typeEdit) p.type = *parsePhoneType(*o->typeEdit);
            p = service.updatePhone(p, o->numberEdit.value_or(p.e164));
            ctx.print(toJson(p), format(tr("Phone {1} is now {2}."), p.id, displayPhoneNumber(p.e164)));
        };
    });

    auto* deletePhone = phone->add_subcommand("delete", tr("Delete a phone number."));
    deletePhone->add_option("id", o->id, tr("The phone's number (its id)"))->required();
    deletePhone->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService(*office).deletePhone(o->id);
            ctx.print(Json{{"deleted", o->id}}, format(tr("Phone {1} was deleted."), o->id));
        };
    });

    auto* listPhones = phone->add_subcommand("list", tr("List a client's phone numbers."));
    listPhones->add_option("--client", o->client, tr("The client's number"))->required();
    listPhones->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::ClientService service(*office);
            service.get(o->client);
            const auto all = service.phones(o->client);
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& p : all) {
                rows.push_back(toJson(p));
                lines.push_back({std::to_string(p.id), typeName(p.type), displayPhoneNumber(p.e164)});
            }
            ctx.print(rows, all.empty() ? tr("No phones yet.") : table({tr("No."), tr("Type"), tr("Phone")}, lines));
        };
    });
}

} // namespace

void addAddressCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<AddressOptions>();
    addAddressGroup(app, ctx, action, o);
    addPhoneGroup(app, ctx, action, o);
}

} // namespace praklit::cli
