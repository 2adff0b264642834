#pragma once
// Runs praklit-cli in-process and keeps what it wrote: the exit code
// (shared/CLI.md), stdout (JSON with --json) and stderr (sentences).
#include "cli/Cli.h"
#include "support/TestDatabase.h"

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace praklit::test {

struct Result {
    int code;
    std::string out;
    std::string err;
    nlohmann::json json() const { return nlohmann::json::parse(out); }
};

// What the next runCli reads on standard input when it is given none: the
// administrator's password a fixture's "db init" needs.
inline std::string& pendingInput()
{
    static std::string input;
    return input;
}

// `input` is standard input: passwords, one per line.
inline Result runCli(std::vector<std::string> args, std::string input = {})
{
    if (input.empty()) input = std::exchange(pendingInput(), {});
    args.insert(args.begin(), "praklit-cli");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    std::istringstream in(input);
    const int code = praklit::cli::run(static_cast<int>(argv.size()), argv.data(), out, err, in);
    return {code, out.str(), err.str()};
}

// One sentence: a single line ending in a full stop.
inline void expectOneSentence(const Result& r)
{
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
    EXPECT_NE(r.err.find_first_of(".:"), std::string::npos) << r.err;
}

// Whether the command line names its own user among the global options
// (before the command; "settings rate --user" is the command's own option).
inline bool signsInAsSomeoneElse(const std::vector<std::string>& args)
{
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--user") return true;
        if (args[i] == "--database" || args[i] == "--lang") ++i;
        else if (!args[i].starts_with("-")) return false;
    }
    return false;
}

// The password every user of a test office signs in with (PRAKLIT_PASSWORD).
inline const std::string kTestPassword = "Quiet-river-42";

// A fresh office database on the backend under test, and the arguments that
// point the CLI at it in English, signed in as "tester" with kTestPassword:
// "db init" makes tester the office's administrator.
class Cli : public ::testing::Test {
protected:
    TestDatabase db;
    Cli() { ::setenv("PRAKLIT_PASSWORD", kTestPassword.c_str(), 1); }
    ~Cli() override { ::unsetenv("PRAKLIT_PASSWORD"); }
    std::vector<std::string> on(std::vector<std::string> args)
    {
        const auto has = [&](const char* word) { return std::find(args.begin(), args.end(), word) != args.end(); };
        const auto init = std::find(args.begin(), args.end(), "init");
        if (init != args.end() && init != args.begin() && *(init - 1) == "db" && !has("--admin")) {
            args.insert(init + 1, {"--admin", "tester"});
            pendingInput() = kTestPassword + "\n";
        }
        if (!signsInAsSomeoneElse(args)) args.insert(args.begin(), {"--user", "tester"});
        args.insert(args.begin(), {"--lang", "en", "--database", db.text()});
        return args;
    }
    // Another user of the office, in `group`, signing in with kTestPassword too.
    void addUser(const std::string& login, const std::string& group = "lawyers")
    {
        const std::string first = "Spring-field-77"; // changed at once, as the first sign-in asks
        auto added = runCli(on({"user", "add", "--login", login, "--display-name", login, "--group", group}), first + "\n");
        ASSERT_EQ(added.code, 0) << added.err;
        auto changed = runCli(on({"--user", login, "--password-stdin", "user", "passwd"}), first + "\n" + kTestPassword + "\n");
        ASSERT_EQ(changed.code, 0) << changed.err;
    }
};

} // namespace praklit::test
