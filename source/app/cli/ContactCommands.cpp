#include "cli/Cli.h"
#include "cli/Output.h"
#include "services/ClientService.h"
#include "text/Translate.h"

#include <optional>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {
struct ContactOptions {
    Contact contact;
    std::string role;
    std::string name;
    int64_t client = 0;
    int64_t id = 0;
    // edit: only the fields given change
    std::optional<std::string> roleEdit, firstName, lastName, title, email, mobile, accounts, invoices;
    std::optional<int> expectVersion;
};
} // namespace

namespace {

// The shared list of contacts' roles.
void addRoleGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<ContactOptions>& o)
{

    auto* role = app.add_subcommand("role", tr("The contacts' roles: one list every user shares."));
    role->require_subcommand(1);
    role->add_subcommand("list", tr("List the roles."))->callback([&] {
        action = [&] {
            auto office = ctx.read();
            const auto roles = services::ClientService(*office).roles();
            Json rows = Json::array();
            std::string people;
            for (const auto& r : roles) {
                rows.push_back({{"id", r.id}, {"name", r.name}, {"built_in", r.builtIn}});
                people += r.name + "\n";
            }
            ctx.print(rows, people);
        };
    });
    auto* addRole = role->add_subcommand("add", tr("Add a role to the list."));
    addRole->add_option("name", o->name, tr("The role's name"))->required();
    addRole->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            const auto r = services::ClientService(*office).addRole(o->name);
            ctx.print(Json{{"id", r.id}, {"name", r.name}, {"built_in", r.builtIn}},
                      format(tr("Added the role \"{1}\"."), r.name));
        };
    });
}

// A client's contacts: add, edit, delete, list.
void addContactGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<ContactOptions>& o)
{
    auto* contact = app.add_subcommand("contact", tr("Contacts: people related to a client."));
    contact->require_subcommand(1);
    auto* add = contact->add_subcommand("add", tr("Add a contact to a client; the last name is required."));
    add->add_option("--client", o->contact.clientId, tr("The client's number"))->required();
    add->add_option("--role", o->role, tr("Role, from the list (see \"role list\")"));
    add->add_option("--first-name", o->contact.firstName, tr("First name"));
    add->add_option("--last-name", o->contact.lastName, tr("Last name"));
    add->add_option("--title", o->contact.title, tr("Title"));
    add->add_option("--email", o->contact.email, tr("E-mail"));
    add->add_flag("--addressee-accounts", o->contact.addresseeForAccounts, tr("Addressee for transaction accounts"));
    add->add_flag("--addressee-invoices", o->contact.addresseeForInvoices, tr("Addressee for invoices and receipts"));
    add->add_option("--mobile", o->mobile, tr("Mobile phone, e.g. 050-1234567"));
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            Contact typed = o->contact;
            typed.id = 0;
            const auto c = services::ClientService(*office).saveContact(typed, o->role, o->mobile);
            ctx.print(toJson(c), format(tr("Added contact {1}: {2}."), c.id, c.displayName()));
        };
    });

    auto* edit = contact->add_subcommand("edit", tr("Change a contact; only the options given change."));
    edit->add_option("id", o->id, tr("The contact's number"))->required();
    edit->add_option("--role", o->roleEdit, tr("Role, from the list (see \"role list\"); empty for none"));
    edit->add_option("--first-name", o->firstName, tr("First name"));
    edit->add_option("--last-name", o->lastName, tr("Last name"));
    edit->add_option("--title", o->title, tr("Title"));
    edit->add_option("--email", o->email, tr("E-mail"));
    edit->add_option("--mobile", o->mobile, tr("Mobile phone; empty to remove it"));
    edit->add_option("--addressee-accounts", o->accounts, tr("Addressee for transaction accounts: yes or no"))
        ->check(CLI::IsMember({"yes", "no"}));
    edit->add_option("--addressee-invoices", o->invoices, tr("Addressee for invoices and receipts: yes or no"))
        ->check(CLI::IsMember({"yes", "no"}));
    edit->add_option("--expect-version", o->expectVersion, tr("Refuse the change if the contact changed since this version"));
    edit->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService service(*office);
            Contact c = service.contact(o->id);
            if (o->expectVersion) c.version = *o->expectVersion;
            if (o->firstName) c.firstName = *o->firstName;
            if (o->lastName) c.lastName = *o->lastName;
            if (o->title) c.title = *o->title;
            if (o->email) c.email = *o->email;
            if (o->accounts) c.addresseeForAccounts = *o->accounts == "yes";
            if (o->invoices) c.addresseeForInvoices = *o->invoices == "yes";
            c = service.saveContact(c, o->roleEdit.value_or(c.roleName), o->mobile);
            ctx.print(toJson(c), format(tr("Contact {1} is now {2}."), c.id, c.displayName()));
        };
    });

    auto* remove = contact->add_subcommand("delete", tr("Delete a contact and its phones."));
    remove->add_option("id", o->id, tr("The contact's number"))->required();
    remove->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService(*office).deleteContact(o->id);
            ctx.print(Json{{"deleted", o->id}}, format(tr("Contact {1} was deleted."), o->id));
        };
    });

    auto* list = contact->add_subcommand("list", tr("List a client's contacts."));
    list->add_option("--client", o->client, tr("The client's number"))->required();
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::ClientService service(*office);
            service.get(o->client);
            const auto all = service.contacts(o->client);
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& c : all) {
                rows.push_back(toJson(c));
                lines.push_back({std::to_string(c.id), c.roleName, c.displayName(), c.email,
                                 c.addresseeForAccounts ? tr("yes") : "", c.addresseeForInvoices ? tr("yes") : ""});
            }
            ctx.print(rows, all.empty() ? tr("No contacts yet.")
                                        : table({tr("No."), tr("Role"), tr("Name"), tr("E-mail"), tr("Transaction accounts"),
                                                 tr("Invoices and receipts")},
                                                lines));
        };
    });
}

} // namespace

void addContactCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<ContactOptions>();
    addRoleGroup(app, ctx, action, o);
    addContactGroup(app, ctx, action, o);
}

} // namespace praklit::cli
