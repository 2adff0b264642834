// The command line in-process: exit codes (shared/CLI.md), one sentence on
// stderr for each kind of bad input, JSON on stdout, nothing half-written.
#include "CliRunner.h"
#include "data/OfficeTables.h"
#include "support/TestDatabase.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <sstream>

using namespace praklit;
using praklit::test::TestDatabase;
using namespace praklit::test;


TEST_F(Cli, AddShowSearchAndListAsJson)
{
    ASSERT_EQ(runCli(on({"db", "init"})).code, 0);
    auto added = runCli(on({"--json", "client", "add", "--first-name", "משה", "--last-name", "כהן", "--id-number", "39337423",
                         "--email", "moshe@example.co.il"}));
    ASSERT_EQ(added.code, 0) << added.err;
    const auto client = added.json();
    EXPECT_EQ(client["display_name"], "כהן משה");
    EXPECT_EQ(client["id_number"], "039337423");
    const int64_t id = client["id"];

    auto org = runCli(on({"--json", "client", "add", "--org-name", "אלון גשר בע\"מ", "--id-number", "516179157"}));
    ASSERT_EQ(org.code, 0) << org.err;
    EXPECT_EQ(org.json()["kind"], "organisation");

    auto shown = runCli(on({"--json", "client", "show", std::to_string(id)}));
    ASSERT_EQ(shown.code, 0);
    EXPECT_EQ(shown.json()["addresses"].size(), 0u);
    EXPECT_NE(shown.json()["created_at"].get<std::string>().find("+0"), std::string::npos);

    auto found = runCli(on({"--json", "client", "search", "כֹּהֵן"}));
    ASSERT_EQ(found.code, 0);
    ASSERT_EQ(found.json().size(), 1u);
    EXPECT_EQ(found.json()[0]["id"], id);

    auto listed = runCli(on({"--json", "client", "list"}));
    ASSERT_EQ(listed.json().size(), 2u);
    EXPECT_EQ(listed.json()[0]["display_name"], "אלון גשר בע\"מ") << "collation order: א before כ";

    auto people = runCli(on({"client", "list"}));
    EXPECT_NE(people.out.find("כהן משה"), std::string::npos);
}

TEST_F(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(runCli({"nonsense"}).code, 2);
    EXPECT_EQ(runCli({"client"}).code, 2);
    EXPECT_EQ(runCli({"client", "show"}).code, 2);
    EXPECT_EQ(runCli({"client", "add", "--no-such-option", "x"}).code, 2);
    EXPECT_EQ(runCli({"demo", "generate", "--clients", "0"}).code, 2);
    EXPECT_EQ(runCli({"--help"}).code, 0);
    EXPECT_NE(runCli({"--lang", "en", "--help"}).out.find("db"), std::string::npos);
}

TEST_F(Cli, InvalidInputExitsThreeAndWritesNothing)
{
    runCli(on({"db", "init"}));
    auto r = runCli(on({"client", "add", "--last-name", "לוי", "--id-number", "039337424"}));
    EXPECT_EQ(r.code, 3);
    expectOneSentence(r);
    EXPECT_NE(r.err.find("ID number"), std::string::npos) << r.err;
    r = runCli(on({"client", "add", "--first-name", "רות"}));
    EXPECT_EQ(r.code, 3);
    EXPECT_NE(r.err.find("last name"), std::string::npos) << r.err;
    EXPECT_EQ(runCli(on({"--json", "client", "list"})).json().size(), 0u);
}

TEST_F(Cli, ConflictsAndMissingRows)
{
    runCli(on({"db", "init"}));
    addUser("ruth");
    addUser("dan");
    const int64_t id = runCli(on({"--json", "client", "add", "--last-name", "כהן"})).json()["id"];
    const auto idText = std::to_string(id);
    EXPECT_EQ(runCli(on({"--user", "ruth", "client", "edit", idText, "--email", "a@b.co.il", "--expect-version", "1"})).code, 0);
    auto stale = runCli(on({"--user", "dan", "client", "edit", idText, "--note", "x", "--expect-version", "1"}));
    EXPECT_EQ(stale.code, 4);
    EXPECT_NE(stale.err.find("ruth"), std::string::npos) << stale.err;
    expectOneSentence(stale);
    EXPECT_EQ(runCli(on({"client", "add", "--last-name", "לוי", "--id-number", "039337423"})).code, 0);
    EXPECT_EQ(runCli(on({"client", "add", "--last-name", "אחר", "--id-number", "039337423"})).code, 4);
    auto missing = runCli(on({"client", "show", "999999"}));
    EXPECT_EQ(missing.code, 7);
    expectOneSentence(missing);
}

TEST_F(Cli, BadConnectionStringsExitThree)
{
    for (const char* url : {"office.db", "mysql://db=x", "postgresql://hots=x", "sqlite3://"}) {
        auto r = runCli({"--lang", "en", "--database", url, "db", "info"});
        EXPECT_EQ(r.code, 3) << url;
        expectOneSentence(r);
    }
}

TEST_F(Cli, UnusableDatabasesExitFive)
{
    test::TempDir dir;
    auto missing = runCli({"--lang", "en", "--database", "sqlite3://db=" + (dir.path() / "none.db").string(), "db", "info"});
    EXPECT_EQ(missing.code, 5);
    expectOneSentence(missing);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "none.db"));

    const auto corrupt = dir.path() / "corrupt.db";
    std::ofstream(corrupt) << "not a database at all, just some words to fill the header and more";
    auto r = runCli({"--lang", "en", "--database", "sqlite3://db=" + corrupt.string(), "client", "list"});
    EXPECT_EQ(r.code, 5);
    expectOneSentence(r);

    const auto readOnly = dir.path() / "readonly.db";
    ASSERT_EQ(runCli({"--database", "sqlite3://db=" + readOnly.string(), "db", "init"}).code, 0);
    std::filesystem::permissions(readOnly, std::filesystem::perms::owner_read);
    r = runCli({"--lang", "en", "--database", "sqlite3://db=" + readOnly.string(), "client", "add", "--last-name", "x"});
    EXPECT_EQ(r.code, 5);
    EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;

    auto unreachable = runCli({"--lang", "en", "--database", "postgresql://host=127.0.0.1 port=1 dbname=x user=x", "db", "info"});
    EXPECT_EQ(unreachable.code, 5);
    EXPECT_NE(unreachable.err.find("cannot be reached"), std::string::npos) << unreachable.err;
}

TEST_F(Cli, ANewerDatabaseExitsFive)
{
    runCli(on({"db", "init"}));
    {
        auto office = db.open();
        office->db().sql() << "insert into schema_version (version, applied_at, program_version) values "
                              "(50, '2030-01-01 00:00:00+00', '5.0')";
    }
    auto r = runCli(on({"client", "list"}));
    EXPECT_EQ(r.code, 5);
    expectOneSentence(r);
    EXPECT_NE(r.err.find("newer"), std::string::npos) << r.err;
}

TEST_F(Cli, WrongPasswordExitsFive)
{
    if (db.context().officeIsAFile()) GTEST_SKIP() << "a server's password";
    auto url = test::postgresServer();
    url.set("password", "certainly-wrong");
    auto r = runCli({"--lang", "en", "--database", url.withPassword(), "db", "info"});
    EXPECT_EQ(r.code, 5);
    expectOneSentence(r);
    EXPECT_NE(r.err.find("refused"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("certainly-wrong"), std::string::npos) << "the password is never printed";
}

TEST_F(Cli, MessagesAreHebrewByDefault)
{
    auto r = runCli({"--database", "mysql://x", "db", "info"});
    EXPECT_EQ(r.code, 3);
    EXPECT_NE(r.err.find("מחרוזת"), std::string::npos) << r.err;
}

TEST_F(Cli, DbCopyMovesATenThousandClientOfficeAndVerifiesIt)
{
    // On the PostgreSQL run this is SQLite → PostgreSQL, the move an office makes.
    TestDatabase source(Backend::SQLite);
    ASSERT_EQ(runCli({"--database", source.text(), "db", "init", "--admin", "tester"}, kTestPassword + "\n").code, 0);
    auto demo = runCli({"--json", "--database", source.text(), "--user", "tester", "demo", "generate", "--clients", "10000",
                        "--seed", "2"});
    ASSERT_EQ(demo.code, 0) << demo.err;
    EXPECT_EQ(demo.json()["clients"], 10000);

    auto copy = runCli({"--json", "--lang", "en", "db", "copy", "--from", source.text(), "--to", db.text()});
    ASSERT_EQ(copy.code, 0) << copy.err;
    const auto report = copy.json();
    ASSERT_EQ(report["tables"].size(), data::officeTables().size());
    for (const auto& t : report["tables"]) {
        EXPECT_TRUE(t["verified"].get<bool>()) << t.dump();
        EXPECT_EQ(t["source_rows"], t["target_rows"]);
        EXPECT_EQ(t["source_checksum"], t["target_checksum"]);
    }
    auto info = runCli({"--json", "--database", db.text(), "--user", "tester", "db", "info"});
    ASSERT_EQ(info.code, 0) << info.err;
    EXPECT_EQ(info.json()["rows"]["entities"], 10000);

    auto again = runCli({"--lang", "en", "db", "copy", "--from", source.text(), "--to", db.text()});
    EXPECT_EQ(again.code, 3) << "a non-empty target is refused";
    expectOneSentence(again);
}

TEST_F(Cli, TimersChargesAndDocuments)
{
    runCli(on({"db", "init"}));
    const int64_t client = runCli(on({"--json", "client", "add", "--last-name", "כהן"})).json()["id"];
    const int64_t kase = runCli(on({"--json", "case", "add", "--client", std::to_string(client), "--subject", "תביעה"})).json()["id"];
    const auto caseText = std::to_string(kase);

    auto started = runCli(on({"--json", "timer", "start", "--case", caseText, "--description", "עיון"}));
    ASSERT_EQ(started.code, 0) << started.err;
    const auto timerId = std::to_string(started.json()["id"].get<int64_t>());
    EXPECT_TRUE(started.json()["running"].get<bool>());
    EXPECT_EQ(runCli(on({"--json", "timer", "pause", timerId})).json()["running"], false);
    EXPECT_EQ(runCli(on({"--json", "timer", "list"})).json().size(), 1u);
    EXPECT_EQ(runCli(on({"timer", "stop", timerId, "--end", "yesterday"})).code, 3);
    auto stopped = runCli(on({"--json", "timer", "stop", timerId}));
    ASSERT_EQ(stopped.code, 0) << stopped.err;
    EXPECT_EQ(runCli(on({"--json", "timer", "list"})).json().size(), 0u);
    EXPECT_EQ(runCli(on({"timer", "stop", timerId})).code, 7);

    ASSERT_EQ(runCli(on({"settings", "rate", "--case", caseText, "--rate", "700"})).code, 0);
    auto timed = runCli(on({"--json", "charge", "add", "--case", caseText, "--kind", "time", "--minutes", "60"}));
    ASSERT_EQ(timed.code, 0) << timed.err;
    EXPECT_EQ(timed.json()["amount"], 70000) << "the case's rate";
    EXPECT_EQ(runCli(on({"settings", "rate", "--user", "nobody", "--rate", "100"})).code, 3);
    ASSERT_EQ(runCli(on({"settings", "rate", "--case", caseText, "--rate", "none"})).code, 0);
    EXPECT_EQ(runCli(on({"--json", "charge", "list", "--case", caseText})).json()["totals"]["count"], 1);

    auto fee = runCli(on({"--json", "charge", "add", "--case", caseText, "--kind", "fixed", "--amount", "1,234.50",
                          "--description", "שכר טרחה"}));
    ASSERT_EQ(fee.code, 0) << fee.err;
    EXPECT_EQ(fee.json()["amount"], 123450);
    EXPECT_NE(fee.json()["amount_text"].get<std::string>().find("1,234.50"), std::string::npos);
    auto time = runCli(on({"--json", "charge", "add", "--case", caseText, "--kind", "time", "--minutes", "25", "--rate", "600"}));
    ASSERT_EQ(time.code, 0) << time.err;
    EXPECT_EQ(time.json()["billed_seconds"], 1800);
    EXPECT_EQ(time.json()["amount"], 30000);
    EXPECT_EQ(runCli(on({"charge", "add", "--case", caseText, "--kind", "fixed", "--amount", "12.345"})).code, 3);
    const auto feeId = std::to_string(fee.json()["id"].get<int64_t>());
    EXPECT_EQ(runCli(on({"--json", "charge", "edit", feeId, "--amount", "1500"})).json()["amount"], 150000);
    auto list = runCli(on({"--json", "charge", "list", "--case", caseText}));
    ASSERT_EQ(list.code, 0);
    EXPECT_EQ(list.json()["totals"]["count"], 3);
    EXPECT_EQ(list.json()["totals"]["amount"], 70000 + 150000 + 30000);

    test::TempDir files;
    if (!db.context().documentsFolderByDefault()) {
        ASSERT_EQ(runCli(on({"settings", "office", "--documents-folder", (files.path() / "store").string()})).code, 0);
    }
    EXPECT_EQ(runCli(on({"settings", "office", "--documents-folder", "relative/path"})).code, 3);
    const auto file = files.path() / "מכתב.txt";
    std::ofstream(file) << "abc";
    auto added = runCli(on({"--json", "document", "add", "--case", caseText, file.string()}));
    ASSERT_EQ(added.code, 0) << added.err;
    EXPECT_EQ(added.json()["sha256"], "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    ASSERT_EQ(runCli(on({"--json", "settings", "timer", "--on-document", "yes"})).code, 0);
    auto opened = runCli(on({"--json", "document", "open", std::to_string(added.json()["id"].get<int64_t>())}));
    ASSERT_EQ(opened.code, 0) << opened.err;
    EXPECT_TRUE(std::filesystem::exists(opened.json()["path"].get<std::string>()));
    EXPECT_EQ(runCli(on({"--json", "timer", "list"})).json().size(), 1u) << "opening the document started a counter";
    EXPECT_EQ(runCli(on({"document", "add", "--case", caseText, (files.path() / "none.pdf").string()})).code, 3);
}

namespace {
std::string pdfText(const std::filesystem::path& pdf)
{
    const auto txt = pdf.string() + ".txt";
    const std::string command = "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt + "'";
    if (std::system(command.c_str()) != 0) return {};
    std::ifstream in(txt);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
} // namespace

TEST_F(Cli, AccountsPaymentsInvoicesAndReportsOnPaper)
{
    runCli(on({"db", "init"}));
    test::TempDir files;
    const auto client = std::to_string(
        runCli(on({"--json", "client", "add", "--last-name", "כהן", "--first-name", "משה"})).json()["id"].get<int64_t>());
    ASSERT_EQ(runCli(on({"address", "add", "--client", client, "--street", "הרצל", "--house", "1", "--city", "חיפה"})).code, 0);
    const auto kase = std::to_string(runCli(on({"--json", "case", "add", "--client", client, "--subject", "תביעה כספית",
                                                "--court-number", "ת\"א 12345-01-24"}))
                                         .json()["id"]
                                         .get<int64_t>());
    ASSERT_EQ(runCli(on({"charge", "add", "--case", kase, "--kind", "fixed", "--amount", "1234.50", "--description",
                         "שכר טרחה לפי הסכם (Retainer)", "--date", "2026-11-01"}))
                  .code,
              0);
    if (!db.context().documentsFolderByDefault()) {
        ASSERT_EQ(runCli(on({"settings", "office", "--documents-folder", (files.path() / "store").string()})).code, 0);
    }

    auto draft = runCli(on({"--json", "account", "create", "--client", client, "--date", "2026-11-26"}));
    ASSERT_EQ(draft.code, 0) << draft.err;
    EXPECT_EQ(draft.json()["total"], 145671); // 1,234.50 + 18% = 1,456.71
    const auto id = std::to_string(draft.json()["id"].get<int64_t>());
    EXPECT_EQ(runCli(on({"--json", "account", "issue", id})).json()["number"], "1");
    auto inFile = runCli(on({"--json", "account", "pdf", id}));
    ASSERT_EQ(inFile.code, 0) << inFile.err;
    EXPECT_TRUE(std::filesystem::exists(inFile.json()["path"].get<std::string>())) << "saved in the client's file";

    const auto accountPdf = files.path() / "account.pdf";
    ASSERT_EQ(runCli({"--lang", "he", "--database", db.text(), "--user", "tester", "account", "pdf", id, "--output",
                      accountPdf.string()})
                  .code,
              0);
    const auto text = pdfText(accountPdf);
    EXPECT_NE(text.find("כהן משה"), std::string::npos) << text;
    EXPECT_NE(text.find("12345-01-24"), std::string::npos) << text;
    EXPECT_NE(text.find("1,456.71"), std::string::npos) << text;
    EXPECT_NE(text.find("חשבון עסקה"), std::string::npos) << text;

    EXPECT_EQ(runCli(on({"payment", "add", "--account", id, "--amount", "100"})).code, 3) << "no letterhead yet";
    ASSERT_EQ(runCli(on({"settings", "office", "--name", "כהן ושות' עורכי דין", "--vat-number", "516179157"})).code, 0);
    auto paid = runCli(on({"--json", "payment", "add", "--account", id, "--amount", "1456.71"}));
    ASSERT_EQ(paid.code, 0) << paid.err;
    EXPECT_EQ(paid.json()["account"]["state"], "paid");
    const auto invoiceId = std::to_string(paid.json()["invoice_receipt"]["id"].get<int64_t>());
    const auto invoicePdf = files.path() / "invoice.pdf";
    ASSERT_EQ(runCli({"--lang", "he", "--database", db.text(), "--user", "tester", "invoice", "pdf", invoiceId, "--output", invoicePdf.string()}).code, 0);
    const auto invoice = pdfText(invoicePdf);
    EXPECT_NE(invoice.find("חשבונית מס קבלה"), std::string::npos) << invoice;
    EXPECT_NE(invoice.find("מקור"), std::string::npos) << invoice;
    EXPECT_NE(invoice.find("516179157"), std::string::npos) << invoice;
    EXPECT_NE(invoice.find("1,456.71"), std::string::npos) << invoice;

    for (const char* format : {"csv", "xlsx", "pdf"}) {
        const auto out = files.path() / (std::string("report.") + format);
        auto r = runCli(on({"report", "accounts", "--format", format, "--output", out.string()}));
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_GT(std::filesystem::file_size(out), 0u);
    }
    std::ifstream csv(files.path() / "report.csv");
    const std::string content((std::istreambuf_iterator<char>(csv)), {});
    EXPECT_NE(content.find("כהן משה"), std::string::npos);
    EXPECT_EQ(runCli(on({"report", "nonsense", "--output", "x.csv"})).code, 2);
    EXPECT_EQ(runCli(on({"report", "accounts", "--from", "2026-13-01", "--output", (files.path() / "x.csv").string()})).code, 3);
    EXPECT_EQ(runCli(on({"report", "accounts", "--output", "/nonexistent-folder/x.csv"})).code, 3);
}
