#include "cli/Cli.h"
#include "cli/Output.h"
#include "services/UserService.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <optional>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct UserOptions {
    User user;
    std::string who; // a login or a user's number
    std::optional<std::string> login, displayName, email, title, group;
    std::string key, name;
    std::vector<std::string> permissions;
};

Json toJson(const User& u)
{
    return Json{{"id", u.id},
                {"login", u.login},
                {"display_name", u.displayName},
                {"email", u.email},
                {"title", u.title},
                {"group", u.groupKey},
                {"active", u.active},
                {"has_password", u.hasPassword},
                {"must_change_password", u.mustChangePassword},
                {"version", u.version}};
}

Json toJson(const UserGroup& g)
{
    Json permissions = Json::array();
    for (auto p : kAllPermissions)
        if (g.permissions.has(p)) permissions.push_back(std::string(permissionKey(p)));
    return Json{{"id", g.id}, {"key", g.key}, {"name", g.name}, {"built_in", g.builtIn},
                {"permissions", permissions}, {"version", g.version}};
}

std::string forPeople(const UserGroup& g)
{
    std::string out = format(tr("User group {1} ({2})"), g.name, text::ltr(g.key)) + "\n";
    std::vector<std::vector<std::string>> rows;
    for (auto p : kAllPermissions)
        rows.push_back({permissionName(p), std::string(permissionKey(p)), g.permissions.has(p) ? tr("yes") : tr("no")});
    return out + table({tr("Permission"), tr("Key"), tr("Granted")}, rows);
}

User find(services::UserService& users, const std::string& who)
{
    // A number is a user's number; anything else (a login of digits too
    // long to be a number among them) is looked up as a login.
    if (!who.empty() && who.size() <= 18 && who.find_first_not_of("0123456789") == std::string::npos)
        return users.get(std::stoll(who));
    return users.byLogin(who);
}

std::vector<Permission> permissionsFrom(const std::vector<std::string>& keys)
{
    std::vector<Permission> out;
    for (const auto& k : keys) {
        auto p = permissionFromKey(k);
        if (!p) {
            std::string known;
            for (auto each : kAllPermissions) known += (known.empty() ? "" : ", ") + std::string(permissionKey(each));
            invalid(format(tr("There is no permission {1}; the permissions are: {2}."), text::ltr(k), text::ltr(known)),
                    "permission");
        }
        out.push_back(*p);
    }
    return out;
}

void addUserGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<UserOptions>& o)
{
    auto* user = app.add_subcommand("user", tr("The office's users: who signs in, and in which user group."));
    user->require_subcommand(1);

    auto* add = user->add_subcommand("add", tr("Add a user; the first password is read from standard input, and "
                                               "the user chooses a new one at the first sign-in."));
    add->add_option("--login", o->user.login, tr("The user name to sign in with"))->required();
    add->add_option("--display-name", o->user.displayName, tr("The name shown on screens and documents"));
    add->add_option("--group", o->user.groupKey, tr("The user group's key (see \"group list\")"))->required();
    add->add_option("--email", o->user.email, tr("E-mail"));
    add->add_option("--title", o->user.title, tr("The user's role in the office"));
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            const std::string password = ctx.secretLine(tr("the new user's first password"));
            const auto u = services::UserService(*office).add(o->user, password);
            ctx.print(toJson(u), format(tr("Added user {1} ({2}) in the group {3}."), text::ltr(u.login),
                                        u.shownName(), text::ltr(u.groupKey)));
        };
    });

    user->add_subcommand("list", tr("List the users."))->callback([&] {
        action = [&] {
            auto office = ctx.read();
            Json rows = Json::array();
            std::vector<std::vector<std::string>> people;
            for (const auto& u : services::UserService(*office).list()) {
                rows.push_back(toJson(u));
                people.push_back({std::to_string(u.id), text::ltr(u.login), u.displayName, u.title, text::ltr(u.groupKey),
                                  u.active ? tr("active") : tr("inactive")});
            }
            ctx.print(rows, table({tr("No."), tr("User"), tr("Display name"), tr("Role"), tr("Group"), tr("Status")}, people));
        };
    });

    auto* show = user->add_subcommand("show", tr("Show a user."));
    show->add_option("user", o->who, tr("The user's login or number"))->required();
    show->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::UserService users(*office);
            const auto u = find(users, o->who);
            ctx.print(toJson(u),
                      format(tr("User {1}: {2}"), text::ltr(u.login), u.shownName()) + "\n" +
                          format(tr("Group: {1}"), text::ltr(u.groupKey)) + "\n" +
                          (u.email.empty() ? "" : format(tr("E-mail: {1}"), text::ltr(u.email)) + "\n") +
                          (u.title.empty() ? "" : format(tr("Role: {1}"), u.title) + "\n") +
                          (u.active ? tr("Active.") : tr("Inactive: cannot sign in.")) +
                          (u.mustChangePassword ? "\n" + tr("Must choose a new password at the next sign-in.") : ""));
        };
    });

    auto* edit = user->add_subcommand("edit", tr("Change a user's details; only the options given change."));
    edit->add_option("user", o->who, tr("The user's login or number"))->required();
    edit->add_option("--login", o->login, tr("A new user name"));
    edit->add_option("--display-name", o->displayName, tr("The name shown on screens and documents"));
    edit->add_option("--group", o->group, tr("The user group's key"));
    edit->add_option("--email", o->email, tr("E-mail"));
    edit->add_option("--title", o->title, tr("The user's role in the office"));
    edit->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::UserService users(*office);
            User u = find(users, o->who);
            if (o->login) u.login = *o->login;
            if (o->displayName) u.displayName = *o->displayName;
            if (o->email) u.email = *o->email;
            if (o->title) u.title = *o->title;
            if (o->group) {
                u.groupKey = *o->group;
                u.groupId = 0;
            }
            u = users.update(u);
            ctx.print(toJson(u), format(tr("Saved user {1}."), text::ltr(u.login)));
        };
    });

    for (const bool active : {false, true}) {
        auto* sub = user->add_subcommand(active ? "enable" : "disable",
                                         active ? tr("Let a user sign in again.")
                                                : tr("Stop a user from signing in; the history keeps the name."));
        sub->add_option("user", o->who, tr("The user's login or number"))->required();
        sub->callback([&, o, active] {
            action = [&, o, active] {
                auto office = ctx.open();
                services::UserService users(*office);
                const auto u = users.setActive(find(users, o->who).id, active);
                ctx.print(toJson(u), format(active ? tr("User {1} can sign in.") : tr("User {1} can no longer sign in."),
                                            text::ltr(u.login)));
            };
        });
    }

    auto* reset = user->add_subcommand("reset-password", tr("Give a user a new password, read from standard input; "
                                                            "the user chooses another at the next sign-in."));
    reset->add_option("user", o->who, tr("The user's login or number"))->required();
    reset->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::UserService users(*office);
            const auto u = find(users, o->who);
            users.resetPassword(u.id, ctx.secretLine(tr("the new password")));
            ctx.print(Json{{"id", u.id}, {"login", u.login}, {"must_change_password", u.id != office->user().id}},
                      format(tr("The password of {1} was reset."), text::ltr(u.login)));
        };
    });

    user->add_subcommand("passwd", tr("Change your own password: the new one is read from standard input (after "
                                      "the current one, with --password-stdin)."))
        ->callback([&] {
            action = [&] {
                auto office = ctx.open();
                const std::string current = ctx.password().value_or("");
                services::UserService(*office).changeOwnPassword(current, ctx.secretLine(tr("the new password")));
                ctx.print(Json{{"login", office->user().login}, {"changed", true}}, tr("Your password was changed."));
            };
        });
}

void addGroupGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<UserOptions>& o)
{
    auto* group = app.add_subcommand("group", tr("User groups and their permissions."));
    group->require_subcommand(1);

    group->add_subcommand("list", tr("List the user groups."))->callback([&] {
        action = [&] {
            auto office = ctx.read();
            Json rows = Json::array();
            std::vector<std::vector<std::string>> people;
            for (const auto& g : services::UserService(*office).groups()) {
                rows.push_back(toJson(g));
                int granted = 0;
                for (auto p : kAllPermissions) granted += g.permissions.has(p) ? 1 : 0;
                people.push_back({text::ltr(g.key), g.name, std::to_string(granted)});
            }
            ctx.print(rows, table({tr("Key"), tr("Name"), tr("Permissions")}, people));
        };
    });

    auto* show = group->add_subcommand("show", tr("Show a user group and its permissions."));
    show->add_option("key", o->key, tr("The group's key"))->required();
    show->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto g = services::UserService(*office).groupByKey(o->key);
            ctx.print(toJson(g), forPeople(g));
        };
    });

    auto* add = group->add_subcommand("add", tr("Add a user group."));
    add->add_option("--key", o->key, tr("A stable key: lower-case English letters, digits and \"-\""))->required();
    add->add_option("--name", o->name, tr("The group's name"))->required();
    add->add_option("--permission", o->permissions, tr("A permission to grant (repeat the option)"));
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            Permissions granted;
            for (auto p : permissionsFrom(o->permissions)) granted.grant(p);
            const auto g = services::UserService(*office).addGroup(o->key, o->name, granted);
            ctx.print(toJson(g), format(tr("Added the user group {1}."), g.name));
        };
    });

    for (const bool granting : {true, false}) {
        auto* sub = group->add_subcommand(granting ? "grant" : "revoke",
                                          granting ? tr("Grant permissions to a user group.")
                                                   : tr("Take permissions away from a user group."));
        sub->add_option("key", o->key, tr("The group's key"))->required();
        sub->add_option("permissions", o->permissions, tr("The permissions' keys"))->required();
        sub->callback([&, o, granting] {
            action = [&, o, granting] {
                auto office = ctx.open();
                services::UserService users(*office);
                auto g = users.groupByKey(o->key);
                Permissions wanted = g.permissions;
                for (auto p : permissionsFrom(o->permissions)) granting ? wanted.grant(p) : wanted.revoke(p);
                g = users.setPermissions(g.id, wanted, g.version);
                ctx.print(toJson(g), forPeople(g));
            };
        });
    }
}

} // namespace

void addUserCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<UserOptions>();
    addUserGroup(app, ctx, action, o);
    addGroupGroup(app, ctx, action, o);
}

} // namespace praklit::cli
