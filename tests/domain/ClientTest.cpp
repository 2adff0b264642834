#include "domain/Address.h"
#include "domain/Case.h"
#include "domain/Client.h"
#include "domain/Contact.h"
#include "domain/Error.h"

#include <gtest/gtest.h>

using namespace praklit;

namespace {
ErrorKind kindOf(const std::function<void()>& f, std::string* field = nullptr)
{
    try {
        f();
    } catch (const Error& e) {
        if (field) *field = e.field();
        return e.kind();
    }
    return ErrorKind::Internal;
}
} // namespace

TEST(Client, APersonNeedsALastName)
{
    Client c;
    c.firstName = "משה";
    std::string field;
    EXPECT_EQ(kindOf([&] { validated(c); }, &field), ErrorKind::InvalidInput);
    EXPECT_EQ(field, "last_name");
    c.lastName = "  כהן ";
    const auto ok = validated(c);
    EXPECT_EQ(ok.lastName, "כהן");
    EXPECT_EQ(ok.displayName(), "כהן משה");
}

TEST(Client, AnOrganisationNeedsItsName)
{
    Client c;
    c.kind = EntityKind::Organisation;
    std::string field;
    EXPECT_EQ(kindOf([&] { validated(c); }, &field), ErrorKind::InvalidInput);
    EXPECT_EQ(field, "org_name");
    c.orgName = "אלון גשר בע\"מ";
    c.lastName = "stray";
    const auto ok = validated(c);
    EXPECT_EQ(ok.displayName(), "אלון גשר בע\"מ");
    EXPECT_TRUE(ok.lastName.empty());
}

TEST(Client, IdNumberIsCheckedAndPadded)
{
    Client c;
    c.lastName = "לוי";
    c.idNumber = "39337423";
    EXPECT_EQ(validated(c).idNumber, "039337423");
    c.idNumber = "039337424";
    std::string field;
    EXPECT_EQ(kindOf([&] { validated(c); }, &field), ErrorKind::InvalidInput);
    EXPECT_EQ(field, "id_number");
}

TEST(Client, EmailMustBePlausible)
{
    Client c;
    c.lastName = "לוי";
    for (const char* bad : {"a", "a@", "@b.co", "a@b", "a b@c.co", "a@@b.co"}) {
        c.email = bad;
        EXPECT_EQ(kindOf([&] { validated(c); }), ErrorKind::InvalidInput) << bad;
    }
    c.email = "moshe.cohen@example.co.il";
    EXPECT_NO_THROW(validated(c));
}

TEST(Client, HostileTextIsRefusedOrKeptExactly)
{
    Client c;
    c.lastName = std::string(201, 'x');
    EXPECT_EQ(kindOf([&] { validated(c); }), ErrorKind::InvalidInput);
    c.lastName = std::string(200, 'x');
    EXPECT_NO_THROW(validated(c));
    c.lastName = std::string(100, '\xD7') ; // broken UTF-8
    EXPECT_EQ(kindOf([&] { validated(c); }), ErrorKind::InvalidInput);
    c.lastName = "a\x01b";
    EXPECT_EQ(kindOf([&] { validated(c); }), ErrorKind::InvalidInput);
    // Emoji, SQL metacharacters and marks inside the text are the user's own.
    c.lastName = "O'Brien\"; drop table entities; -- 😀";
    EXPECT_EQ(validated(c).lastName, c.lastName);
    c.lastName = "\u200F\u2067כהן\u2069 ";
    EXPECT_EQ(validated(c).lastName, "כהן");
    c.note = "שורה 1\nשורה 2";
    EXPECT_EQ(validated(c).note, c.note);
}

TEST(Address, NeedsSomewhereAndAnIsraeliZipHasSevenDigits)
{
    Address a;
    EXPECT_EQ(kindOf([&] { validated(a); }), ErrorKind::InvalidInput);
    a.city = "חיפה";
    a.zip = "31000";
    EXPECT_NO_THROW(validated(a));
    a.zip = "3100000";
    EXPECT_NO_THROW(validated(a));
    a.zip = "31-000";
    EXPECT_EQ(kindOf([&] { validated(a); }), ErrorKind::InvalidInput);
    a.country = "France";
    a.zip = "75001";
    EXPECT_NO_THROW(validated(a));
}

TEST(Contact, LastNameIsRequired)
{
    Contact c;
    c.firstName = "רות";
    std::string field;
    EXPECT_EQ(kindOf([&] { validated(c); }, &field), ErrorKind::InvalidInput);
    EXPECT_EQ(field, "last_name");
    c.lastName = "אבן";
    EXPECT_NO_THROW(validated(c));
}

TEST(Case, CourtNumberAndDatesAreChecked)
{
    Case c;
    c.subject = "תביעה כספית";
    c.courtNumber = "ת\"א 3036-11-17";
    const auto ok = validated(c);
    EXPECT_EQ(ok.courtNumber, "3036-11-17");
    EXPECT_EQ(ok.proceedingType, "ת\"א");
    c.courtNumber = "3036-13-17";
    EXPECT_EQ(kindOf([&] { validated(c); }), ErrorKind::InvalidInput);
    c.courtNumber = "";
    c.openedOn = "2024-02-30";
    EXPECT_EQ(kindOf([&] { validated(c); }), ErrorKind::InvalidInput);
    c.openedOn = "2024-02-01";
    c.closedOn = "2024-01-01";
    EXPECT_EQ(kindOf([&] { validated(c); }), ErrorKind::InvalidInput);
}
