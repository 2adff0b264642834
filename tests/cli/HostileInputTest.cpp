// praklit-cli fed what a careless or a hostile user types, on both backends:
// every refusal is one sentence that says what is wrong, with the exit code
// of shared/CLI.md, and nothing typed or stored is lost or half-written.
#include "CliRunner.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <csignal>
#include <unistd.h>

using namespace praklit;
using namespace praklit::test;

namespace {

namespace fs = std::filesystem;

// A refusal: the exit code, one sentence, and the words it must contain.
void expectRefused(const Result& r, int code, const std::string& words)
{
    EXPECT_EQ(r.code, code) << r.err << r.out;
    expectOneSentence(r);
    EXPECT_NE(r.err.find(words), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("select "), std::string::npos) << "no SQL reaches the user: " << r.err;
}

// What commands wrote to the audit log, leaving out each command's own sign-in.
const char* const kWritten = "select count(*) from audit_log where action not in ('sign-in', 'sign-in-refused')";

class Hostile : public Cli {
protected:
    std::string client, kase;

    void SetUp() override
    {
        ASSERT_EQ(runCli(on({"db", "init"})).code, 0);
        client = std::to_string(runCli(on({"--json", "client", "add", "--last-name", "כהן", "--first-name", "משה"}))
                                    .json()["id"]
                                    .get<int64_t>());
        ASSERT_EQ(runCli(on({"address", "add", "--client", client, "--street", "הרצל", "--house", "1", "--city", "חיפה"})).code, 0);
        kase = std::to_string(
            runCli(on({"--json", "case", "add", "--client", client, "--subject", "תביעה"})).json()["id"].get<int64_t>());
        ASSERT_EQ(runCli(on({"settings", "office", "--name", "כהן ושות'", "--vat-number", "516179157"})).code, 0);
    }

    Result fee(const std::string& amount)
    {
        return runCli(on({"--json", "charge", "add", "--case", kase, "--kind", "fixed", "--amount", amount, "--description", "שכר טרחה"}));
    }
    int64_t count(const std::string& sql) { return db.rawCount(sql); }
};

} // namespace

TEST_F(Hostile, MoneyCannotOverflow)
{
    expectRefused(fee("92233720368547758.07"), 3, "cannot be more than");
    expectRefused(fee("100000000000000000"), 3, "cannot be more than");
    expectRefused(fee("1000000000.01"), 3, "cannot be more than");
    expectRefused(runCli(on({"charge", "add", "--case", kase, "--kind", "time", "--minutes", "60", "--rate", "99999999999999999"})),
                  3, "hourly rate cannot be more than");
    expectRefused(runCli(on({"charge", "add", "--case", kase, "--kind", "time", "--minutes", "100001"})), 3,
                  "minutes cannot be more than");
    expectRefused(runCli(on({"charge", "add", "--case", kase, "--kind", "time", "--minutes", "1.5e3"})), 3,
                  "not a number of minutes");
    expectRefused(runCli(on({"settings", "rate", "--case", kase, "--rate", "99999999999999999"})), 3, "cannot be more than");
    EXPECT_EQ(count("select count(*) from charges"), 0) << "nothing refused was stored";

    // The largest amounts add up exactly, VAT included.
    ASSERT_EQ(fee("1,000,000,000").code, 0);
    ASSERT_EQ(fee("1,000,000,000").code, 0);
    auto account = runCli(on({"--json", "account", "create", "--client", client, "--date", "2026-11-26"}));
    ASSERT_EQ(account.code, 0) << account.err;
    EXPECT_EQ(account.json()["total"], int64_t{236'000'000'000}) << "₪2,000,000,000 + 18% VAT";
    const auto id = std::to_string(account.json()["id"].get<int64_t>());
    ASSERT_EQ(runCli(on({"account", "issue", id})).code, 0);
    expectRefused(runCli(on({"payment", "add", "--account", id, "--amount", "92233720368547758.07"})), 3, "cannot be more than");
    expectRefused(runCli(on({"payment", "add", "--account", id, "--amount", "0"})), 3, "more than zero");
}

TEST_F(Hostile, AmountsKeepTheirMeaning)
{
    expectRefused(fee("1,5"), 3, "1.5");
    expectRefused(fee("12,34"), 3, "a comma only separates thousands");
    expectRefused(fee("12.345"), 3, "two digits after the point");
    expectRefused(fee("abc"), 3, "1,234.50");
    expectRefused(fee("-50"), 3, "more than zero");
    EXPECT_EQ(fee("1,234.50").json()["amount"], 123450);
    EXPECT_EQ(fee("1234.5").json()["amount"], 123450);
    EXPECT_EQ(fee("₪1,234").json()["amount"], 123400);
    EXPECT_EQ(runCli(on({"--json", "charge", "add", "--case", kase, "--kind", "time", "--minutes", "12.5", "--rate", "600"}))
                  .json()["seconds"],
              750)
        << "minutes are read exactly, not as a double";
}

TEST_F(Hostile, DatesAreRefusedInTheServiceOnBothBackends)
{
    for (const char* date : {"2026-02-30", "31/02/2026", "1.13.26", "abc", "2026-1-5"}) {
        expectRefused(runCli(on({"charge", "list", "--from", date})), 3, "is not a date");
        expectRefused(runCli(on({"charge", "list", "--to", date})), 3, "dd/mm/yyyy");
        expectRefused(runCli(on({"charge", "add", "--case", kase, "--kind", "fixed", "--amount", "5", "--description", "x",
                                 "--date", date})),
                      3, "is not a date");
    }
    expectRefused(runCli(on({"charge", "list", "--from", "2026-12-01", "--to", "2026-01-01"})), 3, "ends before it begins");
    expectRefused(runCli(on({"charge", "list", "--from", std::string("2026-01-0\xff")})), 3, "is not a date");
}

TEST_F(Hostile, EveryTextFieldIsCheckedText)
{
    ASSERT_EQ(fee("1000").code, 0);
    const auto id = std::to_string(runCli(on({"--json", "account", "create", "--client", client, "--issue"})).json()["id"].get<int64_t>());
    const std::string invalid = "\xff\xfe";
    const std::string huge(100 * 1024, 'x');
    struct Field {
        std::string cheque, bank, allocation, words;
    };
    for (const auto& f : std::vector<Field>{{invalid, "לאומי", "", "not valid text"},
                                            {"7", invalid, "", "not valid text"},
                                            {"7", "לאומי", invalid, "not valid text"},
                                            {"7", huge, "", "too long"},
                                            {huge, "לאומי", "", "too long"},
                                            {"7", "לאומי", "12ab", "digits only"},
                                            {"7", "line\nbreak", "", "control character"}}) {
        SCOPED_TRACE(f.words);
        expectRefused(runCli(on({"payment", "add", "--account", id, "--amount", "100", "--method", "cheque", "--cheque-number",
                                 f.cheque, "--bank", f.bank, "--allocation-number", f.allocation})),
                      3, f.words);
    }
    EXPECT_EQ(count("select count(*) from payments"), 0);
    expectRefused(runCli(on({"client", "search", invalid})), 3, "not valid text");
    expectRefused(runCli(on({"case", "add", "--client", client, "--subject", "x", "--lawyer", invalid})), 3, "not valid text");
    expectRefused(runCli(on({"settings", "office", "--documents-folder", "/tmp/" + invalid})), 3, "not valid text");
    expectRefused(runCli(on({"charge", "add", "--case", kase, "--kind", "fixed", "--amount", "5", "--description", huge})), 3,
                  "too long");
}

TEST_F(Hostile, WrongExitCodesAndSilentAcceptances)
{
    const auto audits = count(kWritten);
    expectRefused(runCli(on({"settings", "rate", "--case", "999999", "--rate", "500"})), 7, "no case number 999999");
    expectRefused(runCli(on({"settings", "rate", "--client", "999999", "--rate", "500"})), 7, "no client number 999999");
    EXPECT_EQ(count(kWritten), audits) << "no audit row for what does not exist";
    expectRefused(runCli(on({"account", "create", "--client", client, "--charge", "999999"})), 7, "no charge number 999999");

    // A payment is never dated in the future, and a tax document never before its series' last.
    ASSERT_EQ(fee("1000").code, 0);
    ASSERT_EQ(fee("2000").code, 0);
    const auto charges = runCli(on({"--json", "charge", "list", "--case", kase})).json()["charges"];
    const auto first = std::to_string(runCli(on({"--json", "account", "create", "--client", client, "--issue", "--charge",
                                                 std::to_string(charges[0]["id"].get<int64_t>())}))
                                          .json()["id"]
                                          .get<int64_t>());
    const auto second = std::to_string(runCli(on({"--json", "account", "create", "--client", client, "--issue", "--charge",
                                                  std::to_string(charges[1]["id"].get<int64_t>())}))
                                           .json()["id"]
                                           .get<int64_t>());
    expectRefused(runCli(on({"payment", "add", "--account", first, "--amount", "100", "--date", "2099-01-01"})), 3,
                  "cannot be dated after today");
    ASSERT_EQ(runCli(on({"payment", "add", "--account", first, "--amount", "100", "--date", "2026-11-20"})).code, 0);
    expectRefused(runCli(on({"payment", "add", "--account", second, "--amount", "100", "--date", "2026-11-19"})), 3,
                  "dated 20/11/2026");
    ASSERT_EQ(runCli(on({"payment", "add", "--account", second, "--amount", "100", "--date", "2026-11-20"})).code, 0);
    EXPECT_EQ(count("select count(*) from tax_documents"), 2);

    // No charge and no counter on an inactive client.
    ASSERT_EQ(runCli(on({"client", "edit", client, "--status", "inactive"})).code, 0);
    expectRefused(fee("10"), 3, "inactive client");
    expectRefused(runCli(on({"timer", "start", "--client", client})), 3, "inactive client");
    ASSERT_EQ(runCli(on({"client", "edit", client, "--status", "active"})).code, 0);

    // The logo is a PNG that exists.
    expectRefused(runCli(on({"settings", "office", "--logo", "/etc/passwd"})), 3, "must be a PNG image");
    expectRefused(runCli(on({"settings", "office", "--logo", "/nonexistent/logo.png"})), 3, "no image file");
    TempDir dir;
    const auto png = dir.path() / "logo.png";
    std::ofstream(png, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n", 8) << std::string(32, '\0');
    EXPECT_EQ(runCli(on({"settings", "office", "--logo", png.string()})).code, 0);

    expectRefused(runCli(on({"client", "add", "--last-name", "לוי", "--id-number", "-123456782"})), 3, "ID number");
    ASSERT_EQ(runCli(on({"phone", "add", "--client", client, "--number", "050-1234567"})).code, 0);
    expectRefused(runCli(on({"phone", "add", "--client", client, "--number", "+972 50 123 4567"})), 4, "already has the number");
    EXPECT_EQ(runCli(on({"--json", "phone", "list", "--client", client})).json().size(), 1u);
}

TEST_F(Hostile, RulesLiveInTheServices)
{
    expectRefused(runCli(on({"charge", "add", "--case", kase, "--kind", "fixed", "--amount", "10", "--description", "x", "--no-vat"})),
                  3, "Only an expense");
    EXPECT_EQ(runCli(on({"charge", "add", "--case", kase, "--kind", "expense", "--amount", "10", "--description", "אגרה", "--no-vat"}))
                  .code,
              0);
    ASSERT_EQ(runCli(on({"case", "close", kase, "--date", "2026-11-30"})).code, 0);
    expectRefused(fee("10"), 3, "is closed");
    expectRefused(runCli(on({"timer", "start", "--case", kase})), 3, "is closed");
    auto reopened = runCli(on({"--json", "case", "reopen", kase}));
    ASSERT_EQ(reopened.code, 0) << reopened.err;
    EXPECT_EQ(reopened.json()["status"], "open");
    EXPECT_EQ(fee("10").code, 0);
}

TEST_F(Hostile, TheCommandLineDoesWhatTheDesktopDoes)
{
    // Addresses and phones.
    const auto address = runCli(on({"--json", "address", "list", "--client", client})).json()[0];
    const auto addressId = std::to_string(address["id"].get<int64_t>());
    auto edited = runCli(on({"--json", "address", "edit", addressId, "--city", "תל אביב-יפו", "--zip", "6100000"}));
    ASSERT_EQ(edited.code, 0) << edited.err;
    EXPECT_EQ(edited.json()["city"], "תל אביב-יפו");
    EXPECT_EQ(edited.json()["street"], "הרצל") << "what was not given stays";
    expectRefused(runCli(on({"address", "edit", addressId, "--city", "חיפה", "--expect-version", "1"})), 4, "changed by");
    const auto phone = std::to_string(
        runCli(on({"--json", "phone", "add", "--client", client, "--number", "02-6251111", "--type", "office"})).json()["id"].get<int64_t>());
    auto phoneEdit = runCli(on({"--json", "phone", "edit", phone, "--number", "03-5101010"}));
    ASSERT_EQ(phoneEdit.code, 0) << phoneEdit.err;
    EXPECT_EQ(phoneEdit.json()["number"], "+97235101010");
    EXPECT_EQ(phoneEdit.json()["type"], "office");
    expectRefused(runCli(on({"phone", "edit", phone, "--number", "12"})), 3, "phone");
    ASSERT_EQ(runCli(on({"phone", "delete", phone})).code, 0);
    EXPECT_EQ(runCli(on({"phone", "delete", phone})).code, 7);

    // A contact and its mobile: one call, one audit row.
    const auto audits = count(kWritten);
    auto contact = runCli(on({"--json", "contact", "add", "--client", client, "--role", "רואה חשבון", "--first-name", "רות",
                              "--last-name", "לוי", "--mobile", "052-7654321"}));
    ASSERT_EQ(contact.code, 0) << contact.err;
    EXPECT_EQ(count(kWritten), audits + 1);
    const auto contactId = std::to_string(contact.json()["id"].get<int64_t>());
    EXPECT_EQ(count("select count(*) from phones where contact_id = " + contactId), 1);
    expectRefused(runCli(on({"contact", "add", "--client", client, "--last-name", "דוד", "--mobile", "123"})), 3, "phone");
    EXPECT_EQ(count("select count(*) from contacts"), 1) << "a refused mobile keeps the contact from being stored";
    auto contactEdit = runCli(on({"--json", "contact", "edit", contactId, "--title", "רו\"ח", "--mobile", "052-1111111",
                                  "--addressee-invoices", "yes"}));
    ASSERT_EQ(contactEdit.code, 0) << contactEdit.err;
    EXPECT_EQ(contactEdit.json()["title"], "רו\"ח");
    EXPECT_TRUE(contactEdit.json()["addressee_invoices"].get<bool>());
    EXPECT_EQ(count("select count(*) from phones where contact_id = " + contactId + " and number_e164 = '+972521111111'"), 1);
    ASSERT_EQ(runCli(on({"contact", "edit", contactId, "--mobile", ""})).code, 0);
    EXPECT_EQ(count("select count(*) from phones where contact_id = " + contactId), 0);
    ASSERT_EQ(runCli(on({"contact", "delete", contactId})).code, 0);
    EXPECT_EQ(runCli(on({"contact", "edit", contactId, "--title", "x"})).code, 7);

    // Cases.
    auto caseEdit = runCli(on({"--json", "case", "edit", kase, "--subject", "תביעה כספית", "--court-number", "ת\"א 3036-11-17"}));
    ASSERT_EQ(caseEdit.code, 0) << caseEdit.err;
    EXPECT_EQ(caseEdit.json()["subject"], "תביעה כספית");
    EXPECT_EQ(caseEdit.json()["court_number"], "3036-11-17");
    expectRefused(runCli(on({"case", "edit", kase, "--court-number", "nonsense"})), 3, "court case number");
    auto closed = runCli(on({"--json", "case", "close", kase}));
    ASSERT_EQ(closed.code, 0) << closed.err;
    EXPECT_EQ(closed.json()["status"], "closed");
    EXPECT_FALSE(closed.json()["closed_on"].get<std::string>().empty()) << "closed today";
    ASSERT_EQ(runCli(on({"case", "reopen", kase})).code, 0);

    // Counters and payments.
    const auto timer = std::to_string(runCli(on({"--json", "timer", "start", "--case", kase})).json()["id"].get<int64_t>());
    ASSERT_EQ(runCli(on({"timer", "discard", timer})).code, 0);
    EXPECT_EQ(runCli(on({"--json", "timer", "list"})).json().size(), 0u);
    EXPECT_EQ(count("select count(*) from time_entries"), 0) << "a discarded counter records no time";
    EXPECT_EQ(runCli(on({"timer", "discard", timer})).code, 7);

    ASSERT_EQ(fee("1000").code, 0);
    auto produced = runCli(on({"--json", "account", "create", "--client", client, "--issue", "--date", "2026-11-26"}));
    ASSERT_EQ(produced.code, 0) << produced.err;
    EXPECT_EQ(produced.json()["state"], "issued");
    const auto account = std::to_string(produced.json()["id"].get<int64_t>());
    auto paid = runCli(on({"payment", "add", "--account", account, "--amount", "500", "--date", "2026-11-27"}));
    ASSERT_EQ(paid.code, 0) << paid.err;
    EXPECT_NE(paid.out.find("Tax invoice-receipt 1 was issued"), std::string::npos) << paid.out;
    auto payments = runCli(on({"--json", "payment", "list", "--account", account}));
    ASSERT_EQ(payments.code, 0) << payments.err;
    ASSERT_EQ(payments.json().size(), 1u);
    EXPECT_EQ(payments.json()[0]["amount"], 50000);
    EXPECT_EQ(runCli(on({"payment", "list", "--account", "999999"})).code, 7);
}

TEST_F(Hostile, ProducingWithoutAPrimaryAddressLeavesNoDraft)
{
    const auto other = std::to_string(runCli(on({"--json", "client", "add", "--last-name", "לוי"})).json()["id"].get<int64_t>());
    ASSERT_EQ(runCli(on({"charge", "add", "--client", other, "--kind", "fixed", "--amount", "100", "--description", "x"})).code, 0);
    expectRefused(runCli(on({"account", "create", "--client", other, "--issue"})), 3, "no primary address");
    EXPECT_EQ(count("select count(*) from transaction_accounts"), 0) << "no draft holds the charges";
    EXPECT_EQ(runCli(on({"--json", "charge", "list", "--client", other, "--state", "unbilled"})).json()["totals"]["count"], 1);
}

TEST_F(Hostile, OutputFilesReplaceOnlyFiles)
{
    TempDir dir;
    auto report = [&](const fs::path& out, const char* format = "csv") {
        return runCli(on({"report", "accounts", "--format", format, "--output", out.string()}));
    };
    auto noPartLeft = [&] {
        for (const auto& entry : fs::directory_iterator(dir.path()))
            EXPECT_EQ(entry.path().string().find(".part"), std::string::npos) << entry.path();
    };
    const auto fifo = dir.path() / "pipe";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    for (const char* format : {"csv", "xlsx", "pdf"}) {
        expectRefused(report(fifo, format), 3, "not a regular file");
        EXPECT_TRUE(fs::is_fifo(fifo)) << format;
    }
    fs::create_symlink(fifo, dir.path() / "link-to-pipe");
    expectRefused(report(dir.path() / "link-to-pipe"), 3, "not a regular file");
    EXPECT_TRUE(fs::is_symlink(dir.path() / "link-to-pipe"));
    fs::create_symlink(dir.path() / "nowhere", dir.path() / "dangling");
    expectRefused(report(dir.path() / "dangling"), 3, "points nowhere");
    expectRefused(report(dir.path()), 3, "is a folder");
    expectRefused(report(dir.path() / "missing" / "r.csv"), 3, "does not exist");
    // A device node made here (never one under /dev: as root, the old code replaced it).
    if (geteuid() == 0) {
        const auto device = dir.path() / "full";
        ASSERT_EQ(mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 7)), 0);
        for (const char* format : {"csv", "xlsx", "pdf"}) expectRefused(report(device, format), 3, "not a regular file");
        EXPECT_TRUE(fs::is_character_file(device));
    }
    // A folder that cannot be written: its permission bits, for root too.
    const auto locked = dir.path() / "locked";
    fs::create_directories(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    if (geteuid() != 0) expectRefused(report(locked / "r.csv"), 3, "cannot be written");
    fs::permissions(locked, fs::perms::owner_all);

    // A link to a regular file writes the file itself; the link stays.
    const auto real = dir.path() / "real.csv";
    std::ofstream(real) << "old";
    fs::create_symlink(real, dir.path() / "link.csv");
    ASSERT_EQ(report(dir.path() / "link.csv").code, 0);
    EXPECT_TRUE(fs::is_symlink(dir.path() / "link.csv"));
    EXPECT_NE(bytesOf(real), "old");
    noPartLeft();
}

TEST_F(Hostile, AnotherProgramsDatabaseIsNeverChanged)
{
    TestDatabase foreign;
    foreign.raw("create table invoices_legacy (id bigint primary key, total numeric)");
    const std::string table = "invoices_legacy";
    const auto before = foreign.image();
    for (const auto& command : std::vector<std::vector<std::string>>{
             {"db", "info"}, {"db", "init"}, {"db", "migrate"}, {"client", "list"}, {"client", "add", "--last-name", "x"}}) {
        SCOPED_TRACE(command[0] + " " + command[1]);
        auto args = command;
        args.insert(args.begin(), {"--lang", "en", "--database", foreign.text()});
        expectRefused(runCli(args), 5, table);
    }
    auto copy = runCli({"--lang", "en", "db", "copy", "--from", db.text(), "--to", foreign.text()});
    expectRefused(copy, 5, table);
    EXPECT_EQ(foreign.tables(), std::vector<std::string>{table});
    EXPECT_EQ(foreign.image(), before) << "not a byte, the journal mode included";
}

TEST_F(Hostile, ReadsNeverWrite)
{
    const auto users = count("select count(*) from users");
    const auto audits = count("select count(*) from audit_log");
    for (const auto& command : std::vector<std::vector<std::string>>{{"db", "info"},
                                                                       {"client", "list"},
                                                                       {"client", "search", "כהן"},
                                                                       {"charge", "list"},
                                                                       {"timer", "list"},
                                                                       {"settings", "timer"},
                                                                       {"settings", "office"}}) {
        auto args = command;
        args.insert(args.begin(), {"--user", "ghost"});
        const auto r = runCli(on(args));
        EXPECT_NE(r.code, 1) << command[0] << " " << command[1] << ": " << r.err;
    }
    EXPECT_EQ(count("select count(*) from users"), users) << "an unknown --user on a read adds nobody";
    EXPECT_EQ(count("select count(*) from audit_log"), audits);
    // Reading a client's card and exporting a report are not silent: the
    // access log keeps who did it (one row each, nothing else).
    const auto show = runCli(on({"client", "show", client}));
    EXPECT_EQ(show.code, 0) << show.err;
    EXPECT_EQ(count("select count(*) from audit_log where action = 'read' and table_name = 'entities'"), 1);
    const auto report = runCli(on({"report", "accounts", "--output", "/dev/null/x"}));
    EXPECT_NE(report.code, 0); // the file cannot be written: nothing is exported, nothing logged
    EXPECT_EQ(count("select count(*) from audit_log where action = 'export'"), 0);

    // An empty database is not an office: reading it changes nothing, and it stays a copy's target.
    TestDatabase empty;
    empty.makeEmpty();
    expectRefused(runCli({"--lang", "en", "--database", empty.text(), "db", "info"}), 5, "is empty");
    expectRefused(runCli({"--lang", "en", "--database", empty.text(), "client", "list"}), 5, "is empty");
    EXPECT_TRUE(empty.tables().empty());
    auto copy = runCli({"--lang", "en", "db", "copy", "--from", db.text(), "--to", empty.text()});
    ASSERT_EQ(copy.code, 0) << copy.err;
    EXPECT_EQ(runCli({"--json", "--database", empty.text(), "--user", "tester", "client", "list"}).json().size(), 1u)
        << "the copy keeps its users and their passwords";
}

TEST_F(Hostile, AReaderDoesNotWaitForAWriter)
{
    // A long write (demo generate, an import) holds the write lock; reads go on beside it.
    addUser("dana");
    auto writer = db.open("ruth");
    writer->db().executeScript(db.context().beginWriting());
    writer->db().executeScript("update entities set note = 'x'");
    for (const auto& command : std::vector<std::vector<std::string>>{
             {"client", "list"}, {"client", "search", "כהן"}, {"db", "info"}, {"--user", "dana", "client", "list"}}) {
        const auto r = runCli(on(command));
        EXPECT_EQ(r.code, 0) << command[0] << ": " << r.err;
    }
    writer->db().executeScript("rollback");
}

TEST_F(Hostile, AFullDiskLeavesNoHalfMadeOffice)
{
    if (!db.context().officeIsAFile()) GTEST_SKIP() << "an office in a file";
    TempDir dir;
    const auto file = dir.path() / "o.db";
    // A child process whose files may not grow past 8 KB: the disk is full for it.
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{8192, 8192};
        setrlimit(RLIMIT_FSIZE, &limit);
        const auto r = runCli({"--lang", "en", "--database", "sqlite3://db=" + file.string(), "db", "init"});
        _exit(r.code);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 5) << "the database could not be written: exit 5";
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        EXPECT_FALSE(fs::exists(file.string() + suffix)) << "nothing half made is left: " << suffix;
}

namespace {

// Reads a report back as an accountant's spreadsheet would: openpyxl for the
// XLSX, Python's csv for the CSV. Prints one line per check that failed and
// "ok" at the end when every money column's rows add up to its totals row.
constexpr const char* kSpreadsheetCheck = R"PY(
import csv, datetime, sys
import openpyxl
xlsx, csvfile, dated = sys.argv[1], sys.argv[2], sys.argv[3] == "dated"
problems = []
sheet = openpyxl.load_workbook(xlsx).active
if not sheet.sheet_view.rightToLeft: problems.append("the sheet is not right to left")
rows = [r for r in sheet.iter_rows() if any(c.value is not None for c in r)]
heading = next(i for i, r in enumerate(rows) if r[0].font.b and i > 0)
data, totals = rows[heading + 1:-1], rows[-1]
money = [c for c in range(len(rows[heading])) if data and "\u20aa" in (data[0][c].number_format or "")]
if not money: problems.append("no money column has a shekel number format")
for c in money:
    for r in data:
        if not isinstance(r[c].value, (int, float)): problems.append("a money cell is not a number: %r" % r[c].value)
    total = round(sum(r[c].value for r in data if isinstance(r[c].value, (int, float))), 2)
    if abs(total - totals[c].value) > 0.001: problems.append("column %d adds up to %s, the totals row says %s" % (c, total, totals[c].value))
for r in data:
    for cell in r:
        if cell.is_date and not isinstance(cell.value, datetime.datetime): problems.append("a date is not a date")
if dated and not any(cell.is_date for r in data for cell in r): problems.append("no date column holds dates")
with open(csvfile, encoding="utf-8-sig") as f:
    table = list(csv.reader(f))
for c in money:
    values = [float(r[c]) for r in table[1:-1]]
    if abs(round(sum(values), 2) - float(table[-1][c])) > 0.001: problems.append("CSV column %d does not add up" % c)
    for r in table[1:]:
        if "\u20aa" in r[c] or "," in r[c]: problems.append("CSV amount written as text: %r" % r[c])
print("\n".join(problems) or "ok")
)PY";

std::string run(const std::string& command)
{
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buffer[512];
        while (fgets(buffer, sizeof buffer, p)) out += buffer;
        pclose(p);
    }
    return out;
}

} // namespace

TEST_F(Hostile, ExportsAnAccountantCanAddUp)
{
    for (const char* amount : {"1,234.56", "99.99", "15,000", "0.01"}) ASSERT_EQ(fee(amount).code, 0);
    ASSERT_EQ(runCli(on({"charge", "add", "--case", kase, "--kind", "time", "--minutes", "450", "--rate", "650"})).code, 0);
    const auto a = std::to_string(
        runCli(on({"--json", "account", "create", "--client", client, "--issue", "--date", "2026-11-20"})).json()["id"].get<int64_t>());
    ASSERT_EQ(runCli(on({"payment", "add", "--account", a, "--amount", "1000", "--date", "2026-11-21"})).code, 0);
    ASSERT_EQ(runCli(on({"payment", "add", "--account", a, "--amount", "2,345.67", "--date", "2026-11-22"})).code, 0);
    ASSERT_EQ(fee("777.77").code, 0); // unbilled, for the unbilled reports
    const auto other = std::to_string(runCli(on({"--json", "client", "add", "--org-name", "אלון גשר בע\"מ"})).json()["id"].get<int64_t>());
    ASSERT_EQ(runCli(on({"charge", "add", "--client", other, "--kind", "expense", "--amount", "45.10", "--description", "אגרה", "--no-vat"})).code, 0);

    TempDir dir;
    const auto script = dir.path() / "check.py";
    std::ofstream(script) << kSpreadsheetCheck;
    for (const char* name : {"accounts", "invoices", "client-balance", "unbilled-by-client", "unbilled-by-lawyer"}) {
        SCOPED_TRACE(name);
        const auto xlsx = dir.path() / (std::string(name) + ".xlsx");
        const auto csv = dir.path() / (std::string(name) + ".csv");
        ASSERT_EQ(runCli(on({"report", name, "--format", "xlsx", "--output", xlsx.string()})).code, 0);
        ASSERT_EQ(runCli(on({"report", name, "--format", "csv", "--output", csv.string()})).code, 0);
        const bool dated = std::string(name) == "accounts" || std::string(name) == "invoices";
        EXPECT_EQ(run("/usr/bin/python3 '" + script.string() + "' '" + xlsx.string() + "' '" + csv.string() + "' " +
                      (dated ? "dated" : "undated") + " 2>&1"),
                  "ok\n");
    }
    // Amounts bare and exact in their own column: 777.77 + 45.10 unbilled.
    const auto csv = dir.path() / "unbilled-by-lawyer.csv";
    EXPECT_NE(bytesOf(csv).find(",822.87\r\n"), std::string::npos) << bytesOf(csv);
}
