#include "data/AuditRepository.h"
#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "support/KindOf.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

using namespace praklit;
using praklit::test::kindOf;
using praklit::test::TestDatabase;

namespace {

Client person(const std::string& last, const std::string& first = "", const std::string& id = "")
{
    Client c;
    c.lastName = last;
    c.firstName = first;
    c.idNumber = id;
    return c;
}


int64_t auditRows(services::OfficeSession& office, const std::string& table)
{
    long long n = 0;
    office.db().sql() << "select count(*) from audit_log where table_name = :t", soci::use(table), soci::into(n);
    return n;
}

} // namespace

TEST(ClientService, AddShowAndAuditAClient)
{
    TestDatabase t;
    auto office = t.open("ruth");
    services::ClientService clients(*office);
    auto c = clients.add(person("כהן", "משה", "39337423"));
    EXPECT_GT(c.id, 0);
    EXPECT_EQ(c.version, 1);
    EXPECT_EQ(c.idNumber, "039337423");
    const auto card = clients.card(c.id);
    EXPECT_EQ(card.client.displayName(), "כהן משה");
    EXPECT_EQ(card.client.idNumber, "039337423");
    EXPECT_TRUE(card.client.active);

    const auto last = data::AuditRepository(office->db()).lastFor("entities", c.id);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->action, "insert");
    EXPECT_EQ(last->userLogin, "ruth");
    EXPECT_NE(last->changes.find("\"last_name\""), std::string::npos);
    EXPECT_NE(last->changes.find("כהן"), std::string::npos);
}

TEST(ClientService, HebrewAndHostileTextRoundTripExactly)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    Client c = person("O'Brien\"; drop table entities; --", "אֲבִיגַיִל 😀");
    c.note = "שורה ראשונה\nSecond line with ₪ 1,234.50 and ת\"א 3036-11-17";
    const auto saved = clients.add(c);
    const auto read = clients.get(saved.id);
    EXPECT_EQ(read.lastName, c.lastName);
    EXPECT_EQ(read.firstName, c.firstName);
    EXPECT_EQ(read.note, c.note);
    EXPECT_EQ(clients.count(), 1);
}

TEST(ClientService, InvalidInputIsRefusedAndNothingIsWritten)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    EXPECT_EQ(kindOf([&] { clients.add(person("")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { clients.add(person("לוי", "", "039337424")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(clients.count(), 0);
    EXPECT_EQ(auditRows(*office, "entities"), 0);
}

TEST(ClientService, AnIdNumberBelongsToOneClient)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    clients.add(person("כהן", "משה", "039337423"));
    EXPECT_EQ(kindOf([&] { clients.add(person("לוי", "", "039337423")); }), ErrorKind::Conflict);
    EXPECT_EQ(clients.count(), 1);
}

TEST(ClientService, UpdateRecordsOldAndNewValues)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    auto c = clients.add(person("כהן", "משה"));
    c.email = "moshe@example.co.il";
    c.active = false;
    const auto saved = clients.update(c);
    EXPECT_EQ(saved.version, 2);
    const auto read = clients.get(c.id);
    EXPECT_EQ(read.email, "moshe@example.co.il");
    EXPECT_FALSE(read.active);
    EXPECT_EQ(read.version, 2);
    const auto last = data::AuditRepository(office->db()).lastFor("entities", c.id);
    EXPECT_EQ(last->action, "update");
    EXPECT_EQ(last->changes, R"({"email":["","moshe@example.co.il"],"active":["true","false"]})");
}

TEST(ClientService, TwoConnectionsEditingTheSameClientTheSecondGetsAConflict)
{
    TestDatabase t;
    auto first = t.open("ruth");
    auto second = t.open("dan");
    services::ClientService a(*first), b(*second);
    const auto created = a.add(person("כהן", "משה"));

    auto mine = a.get(created.id);
    auto theirs = b.get(created.id);
    mine.email = "ruth@example.co.il";
    a.update(mine);
    theirs.note = "an edit made on a stale copy";
    try {
        b.update(theirs);
        FAIL() << "a stale save overwrote the row";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Conflict);
        EXPECT_NE(std::string(e.what()).find("ruth"), std::string::npos) << e.what();
    }
    const auto stored = b.get(created.id);
    EXPECT_EQ(stored.email, "ruth@example.co.il");
    EXPECT_EQ(stored.note, "");
    EXPECT_EQ(stored.version, 2);
}

TEST(ClientService, SearchIgnoresNiqqudFinalLettersAndCase)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    clients.add(person("כֹּהֵן", "משה"));
    clients.add(person("לוין", "דן"));
    Client org;
    org.kind = EntityKind::Organisation;
    org.orgName = "Alon Tech בע\"מ";
    org.email = "info@alon.co.il";
    clients.add(org);

    EXPECT_EQ(clients.find("כהן", 0, 10).size(), 1u);
    EXPECT_EQ(clients.find("לוינ", 0, 10).size(), 1u);
    EXPECT_EQ(clients.find("ALON", 0, 10).size(), 1u);
    EXPECT_EQ(clients.find("בע״מ", 0, 10).size(), 1u);
    EXPECT_EQ(clients.find("alon.co", 0, 10).size(), 1u);
    EXPECT_EQ(clients.find("%", 0, 10).size(), 0u);
    EXPECT_EQ(clients.find("_", 0, 10).size(), 0u);
    EXPECT_EQ(clients.find("'; drop table entities; --", 0, 10).size(), 0u);
    EXPECT_EQ(clients.count(), 3);
}

TEST(ClientService, ListIsInHebrewCollationOrder)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    for (const char* name : {"Zeta", "תמר", "אבי", "כהן"}) clients.add(person(name));
    std::vector<std::string> names;
    for (const auto& c : clients.list(0, 10)) names.push_back(c.lastName);
    EXPECT_EQ(names, (std::vector<std::string>{"אבי", "כהן", "תמר", "Zeta"}));
    EXPECT_EQ(clients.list(1, 2).size(), 2u);
    EXPECT_EQ(clients.list(1, 2).front().lastName, "כהן");
}

TEST(ClientService, ExactlyOnePrimaryAddress)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    const auto c = clients.add(person("כהן"));
    Address a;
    a.ownerId = c.id;
    a.street = "הרצל";
    a.house = "1";
    a.city = "תל אביב-יפו";
    const auto first = clients.addAddress(a);
    EXPECT_TRUE(first.isPrimary) << "the first address becomes primary by itself";
    a.street = "ויצמן";
    const auto second = clients.addAddress(a);
    EXPECT_FALSE(second.isPrimary);
    a.street = "בגין";
    a.isPrimary = true;
    const auto third = clients.addAddress(a);
    EXPECT_TRUE(third.isPrimary);
    auto all = clients.addresses(c.id);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all.front().id, third.id);
    EXPECT_EQ(std::count_if(all.begin(), all.end(), [](const Address& x) { return x.isPrimary; }), 1);

    clients.setPrimaryAddress(second.id);
    all = clients.addresses(c.id);
    EXPECT_EQ(all.front().id, second.id);
    EXPECT_EQ(std::count_if(all.begin(), all.end(), [](const Address& x) { return x.isPrimary; }), 1);
}

TEST(ClientService, TheDatabaseItselfRefusesASecondPrimary)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    const auto c = clients.add(person("כהן"));
    Address a;
    a.ownerId = c.id;
    a.city = "חיפה";
    clients.addAddress(a);
    const long long owner = c.id;
    const int yes = 1;
    auto secondPrimary = [&] {
        office->db().sql() << "insert into addresses (entity_id, is_primary, city) values (:o, :p, 'x')", soci::use(owner),
            soci::use(yes);
    };
    EXPECT_ANY_THROW(secondPrimary());
}

TEST(ClientService, PhonesContactsRolesAndCases)
{
    TestDatabase t;
    auto office = t.open();
    services::ClientService clients(*office);
    const auto c = clients.add(person("כהן"));
    const auto phone = clients.addPhone(c.id, PhoneType::Mobile, "050-123 4567");
    EXPECT_EQ(phone.e164, "+972501234567");
    EXPECT_EQ(kindOf([&] { clients.addPhone(c.id, PhoneType::Office, "12"); }), ErrorKind::InvalidInput);

    const auto role = clients.addRole("מנהל רכש");
    EXPECT_FALSE(role.builtIn);
    EXPECT_EQ(kindOf([&] { clients.addRole("מנהל רכש"); }), ErrorKind::Conflict);
    EXPECT_EQ(clients.roles().back().name, "מנהל רכש");

    Contact contact;
    contact.clientId = c.id;
    contact.firstName = "רות";
    EXPECT_EQ(kindOf([&] { clients.addContact(contact, "רפרנט"); }), ErrorKind::InvalidInput);
    contact.lastName = "אבן";
    contact.addresseeForAccounts = true;
    EXPECT_EQ(kindOf([&] { clients.addContact(contact, "no such role"); }), ErrorKind::InvalidInput);
    clients.addContact(contact, "רפרנט");

    Case k;
    k.clientId = c.id;
    k.internalNumber = "2026/1";
    k.subject = "תביעה כספית";
    k.courtNumber = "ת\"א 12345-01-24";
    k.openedOn = "2026-01-05";
    services::CaseService cases(*office);
    cases.add(k);
    EXPECT_EQ(kindOf([&] { cases.add(k); }), ErrorKind::Conflict) << "internal numbers are unique";
    k.clientId = 999999;
    k.internalNumber = "2026/2";
    EXPECT_EQ(kindOf([&] { cases.add(k); }), ErrorKind::NotFound);

    const auto card = clients.card(c.id);
    ASSERT_EQ(card.phones.size(), 1u);
    ASSERT_EQ(card.contacts.size(), 1u);
    EXPECT_EQ(card.contacts[0].roleName, "רפרנט");
    EXPECT_TRUE(card.contacts[0].addresseeForAccounts);
    EXPECT_FALSE(card.contacts[0].addresseeForInvoices);
    ASSERT_EQ(card.cases.size(), 1u);
    EXPECT_EQ(card.cases[0].courtNumber, "12345-01-24");
    EXPECT_EQ(card.cases[0].proceedingType, "ת\"א");
    EXPECT_EQ(card.cases[0].openedOn, "2026-01-05");
    EXPECT_EQ(auditRows(*office, "cases"), 1);
    EXPECT_EQ(kindOf([&] { clients.card(424242); }), ErrorKind::NotFound);
}

TEST(ClientService, SearchResultsFollowTheCollationOrderThroughEditsHereAndElsewhere)
{
    TestDatabase t;
    auto office = t.open();
    auto other = t.open("dan");
    services::ClientService clients(*office), elsewhere(*other);
    for (const char* first : {"משה", "דוד", "אבי", "תמר"}) clients.add(person("כהן", first));
    auto names = [&] {
        std::vector<std::string> out;
        for (const auto& c : clients.find("כהן", 0, 10)) out.push_back(c.displayName);
        return out;
    };
    EXPECT_EQ(names(), (std::vector<std::string>{"כהן אבי", "כהן דוד", "כהן משה", "כהן תמר"}));
    // A client added in this session, and one renamed on another connection, take their places at once.
    clients.add(person("כהן", "אאא"));
    EXPECT_EQ(names().front(), "כהן אאא");
    auto tamar = elsewhere.find("כהן תמר", 0, 1).front();
    auto edited = elsewhere.get(tamar.id);
    edited.firstName = "אא";
    elsewhere.update(edited);
    EXPECT_EQ(names(), (std::vector<std::string>{"כהן אא", "כהן אאא", "כהן אבי", "כהן דוד", "כהן משה"}));
    EXPECT_EQ(clients.find("כהן", 2, 2).size(), 2u);
    EXPECT_EQ(clients.find("כהן", 2, 2).front().displayName, "כהן אבי");
    EXPECT_TRUE(clients.find("כהן", 50, 10).empty());
}
