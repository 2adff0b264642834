#pragma once
// Runs praklit-cli in-process and keeps what it wrote: the exit code
// (shared/CLI.md), stdout (JSON with --json) and stderr (sentences).
#include "cli/Cli.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace praklit::test {

struct Result {
    int code;
    std::string out;
    std::string err;
    nlohmann::json json() const { return nlohmann::json::parse(out); }
};

inline Result runCli(std::vector<std::string> args)
{
    args.insert(args.begin(), "praklit-cli");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    const int code = praklit::cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

// One sentence: a single line ending in a full stop.
inline void expectOneSentence(const Result& r)
{
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
    EXPECT_NE(r.err.find_first_of(".:"), std::string::npos) << r.err;
}

// A fresh office database on the backend under test, and the arguments that
// point the CLI at it in English.
class Cli : public ::testing::Test {
protected:
    TestDatabase db;
    std::vector<std::string> on(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--lang", "en", "--database", db.text()});
        return args;
    }
};

} // namespace praklit::test
