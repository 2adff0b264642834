#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/DocumentService.h"
#include "services/SettingsService.h"
#include "services/TimerService.h"
#include "support/TestDatabase.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::TestDatabase;
namespace fs = std::filesystem;

namespace {
int64_t newCase(services::OfficeSession& office)
{
    Client c;
    c.lastName = "לוי";
    c = services::ClientService(office).add(c);
    Case k;
    k.clientId = c.id;
    k.subject = "ירושה";
    return services::CaseService(office).add(k).id;
}
} // namespace

TEST(Documents, AddedIntoTheStoreWithTheirHashRenamedDeletedAndOpened)
{
    TestDatabase t;
    test::TempDir files;
    auto office = t.open();
    services::SettingsService settings(*office);
    if (!t.context().documentsFolderByDefault()) {
        // A server office has no folder beside a file: it must be chosen.
        EXPECT_THROW(settings.documentsFolder(), Error);
        settings.setDocumentsFolder(files.path() / "shared-store");
    }
    const auto kase = newCase(*office);
    const auto source = files.path() / "כתב תביעה.txt";
    std::ofstream(source) << "abc";
    services::DocumentService documents(*office);
    auto d = documents.add(kase, source);
    EXPECT_EQ(d.name, "כתב תביעה.txt");
    EXPECT_EQ(d.sizeBytes, 3);
    EXPECT_EQ(d.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const auto stored = documents.pathOf(d);
    EXPECT_TRUE(fs::is_regular_file(stored));
    EXPECT_NE(stored, source);
    fs::remove(source);
    EXPECT_TRUE(fs::is_regular_file(stored)) << "the store holds its own copy";

    d = documents.rename(d.id, "כתב תביעה מתוקן.txt");
    EXPECT_EQ(documents.forCase(kase).front().name, "כתב תביעה מתוקן.txt");
    EXPECT_THROW(documents.rename(d.id, "../escape.txt"), Error);

    // Opening fires the "opening a document" counter condition.
    auto s = settings.timerSettings();
    s.startOnDocument = true;
    settings.saveTimerSettings(s);
    EXPECT_EQ(documents.open(d.id), stored);
    const auto timers = services::TimerService(*office).list();
    ASSERT_EQ(timers.size(), 1u);
    EXPECT_EQ(timers.front().startedBy, TimerStart::Document);

    documents.remove(d.id);
    EXPECT_TRUE(documents.forCase(kase).empty());
    EXPECT_EQ(documents.forCase(kase, true).size(), 1u);
    EXPECT_TRUE(fs::is_regular_file(stored)) << "a deleted document waits in the recycle state";
    EXPECT_THROW(documents.open(d.id), Error);
    documents.restore(d.id);
    EXPECT_EQ(documents.forCase(kase).size(), 1u);
    EXPECT_EQ(documents.open(d.id), stored);
    EXPECT_THROW(documents.add(kase, files.path() / "missing.pdf"), Error);
}
