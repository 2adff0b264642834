#include "data/OfficeCopier.h"
#include "data/OfficeTables.h"
#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/DemoGenerator.h"
#include "services/OfficeService.h"
#include "support/Checksums.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

std::vector<std::string> allTables()
{
    std::vector<std::string> names;
    for (const auto& t : data::officeTables()) names.push_back(t.name);
    return names;
}
const std::vector<std::string> kAllTables = allTables();

// A small office with every kind of row, hostile text included.
void fill(services::OfficeSession& office)
{
    services::DemoGenerator(office).generate(300, 11);
    services::ClientService clients(office);
    Client c;
    c.lastName = "O'Brien \"quoted\" \\back\\slash";
    c.firstName = "אֲבִיגַיִל 😀";
    c.note = "\\N is not null here\n\ttabbed\r\nline";
    c = clients.add(c);
    c.email = "a@b.co.il";
    clients.update(c);
    clients.addRole("מנהל רכש");
    Case k;
    k.clientId = c.id;
    k.internalNumber = "2026/7";
    k.subject = "ערעור";
    k.courtNumber = "רע\"א 2904/14";
    k.openedOn = "2026-02-01";
    services::CaseService(office).add(k);
}

} // namespace

TEST(OfficeCopy, CopiesEveryRowKeepsIdsAndVerifies)
{
    TestDatabase from(Backend::SQLite);
    TestDatabase to;
    auto source = from.open();
    fill(*source);
    const auto before = test::tableDigests(source->db(), kAllTables);
    source.reset();

    const auto results = services::OfficeService::copy(from.url(), to.url());
    ASSERT_EQ(results.size(), kAllTables.size());
    for (const auto& r : results) {
        EXPECT_EQ(r.sourceRows, r.targetRows) << r.table;
        EXPECT_EQ(r.sourceChecksum, r.targetChecksum) << r.table;
        EXPECT_EQ(r.sourceChecksum.size(), 64u);
    }

    auto target = to.open();
    EXPECT_EQ(test::tableDigests(target->db(), kAllTables), before);

    // The id sequences moved past the copied ids.
    services::ClientService clients(*target);
    const auto maxId = clients.count();
    Client c;
    c.lastName = "חדש";
    EXPECT_EQ(clients.add(c).id, maxId + 1);
}

TEST(OfficeCopy, RoundTripBackToSqliteIsIdentical)
{
    TestDatabase first(Backend::SQLite);
    TestDatabase middle;
    TestDatabase last(Backend::SQLite);
    auto office = first.open();
    fill(*office);
    const auto before = test::tableDigests(office->db(), kAllTables);
    office.reset();
    services::OfficeService::copy(first.url(), middle.url());
    services::OfficeService::copy(middle.url(), last.url());
    EXPECT_EQ(test::tableDigests(last.open()->db(), kAllTables), before);
}

TEST(OfficeCopy, ANonEmptyTargetIsRefusedAndLeftAsItWas)
{
    TestDatabase from(Backend::SQLite);
    TestDatabase to;
    fill(*from.open());
    auto target = to.open();
    Client c;
    c.lastName = "כבר כאן";
    services::ClientService(*target).add(c);
    const auto before = test::tableDigests(target->db(), kAllTables);
    try {
        services::OfficeService::copy(from.url(), to.url());
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_NE(std::string(e.what()).find("already holds"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::tableDigests(target->db(), kAllTables), before);
}

TEST(OfficeCopy, AFailureHalfWayLeavesTheTargetEmpty)
{
    TestDatabase from(Backend::SQLite);
    TestDatabase to;
    services::DemoGenerator(*from.open()).generate(12000, 3);
    std::atomic<bool> cancel{false};
    int calls = 0;
    EXPECT_THROW(services::OfficeService::copy(from.url(), to.url(),
                                               [&](const CopyProgress& p) {
                                                   // Entities are well under way: stop (the copy
                                                   // notices at its next check, in the addresses).
                                                   if (p.table == "entities" && p.rowsDone >= 10000) cancel = true;
                                                   ++calls;
                                               },
                                               &cancel),
                 Error);
    EXPECT_GT(calls, 0);
    auto target = data::Database::open(to.url());
    EXPECT_EQ(data::OfficeCopier::nonEmptyTables(*target), std::vector<std::string>{});
    long long roles = 0;
    target->sql() << "select count(*) from contact_roles", soci::into(roles);
    EXPECT_EQ(roles, 10) << "the seeded roles are back";
}

TEST(OfficeCopy, TheSameDatabaseIsRefused)
{
    TestDatabase t;
    t.open().reset();
    EXPECT_THROW(services::OfficeService::copy(t.url(), t.url()), Error);
}
