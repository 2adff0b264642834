// In Hebrew (the default) the command line's human output has no English
// word in it: states, kinds and types are named in the reader's language
// by the same functions the desktop uses. What the user typed, the login
// and file names are the user's own and may be in any script.
#include "CliRunner.h"
#include "support/TestDatabase.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <regex>

using namespace praklit;
using namespace praklit::test;

namespace {

// The Latin words of a text, once its own data is taken out.
std::vector<std::string> latinWords(std::string text, const std::vector<std::string>& data)
{
    // The server names its own version (db info): its words to the end of that line.
    text = std::regex_replace(text, std::regex("PostgreSQL [0-9][^\\n]*"), "");
    for (const auto& d : data)
        for (size_t at; !d.empty() && (at = text.find(d)) != std::string::npos;) text.erase(at, d.size());
    // The database's table names (db info) and units of size are written as they are.
    static const std::regex names("\\b[a-z_]+_?[a-z]*\\s+[0-9]+\\n|\\bKB\\b|\\bMB\\b|\\bGB\\b");
    text = std::regex_replace(text, names, "\n");
    std::vector<std::string> out;
    static const std::regex word("[A-Za-z]{2,}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}

} // namespace

TEST_F(Cli, HebrewOutputHasNoEnglishWord)
{
    TempDir dir;
    const auto pdf = (dir.path() / "accounts.pdf").string();
    // The database's own name, and the names of the product's engines, are
    // proper names, written as they are.
    const std::string where = db.context().officeIsAFile() ? db.url().sqlitePath().string() : db.url().get("dbname");
    const std::vector<std::string> data{db.text(), where, "ruth", pdf, dir.path().string(), "SQLite", "PostgreSQL"};
    ASSERT_EQ(runCli({"--database", db.text(), "db", "init", "--admin", "ruth"}, kTestPassword + "\n").code, 0);
    auto he = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--database", db.text(), "--user", "ruth"});
        const auto r = runCli(args);
        EXPECT_EQ(r.code, 0) << args[4] << " " << (args.size() > 5 ? args[5] : "") << ": " << r.err;
        EXPECT_EQ(latinWords(r.out + r.err, data), std::vector<std::string>{})
            << args[4] << " " << (args.size() > 5 ? args[5] : "") << ":\n" << r.out << r.err;
        return r;
    };
    he({"db", "info"});
    he({"client", "add", "--last-name", "כהן", "--first-name", "משה", "--id-number", "000000018"});
    he({"client", "add", "--org-name", "כהן את לוי בע\"מ"});
    he({"client", "list"});
    he({"client", "search", "כהן"});
    he({"client", "show", "1"});
    he({"address", "add", "--client", "1", "--street", "הרצל", "--house", "1", "--city", "תל אביב"});
    he({"address", "list", "--client", "1"});
    for (const char* type : {"mobile", "home", "office", "fax"})
        he({"phone", "add", "--client", "1", "--type", type, "--number", std::string("03-") + std::to_string(5000000 + type[0])});
    he({"phone", "list", "--client", "1"});
    he({"role", "list"});
    he({"contact", "add", "--client", "2", "--last-name", "לוי", "--role", "מנהל כספים", "--mobile", "052-7654321"});
    he({"contact", "list", "--client", "2"});
    he({"case", "add", "--client", "1", "--subject", "תביעה"});
    he({"case", "list", "--client", "1"});
    he({"case", "show", "1"});
    he({"timer", "start", "--case", "1", "--description", "הכנה לדיון"});
    he({"timer", "list"});
    he({"timer", "pause", "1"});
    he({"timer", "list"});
    he({"timer", "discard", "1"});
    for (const char* kind : {"fixed", "expense"})
        he({"charge", "add", "--case", "1", "--kind", kind, "--amount", "100", "--description", "שכר טרחה", "--date",
            "2026-11-01"});
    he({"charge", "add", "--case", "1", "--kind", "time", "--minutes", "90", "--description", "פגישה", "--date",
        "2026-11-02"});
    he({"charge", "list", "--client", "1"});
    he({"settings", "timer"});
    he({"settings", "office"});
    he({"settings", "office", "--name", "משרד עורכי דין", "--vat-number", "516179157"});
    he({"account", "create", "--client", "1"});
    he({"account", "list", "--client", "1"});
    he({"account", "issue", "1"});
    he({"account", "show", "1"});
    he({"charge", "list", "--client", "1"});
    he({"payment", "add", "--account", "1", "--amount", "10", "--method", "cash"});
    he({"payment", "list", "--account", "1"});
    he({"invoice", "list", "--client", "1"});
    he({"report", "accounts", "--from", "2026-01-01", "--to", "2026-12-31", "--output", pdf});

    // A command line written wrong is told so in Hebrew too; the options named are the user's own words.
    for (const auto& wrong : std::vector<std::vector<std::string>>{
             {"client", "list", "--colour", "red"}, {"client", "add"}, {"charge", "add", "--case"},
             {"client", "show", "x"}, {"payment", "add", "--account", "1", "--amount", "1", "--method", "barter"}}) {
        auto args = wrong;
        args.insert(args.begin(), {"--database", db.text()});
        const auto r = runCli(args);
        EXPECT_NE(r.code, 0) << wrong[0] << " " << wrong[1] << ": " << r.err;
        auto words = latinWords(std::regex_replace(r.err, std::regex("--?[a-z][-a-z]*|praklit-cli|red|barter|x"), ""), data);
        EXPECT_EQ(words, std::vector<std::string>{}) << r.err;
    }
}
