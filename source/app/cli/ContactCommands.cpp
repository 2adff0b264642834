#include "cli/Cli.h"
#include "cli/Output.h"
#include "services/ClientService.h"
#include "text/Translate.h"

namespace praklit::cli {

using text::format;
using text::tr;

namespace {
struct ContactOptions {
    Contact contact;
    std::string role;
    std::string name;
    int64_t client = 0;
};
} // namespace

void addContactCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<ContactOptions>();

    auto* role = app.add_subcommand("role", tr("The contacts' roles: one list every user shares."));
    role->require_subcommand(1);
    role->add_subcommand("list", tr("List the roles."))->callback([&] {
        action = [&] {
            auto office = ctx.open();
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
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            const auto c = services::ClientService(*office).addContact(o->contact, o->role);
            ctx.print(toJson(c), format(tr("Added contact {1}: {2} {3}."), c.id, c.firstName, c.lastName));
        };
    });

    auto* list = contact->add_subcommand("list", tr("List a client's contacts."));
    list->add_option("--client", o->client, tr("The client's number"))->required();
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService service(*office);
            service.get(o->client);
            const auto all = service.contacts(o->client);
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& c : all) {
                rows.push_back(toJson(c));
                lines.push_back({std::to_string(c.id), c.roleName, c.lastName + " " + c.firstName, c.email,
                                 c.addresseeForAccounts ? tr("yes") : "", c.addresseeForInvoices ? tr("yes") : ""});
            }
            ctx.print(rows, all.empty() ? tr("No contacts yet.")
                                        : table({tr("No."), tr("Role"), tr("Name"), tr("E-mail"), tr("Transaction accounts"),
                                                 tr("Invoices and receipts")},
                                                lines));
        };
    });
}

} // namespace praklit::cli
