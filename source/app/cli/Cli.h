#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/OpenMode.h"
#include "services/OfficeSession.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>

namespace praklit::cli {

using Json = nlohmann::ordered_json;

// What every command shares: the global options and where output goes.
struct Context {
    std::string database; // --database, else PRAKLIT_DATABASE, else the user's embedded office
    bool json = false;
    std::string lang;
    bool english = false; // English output drops the bidi isolates Hebrew needs
    std::string user;     // --user, else the OS login
    bool passwordStdin = false; // --password-stdin: the sign-in password is standard input's first line
    std::ostream* out = nullptr;
    std::ostream* err = nullptr;
    std::istream* in = nullptr;
    mutable std::optional<std::optional<std::string>> signInPassword; // read once

    ConnectionUrl url() const;
    std::string login() const;
    // The sign-in password: standard input's first line with
    // --password-stdin, else PRAKLIT_PASSWORD, else none.
    std::optional<std::string> password() const;
    // The next line of standard input: a new password, never an argument
    // (arguments are seen by every user of the machine and kept in logs).
    std::string secretLine(const std::string& what) const;
    // The office for a command that writes, and for one that only reads (it
    // writes nothing but the sign-in: no journal switch, no migration).
    std::unique_ptr<services::OfficeSession> open() const;
    std::unique_ptr<services::OfficeSession> read() const;
    // Prints a JSON document (with --json) or lines for people.
    void print(const Json& document, const std::string& forPeople) const;
    void note(const std::string& sentence) const; // stderr, for people only
};

// A command's body, run after parsing so that every failure is handled in one place.
using Action = std::function<void()>;

void addDbCommands(CLI::App& app, Context& ctx, Action& action);
void addClientCommands(CLI::App& app, Context& ctx, Action& action);
void addDemoCommands(CLI::App& app, Context& ctx, Action& action);
void addAddressCommands(CLI::App& app, Context& ctx, Action& action); // address, phone
void addContactCommands(CLI::App& app, Context& ctx, Action& action); // contact, role
void addCaseCommands(CLI::App& app, Context& ctx, Action& action);
void addTimeCommands(CLI::App& app, Context& ctx, Action& action); // timer, settings timer
void addChargeCommands(CLI::App& app, Context& ctx, Action& action);
void addDocumentCommands(CLI::App& app, Context& ctx, Action& action);
void addAccountCommands(CLI::App& app, Context& ctx, Action& action); // account, payment, invoice, report
void addUserCommands(CLI::App& app, Context& ctx, Action& action);    // user, group
void addAuditCommands(CLI::App& app, Context& ctx, Action& action);   // audit list, audit verify
void addBackupCommands(CLI::App* db, Context& ctx, Action& action);   // db backup, db backups, db restore
void addSmsCommands(CLI::App& app, Context& ctx, Action& action);
void addCourtCommands(CLI::App& app, Context& ctx, Action& action);      // sms …
void addModuleSettingsCommands(CLI::App& settings, Context& ctx, Action& action); // settings modules, settings sms

// Appends an internal error and the command line that met it to
// praklit-cli.log in the user's data folder (0600), passwords redacted
// (text::redactSecrets); returns the log's path.
std::filesystem::path writeCrashLog(const std::string& what, int argc, char** argv);

// Runs the CLI; returns the process exit code (shared/CLI.md).
// Passwords are read from `in` (standard input).
int run(int argc, char** argv, std::ostream& out, std::ostream& err, std::istream& in);

} // namespace praklit::cli
