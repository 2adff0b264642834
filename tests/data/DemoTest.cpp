#include "domain/CourtCaseNumber.h"
#include "domain/IsraeliId.h"
#include "domain/Phone.h"
#include "domain/Rounding.h"
#include "services/ClientService.h"
#include "services/DemoGenerator.h"
#include "support/Checksums.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {
const std::vector<std::string> kDataTables{"entities", "addresses", "contacts", "phones"};
}

TEST(Demo, TheSameSeedGivesTheSameOffice)
{
    TestDatabase a, b;
    auto first = a.open();
    auto second = b.open();
    const auto s1 = services::DemoGenerator(*first).generate(2000, 42);
    const auto s2 = services::DemoGenerator(*second).generate(2000, 42);
    EXPECT_EQ(s1.people + s1.organisations, 2000);
    EXPECT_EQ(s1.addresses, s2.addresses);
    auto d1 = test::tableDigests(first->db(), kDataTables);
    auto d2 = test::tableDigests(second->db(), kDataTables);
    // created_at is part of the rows and comes from the seed too.
    EXPECT_EQ(d1, d2);

    TestDatabase c;
    auto third = c.open();
    services::DemoGenerator(*third).generate(2000, 43);
    EXPECT_NE(test::tableDigests(third->db(), {"entities"}), test::tableDigests(first->db(), {"entities"}));
}

TEST(Demo, RowsObeyTheOfficesRules)
{
    TestDatabase t;
    auto office = t.open();
    const auto s = services::DemoGenerator(*office).generate(3000, 5);
    EXPECT_GT(s.people, 1500);
    EXPECT_GT(s.organisations, 300);
    EXPECT_GT(s.contacts, 0);
    auto& sql = office->db().sql();

    long long clientsWithoutOnePrimary = -1;
    sql << "select count(*) from entities e where (select count(*) from addresses a where a.entity_id = e.id and "
           "a.is_primary = :yes) <> 1",
        soci::use(1), soci::into(clientsWithoutOnePrimary);
    EXPECT_EQ(clientsWithoutOnePrimary, 0);

    std::string number;
    soci::statement phones = (sql.prepare << "select number_e164 from phones", soci::into(number));
    phones.execute();
    int checked = 0;
    while (phones.fetch()) {
        EXPECT_EQ(parsePhoneNumber(number), number);
        ++checked;
    }
    EXPECT_EQ(checked, s.phones);

    std::string id, kind;
    soci::indicator ind;
    soci::statement ids = (sql.prepare << "select id_number, kind from entities", soci::into(id, ind), soci::into(kind));
    ids.execute();
    while (ids.fetch()) {
        if (ind != soci::i_ok) continue;
        const auto parsed = IsraeliId::parse(id);
        ASSERT_TRUE(parsed) << id;
        EXPECT_EQ(parsed->isCompanyNumber(), kind == "organisation") << id;
    }

    long long cases = 0, badCourtNumbers = 0;
    sql << "select count(*) from cases", soci::into(cases);
    EXPECT_EQ(cases, s.cases);
    EXPECT_GE(cases, 3000);
    std::string court;
    soci::statement numbers = (sql.prepare << "select court_number from cases where court_number <> ''", soci::into(court));
    numbers.execute();
    bool oldForm = false, newForm = false;
    while (numbers.fetch()) {
        const auto n = CourtCaseNumber::parse(court);
        if (!n) ++badCourtNumbers;
        else (n->month() ? newForm : oldForm) = true;
    }
    EXPECT_EQ(badCourtNumbers, 0);
    EXPECT_TRUE(oldForm && newForm) << "both court number forms";

    // A year of time entries over several users; billable ones charged at the lawyer's rate.
    long long entries = 0, users = 0, wrongAmounts = 0, timeCharges = 0;
    sql << "select count(*) from time_entries", soci::into(entries);
    EXPECT_EQ(entries, s.timeEntries);
    EXPECT_GT(entries, 1000);
    sql << "select count(distinct user_id) from time_entries", soci::into(users);
    EXPECT_GE(users, 3);
    sql << "select count(*) from charges where kind = 'time'", soci::into(timeCharges);
    long long billableEntries = 0;
    sql << "select count(*) from time_entries where billable = :yes", soci::use(1), soci::into(billableEntries);
    EXPECT_EQ(timeCharges, billableEntries);
    long long billed = 0, rate = 0, amount = 0;
    soci::statement amounts = (sql.prepare << "select billed_seconds, rate_agorot, amount_agorot from charges where kind = 'time'",
                               soci::into(billed), soci::into(rate), soci::into(amount));
    amounts.execute();
    while (amounts.fetch())
        if (timeAmountAgorot(billed, rate) != amount || billed % 360 != 0) ++wrongAmounts;
    EXPECT_EQ(wrongAmounts, 0);

    services::ClientService clients(*office);
    EXPECT_FALSE(clients.find("כהן", 0, 5).empty());
    // A phone and a court number found through the search key, typed as people type them.
    std::string phone;
    sql << "select number_e164 from phones where type = 'mobile' order by id limit 1", soci::into(phone);
    const auto national = displayPhoneNumber(phone);
    EXPECT_FALSE(clients.find(national, 0, 5).empty()) << national;
    sql << "select court_number from cases where court_number like '%-%' order by id limit 1", soci::into(court);
    EXPECT_FALSE(clients.find(court, 0, 5).empty()) << court;
    EXPECT_FALSE(clients.find("בע\"מ", 0, 5).empty());
}

TEST(Demo, RunningTwiceAddsMoreWithoutClashing)
{
    TestDatabase t;
    auto office = t.open();
    services::DemoGenerator demo(*office);
    demo.generate(500, 1);
    demo.generate(500, 1);
    services::ClientService clients(*office);
    EXPECT_EQ(clients.count(), 1000);
    Client c;
    c.lastName = "אחרי";
    EXPECT_EQ(clients.add(c).id, 1001);
}
