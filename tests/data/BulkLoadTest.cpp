// A bulk load (demo data) on either backend: what it writes is found, and a
// large one, which builds the server's indexes after the rows, leaves every
// index as it found it, whether it finishes or is rolled back.
#include "data/BulkLoad.h"
#include "data/Database.h"
#include "services/ClientService.h"
#include "support/TestDatabase.h"
#include "text/SearchKey.h"
#include "text/Timestamp.h"

#include <gtest/gtest.h>
#include <stdexcept>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

data::TableRows twoClients()
{
    const data::RowShape entity(data::officeTable("entities"),
                                {"id", "kind", "first_name", "last_name", "org_name", "email", "note", "active", "search_key",
                                 "sort_key", "created_at", "updated_at", "version"});
    const data::RowShape phone(data::officeTable("phones"), {"id", "entity_id", "type", "number_e164", "version", "no_sms"});
    const std::string now = text::toDatabaseText(text::now());
    data::TableRows rows;
    for (const auto& [id, name] : {std::pair{"500", "כהן"}, std::pair{"501", "לוי"}}) {
        rows.emplace_back("entities", entity.row({id, "person", "", name, "", "", "", "1", text::searchKey(name),
                                                  text::collationKey(name), now, now, "1"}));
        rows.emplace_back("phones", phone.row({id, id, "mobile", std::string("+97250123") + id, "1", "0"}));
    }
    return rows;
}

} // namespace

TEST(BulkLoad, ALargeLoadPutsEveryIndexBackAndItsRowsAreFound)
{
    TestDatabase t;
    auto office = t.open();
    const auto before = t.indexes();
    ASSERT_FALSE(before.empty());
    auto& db = office->db();
    db.transaction([&] {
        data::BulkLoad load(db, {"entities", "phones"}, true);
        load.write(twoClients());
        load.finish();
    });
    EXPECT_EQ(t.indexes(), before);
    db.settleAfterBulkLoad();

    services::ClientService clients(*office);
    ASSERT_EQ(clients.find("כהן", 0, 10).size(), 1u);
    EXPECT_EQ(clients.find("כהן", 0, 10)[0].id, 500);
    EXPECT_EQ(clients.countMatches("לוי").count, 1);
    EXPECT_EQ(clients.phones(501).size(), 1u);
    Client next;
    next.lastName = "מזרחי";
    EXPECT_GT(clients.add(next).id, 501) << "the ids go on after the loaded rows";
}

TEST(BulkLoad, ALargeLoadThatFailsLeavesTheIndexesAndNoRows)
{
    TestDatabase t;
    auto office = t.open();
    const auto before = t.indexes();
    auto& db = office->db();
    EXPECT_ANY_THROW(db.transaction([&] {
        data::BulkLoad load(db, {"entities", "phones"}, true);
        load.write(twoClients());
        throw std::runtime_error("the disk filled");
    }));
    EXPECT_EQ(t.indexes(), before);
    EXPECT_EQ(t.rawCount("select count(*) from entities"), 0);
    EXPECT_EQ(services::ClientService(*office).find("כהן", 0, 10).size(), 0u);
}
