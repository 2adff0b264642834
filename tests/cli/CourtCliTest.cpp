// Net HaMishpat from the command line with the lawyer's card on SoftHSM2
// (scripts/smart-card) and the fake court gateway: link, check, download
// with the code on standard input, read the hearings and the reports; and
// the refusals, each one sentence with its exit code.
#include "cli/CliRunner.h"
#include "integrations/Pkcs11Cards.h"
#include "support/ChildProcess.h"
#include "support/FakeCourtGateway.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include <cstdlib>

using namespace praklit;
using namespace praklit::test;

namespace {

std::string env(const char* name) { return std::getenv(name) ? std::getenv(name) : ""; }

class CourtCli : public Cli {
protected:
    TempDir files;
    std::string client;

    void SetUp() override
    {
        if (env("PRAKLIT_TEST_CARD_MODULE").empty() || env("PRAKLIT_TEST_CARD_CA").empty()) {
            GTEST_SKIP() << "no test card (scripts/test makes one)";
        }
        if (const auto why = FakeCourtGateway::unavailable(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        ASSERT_EQ(runCli(on({"db", "init"})).code, 0);
        if (!db.context().documentsFolderByDefault()) {
            ASSERT_EQ(runCli(on({"settings", "office", "--documents-folder", (files.path() / "store").string()})).code, 0);
        }
        const auto added = runCli(on({"--json", "client", "add", "--last-name", "לוי", "--first-name", "דנה"}));
        ASSERT_EQ(added.code, 0) << added.err;
        client = std::to_string(added.json()["id"].get<int64_t>());
    }

    // The slot of the SoftHSM2 token `label`.
    static std::string slotOf(const std::string& label)
    {
        auto card = integrations::makeSmartCards()->open(env("PRAKLIT_TEST_CARD_MODULE"));
        for (const auto& s : card->slots())
            if (s.tokenLabel == label) return std::to_string(s.id);
        return "0";
    }
};

TEST_F(CourtCli, TheSeedsPathLinkTheCardCheckItDownloadAndReadTheHearingsAndTheReport)
{
    FakeCourtOptions options;
    options.cases = 3;
    options.events = 8;
    options.clientCa = env("PRAKLIT_TEST_CARD_CA");
    FakeCourtGateway fake(options);

    // Off until the office turns it on: one sentence, exit 3.
    const auto off = runCli(on({"court", "hearings"}));
    EXPECT_EQ(off.code, 3);
    expectOneSentence(off);
    ASSERT_EQ(runCli(on({"settings", "modules", "--enable", "court"})).code, 0);
    const auto set = runCli(on({"settings", "court", "--url", fake.url(), "--ca-file", fake.caFile()}));
    ASSERT_EQ(set.code, 0) << set.err;
    for (const auto& kase : fake.data()["cases"]) {
        const auto r = runCli(on({"case", "add", "--client", client, "--subject", "תביעה", "--court",
                                  kase["court"].get<std::string>(), "--proceeding-type", kase["type"].get<std::string>(),
                                  "--court-number", kase["number"].get<std::string>(), "--lawyer", "tester"}));
        ASSERT_EQ(r.code, 0) << r.err;
    }

    const auto linked = runCli(on({"--json", "court", "link-card", "--module", env("PRAKLIT_TEST_CARD_MODULE"), "--slot",
                                   slotOf("lawyer")}));
    ASSERT_EQ(linked.code, 0) << linked.err;
    EXPECT_EQ(linked.json()["holder"], "עו\"ד דנה לוי");

    const auto wrong = runCli(on({"court", "card-info", "--pin-stdin"}), "0000\n");
    EXPECT_EQ(wrong.code, 3);
    expectOneSentence(wrong);
    const auto checked = runCli(on({"--json", "court", "card-info", "--pin-stdin"}), env("PRAKLIT_TEST_CARD_PIN") + "\n");
    ASSERT_EQ(checked.code, 0) << checked.err;
    EXPECT_TRUE(checked.json()["checked"].get<bool>());

    const auto noPin = runCli(on({"court", "sync"}));
    EXPECT_EQ(noPin.code, 3);
    expectOneSentence(noPin);

    const auto synced = runCli(on({"--json", "court", "sync", "--client", client, "--pin-stdin"}),
                               env("PRAKLIT_TEST_CARD_PIN") + "\n");
    ASSERT_EQ(synced.code, 0) << synced.err;
    const auto summary = synced.json();
    EXPECT_EQ(summary["state"], "done");
    EXPECT_EQ(summary["cases"], 3);
    int documents = 0, hearings = 0;
    for (const auto& kase : fake.data()["cases"])
        for (const auto& ev : kase["events"]) (ev["kind"] == "document" ? documents : hearings)++;
    EXPECT_EQ(summary["new_documents"], documents);
    EXPECT_EQ(summary["new_hearings"], hearings);

    const auto reports = runCli(on({"--json", "court", "reports"}));
    ASSERT_EQ(reports.code, 0) << reports.err;
    ASSERT_EQ(reports.json().size(), 1u);
    const auto one = runCli(on({"--json", "court", "reports", "--id", std::to_string(summary["id"].get<int64_t>())}));
    ASSERT_EQ(one.code, 0);
    EXPECT_EQ(one.json()["per_case"].size(), 3u);

    const auto caseHearings = runCli(on({"--json", "court", "hearings", "--case", "1"}));
    ASSERT_EQ(caseHearings.code, 0) << caseHearings.err;
    const auto upcoming = runCli(on({"--json", "court", "hearings", "--days", "365", "--lawyer", "tester"}));
    ASSERT_EQ(upcoming.code, 0) << upcoming.err;
    EXPECT_TRUE(upcoming.json().is_array());

    // Another lawyer's card in the reader: refused before anything is asked of the court.
    const auto signIns = fake.stats()["sign_ins"].get<int>();
    const auto other = runCli(on({"court", "link-card", "--module", env("PRAKLIT_TEST_CARD_MODULE"), "--slot",
                                  slotOf("other-lawyer"), "--certificate", "02"}));
    EXPECT_EQ(other.code, 3);
    expectOneSentence(other);
    const auto days = runCli(on({"court", "hearings", "--days", "0"}));
    EXPECT_EQ(days.code, 3);
    expectOneSentence(days);
    EXPECT_EQ(fake.stats()["sign_ins"].get<int>(), signIns);
}

} // namespace

// An unattended download killed in the middle (kill -9 of `court sync`, as a
// power cut or a killed scheduled task): nothing already stored is lost, and
// the next run records every document once — once in the database and once
// in the documents folder.
TEST_F(CourtCli, ASyncKilledInTheMiddleLosesNothingAndTheNextRunStoresEachDocumentOnce)
{
    FakeCourtOptions options;
    options.cases = 4;
    options.events = 12;
    options.maxPage = 3; // pages of 3 events: recorded as the download goes
    options.clientCa = env("PRAKLIT_TEST_CARD_CA");
    FakeCourtGateway fake(options);
    const auto store = files.path() / "kill-store";
    ASSERT_EQ(runCli(on({"settings", "office", "--documents-folder", store.string()})).code, 0);
    ASSERT_EQ(runCli(on({"settings", "modules", "--enable", "court"})).code, 0);
    ASSERT_EQ(runCli(on({"settings", "court", "--url", fake.url(), "--ca-file", fake.caFile(), "--parallel", "2"})).code, 0);
    for (const auto& kase : fake.data()["cases"])
        ASSERT_EQ(runCli(on({"case", "add", "--client", client, "--subject", "תביעה", "--court", kase["court"].get<std::string>(),
                             "--proceeding-type", kase["type"].get<std::string>(), "--court-number",
                             kase["number"].get<std::string>(), "--lawyer", "tester"}))
                      .code,
                  0);
    ASSERT_EQ(runCli(on({"court", "link-card", "--module", env("PRAKLIT_TEST_CARD_MODULE"), "--slot", slotOf("lawyer")})).code, 0);
    int documents = 0;
    for (const auto& kase : fake.data()["cases"])
        for (const auto& ev : kase["events"]) documents += ev["kind"] == "document" ? 1 : 0;
    const auto stored = [&] {
        return db.rawCount("select count(*) from documents where court_document_id is not null");
    };

    // The code on standard input from a file only this test reads; exec, so the pid killed is the program's.
    const auto pinFile = files.path() / "pin";
    std::ofstream(pinFile) << env("PRAKLIT_TEST_CARD_PIN") << "\n";
    std::filesystem::permissions(pinFile, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    const auto quoted = [](std::string a) {
        for (size_t at = a.find('\''); at != std::string::npos; at = a.find('\'', at + 4)) a.replace(at, 1, "'\\''");
        return "'" + a + "'";
    };
    std::string command = "exec " + quoted(PRAKLIT_CLI);
    for (const auto& a : on({"court", "sync", "--pin-stdin"})) command += " " + quoted(a);
    command += " < " + quoted(pinFile.string());
    fake.control({{"slow", 150}});
    {
        ChildProcess sync({"/bin/sh", "-c", command});
        // Killed once the court has served a third of the documents: some recorded, some fetched only.
        const auto served = [&] { return fake.stats()["documents_served"].get<int>(); };
        for (int k = 0; k < 600 && served() < documents / 3; ++k) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ASSERT_GE(served(), documents / 3) << "the download never got going";
        sync.stop(SIGKILL);
    }
    const auto before = stored();
    EXPECT_LT(before, documents) << "killed before the end";
    EXPECT_GT(before, 0) << "pages recorded as they came";
    fake.control({{"reset", true}});

    const auto again = runCli(on({"--json", "court", "sync", "--pin-stdin"}), env("PRAKLIT_TEST_CARD_PIN") + "\n");
    ASSERT_EQ(again.code, 0) << again.err;
    EXPECT_EQ(again.json()["new_documents"].get<int64_t>(), documents - before);
    EXPECT_EQ(stored(), documents) << "each document once";
    EXPECT_EQ(db.rawCount("select count(distinct court_document_id) from documents where court_document_id is not null"),
              documents);
    // The folder holds each document's file once, and nothing half-written.
    int pdfs = 0, partial = 0;
    for (const auto& f : std::filesystem::recursive_directory_iterator(store)) {
        if (!f.is_regular_file()) continue;
        const auto name = f.path().filename().string();
        if (name.starts_with(".")) ++partial;
        else if (f.path().extension() == ".pdf") ++pdfs;
    }
    EXPECT_EQ(pdfs, documents);
    EXPECT_EQ(partial, 0);
}

