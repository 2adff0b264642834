#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "services/ClientService.h"
#include "text/Translate.h"

#include <optional>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct ClientOptions {
    std::optional<std::string> kind, firstName, lastName, orgName, idNumber, email, note, status;
    int64_t id = 0;
    std::optional<int> expectVersion;
    std::string text;
    int64_t limit = 50;
    int64_t offset = 0;
};

void addFieldOptions(CLI::App* cmd, ClientOptions& o)
{
    cmd->add_option("--kind", o.kind, tr("person or organisation"))->check(CLI::IsMember({"person", "organisation"}));
    cmd->add_option("--first-name", o.firstName, tr("First name"));
    cmd->add_option("--last-name", o.lastName, tr("Last name (required for a person)"));
    cmd->add_option("--org-name", o.orgName, tr("Organisation name (required for an organisation)"));
    cmd->add_option("--id-number", o.idNumber, tr("ID number (ת\"ז) or company number (ח.פ.)"));
    cmd->add_option("--email", o.email, tr("E-mail"));
    cmd->add_option("--note", o.note, tr("Notes"));
}

void apply(const ClientOptions& o, Client& c)
{
    if (o.kind)
        c.kind = *parseEntityKind(*o.kind);
    else if (o.orgName && !o.lastName && !o.firstName)
        c.kind = EntityKind::Organisation; // --org-name alone says what it is
    if (o.firstName) c.firstName = *o.firstName;
    if (o.lastName) c.lastName = *o.lastName;
    if (o.orgName) c.orgName = *o.orgName;
    if (o.idNumber) c.idNumber = *o.idNumber;
    if (o.email) c.email = *o.email;
    if (o.note) c.note = *o.note;
    if (o.status) c.active = *o.status == "active";
}

std::string describe(const Client& c)
{
    std::string out = format(tr("Client {1}: {2}"), c.id, c.displayName()) + "\n";
    if (!c.idNumber.empty())
        out += (c.kind == EntityKind::Person ? tr("ID number") : tr("Company number")) + ": " + c.idNumber + "\n";
    if (!c.email.empty()) out += tr("E-mail") + ": " + c.email + "\n";
    out += tr("Status") + ": " + (c.active ? tr("active") : tr("inactive")) + "\n";
    if (!c.note.empty()) out += tr("Notes") + ": " + c.note + "\n";
    return out;
}

std::string listForPeople(const std::vector<Client>& clients)
{
    if (clients.empty()) return tr("No clients found.");
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : clients) rows.push_back({std::to_string(c.id), c.displayName(), c.idNumber, c.email});
    return table({tr("No."), tr("Name"), tr("ID / company no."), tr("E-mail")}, rows);
}

Json listJson(const std::vector<Client>& clients)
{
    Json a = Json::array();
    for (const auto& c : clients) a.push_back(toJson(c));
    return a;
}

} // namespace

void addClientCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto* client = app.add_subcommand("client", tr("Clients: people and organisations."));
    client->require_subcommand(1);
    auto o = std::make_shared<ClientOptions>();

    auto* add = client->add_subcommand("add", tr("Add a client."));
    addFieldOptions(add, *o);
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            Client c;
            apply(*o, c);
            c = services::ClientService(*office).add(c);
            ctx.print(toJson(c), format(tr("Added client {1}: {2}."), c.id, c.displayName()));
        };
    });

    auto* edit = client->add_subcommand("edit", tr("Change a client's details; only the options given change."));
    edit->add_option("id", o->id, tr("The client's number"))->required();
    addFieldOptions(edit, *o);
    edit->add_option("--status", o->status, tr("active or inactive"))->check(CLI::IsMember({"active", "inactive"}));
    edit->add_option("--expect-version", o->expectVersion,
                     tr("Refuse the change if the client is no longer at this version (as read by \"client show\")."));
    edit->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::ClientService service(*office);
            Client c = service.get(o->id);
            if (o->expectVersion) c.version = *o->expectVersion;
            apply(*o, c);
            c = service.update(c);
            ctx.print(toJson(c), format(tr("Saved client {1}: {2}."), c.id, c.displayName()));
        };
    });

    auto* show = client->add_subcommand("show", tr("Show a client's card."));
    show->add_option("id", o->id, tr("The client's number"))->required();
    show->callback([&, o] {
        action = [&, o] {
            // Reading a card is logged (the access log): a read-write session.
            auto office = ctx.open();
            const auto card = services::ClientService(*office).card(o->id);
            std::string people = describe(card.client);
            for (const auto& a : card.addresses)
                people += (a.isPrimary ? tr("Primary address") : tr("Address")) + ": " + a.oneLine() + "\n";
            for (const auto& p : card.phones) people += tr("Phone") + ": " + displayPhoneNumber(p.e164) + "\n";
            for (const auto& c : card.contacts)
                people += tr("Contact") + ": " + c.lastName + " " + c.firstName + (c.roleName.empty() ? "" : " (" + c.roleName + ")") + "\n";
            for (const auto& k : card.cases) people += tr("Case") + ": " + k.internalNumber + " " + k.subject + "\n";
            ctx.print(toJson(card), people);
        };
    });

    auto* list = client->add_subcommand("list", tr("List clients in name order."));
    list->add_option("--limit", o->limit, tr("At most this many (default 50)."))->check(CLI::Range(int64_t{1}, int64_t{100000}));
    list->add_option("--offset", o->offset, tr("Skip this many first."))->check(CLI::NonNegativeNumber);
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto clients = services::ClientService(*office).list(o->offset, o->limit);
            ctx.print(listJson(clients), listForPeople(clients));
        };
    });

    auto* search = client->add_subcommand(
        "search", tr("Find clients by any part of the name, ID or company number, phone, e-mail or case number."));
    search->add_option("text", o->text, tr("What to look for"))->required();
    search->add_option("--limit", o->limit, tr("At most this many (default 50)."))->check(CLI::Range(int64_t{1}, int64_t{100000}));
    search->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto found = services::ClientService(*office).find(o->text, 0, o->limit);
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& c : found) {
                const auto phone = c.phoneE164.empty() ? std::string() : displayPhoneNumber(c.phoneE164);
                rows.push_back({{"id", c.id}, {"kind", std::string(toString(c.kind))}, {"display_name", c.displayName},
                                {"id_number", c.idNumber}, {"phone", phone}, {"city", c.city}, {"active", c.active},
                                {"match", std::string(toString(c.match))}});
                lines.push_back({std::to_string(c.id), listedName(c), c.idNumber, phone, c.city});
            }
            ctx.print(rows, found.empty() ? tr("No clients found.")
                                          : table({tr("No."), tr("Name"), tr("ID / company no."), tr("Phone"), tr("City")}, lines));
        };
    });
}

} // namespace praklit::cli
