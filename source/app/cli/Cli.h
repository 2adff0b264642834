#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/OpenMode.h"
#include "services/OfficeSession.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <memory>
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
    std::ostream* out = nullptr;
    std::ostream* err = nullptr;

    ConnectionUrl url() const;
    // The office for a command that writes, and for one that only reads (it
    // writes nothing: no user, no journal switch, no migration).
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

// Runs the CLI; returns the process exit code (shared/CLI.md).
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace praklit::cli
