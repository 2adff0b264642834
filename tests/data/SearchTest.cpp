// Search as an Israeli office types it: the same rules on SQLite and on
// PostgreSQL (the test body runs on both).
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

Client person(const std::string& last, const std::string& first = "")
{
    Client c;
    c.lastName = last;
    c.firstName = first;
    return c;
}

Client organisation(const std::string& name)
{
    Client c;
    c.kind = EntityKind::Organisation;
    c.orgName = name;
    return c;
}

class Search : public ::testing::Test {
protected:
    void SetUp() override
    {
        office_ = t_.open();
        clients_.emplace(*office_);
    }
    services::ClientService& clients() { return *clients_; }

    // The names found, in the list's order.
    std::vector<std::string> names(const std::string& typed)
    {
        std::vector<std::string> out;
        for (const auto& c : clients().find(typed, 0, 100)) out.push_back(c.displayName);
        return out;
    }
    // How `name` was found by `typed`, or Listed when it was not.
    SearchMatch how(const std::string& typed, const std::string& name)
    {
        for (const auto& c : clients().find(typed, 0, 100))
            if (c.displayName == name) return c.match;
        return SearchMatch::Listed;
    }
    bool finds(const std::string& typed, const std::string& name) { return how(typed, name) != SearchMatch::Listed; }

    TestDatabase t_;
    std::unique_ptr<services::OfficeSession> office_;
    std::optional<services::ClientService> clients_;
};

} // namespace

TEST_F(Search, TheNameFirstThenAWordThenInsideThenOtherSpellings)
{
    clients().add(person("כהן", "משה"));
    clients().add(person("כהנא", "רות"));
    clients().add(person("לוי", "כהן"));
    clients().add(person("הכהן", "דוד"));
    clients().add(person("Cohen", "Moshe"));
    clients().add(person("שמש", "אבי"));

    EXPECT_EQ(names("כהן"), (std::vector<std::string>{"כהן משה", "כהנא רות", "לוי כהן", "הכהן דוד", "Cohen Moshe"}));
    EXPECT_EQ(how("כהן", "כהן משה"), SearchMatch::NameStart);
    EXPECT_EQ(how("כהן", "לוי כהן"), SearchMatch::WordStart);
    EXPECT_EQ(how("כהן", "הכהן דוד"), SearchMatch::Inside);
    EXPECT_EQ(how("כהן", "Cohen Moshe"), SearchMatch::Forgiving);
    // And the other way: Latin finds Hebrew, after the exact match (כהנא
    // too: what is typed may be the beginning of a longer name).
    EXPECT_EQ(names("cohen"), (std::vector<std::string>{"Cohen Moshe", "כהן משה", "כהנא רות", "לוי כהן"}));
    EXPECT_EQ(how("cohen", "Cohen Moshe"), SearchMatch::NameStart);
    EXPECT_EQ(how("cohen", "כהן משה"), SearchMatch::Forgiving);
    // Two words: the name's beginning, then both words anywhere (a single
    // letter has no other spelling).
    EXPECT_EQ(names("כהן מ"), (std::vector<std::string>{"כהן משה"}));
    EXPECT_EQ(names("משה כהן"), (std::vector<std::string>{"כהן משה", "Cohen Moshe"}));
    EXPECT_EQ(how("משה כהן", "כהן משה"), SearchMatch::WordStart);
}

TEST_F(Search, GershayimGereshHyphensAndDotsAreOptional)
{
    clients().add(organisation("כהן את לוי בע\"מ"));
    clients().add(organisation("משרד עו״ד גולן"));
    clients().add(person("ג'ורג'", "סמי"));
    clients().add(organisation("מסעדת תל-אביב"));
    clients().add(organisation("תל אביב הפקות"));

    for (const char* typed : {"בעמ", "בע\"מ", "בע״מ", "בע׳מ"}) EXPECT_TRUE(finds(typed, "כהן את לוי בע\"מ")) << typed;
    EXPECT_TRUE(finds("עוד", "משרד עו״ד גולן"));
    EXPECT_TRUE(finds("עו\"ד גולן", "משרד עו״ד גולן"));
    EXPECT_TRUE(finds("גורג", "ג'ורג' סמי"));
    EXPECT_TRUE(finds("ג׳ורג׳", "ג'ורג' סמי"));
    EXPECT_TRUE(finds("תל אביב", "מסעדת תל-אביב"));
    EXPECT_TRUE(finds("תל-אביב", "תל אביב הפקות"));
    EXPECT_TRUE(finds("תלאביב", "מסעדת תל-אביב"));
    // Marks only are nothing to look for; they never match everyone.
    EXPECT_TRUE(names("\"").empty());
    EXPECT_TRUE(names("- -").empty());
}

TEST_F(Search, FullAndDefectiveSpellingMatchAndAreMarked)
{
    clients().add(person("דוד", "אלי"));
    clients().add(person("חים", "רון"));
    clients().add(person("שולמית", "בר"));
    clients().add(person("לווי", "גיל"));
    clients().add(person("שֻׁלַמִּית", "נוי")); // with niqqud

    EXPECT_EQ(how("דויד", "דוד אלי"), SearchMatch::Forgiving);
    EXPECT_EQ(how("חיים", "חים רון"), SearchMatch::Forgiving);
    EXPECT_EQ(how("שלמית", "שולמית בר"), SearchMatch::Forgiving);
    EXPECT_EQ(how("שלמית", "שֻׁלַמִּית נוי"), SearchMatch::NameStart); // niqqud is no spelling
    EXPECT_EQ(how("לוי", "לווי גיל"), SearchMatch::Forgiving);
    // An exact match is not also listed as a forgiving one.
    EXPECT_EQ(names("שולמית"), (std::vector<std::string>{"שולמית בר", "שֻׁלַמִּית נוי"}));
}

TEST_F(Search, LatinFindsHebrewAndHebrewFindsLatin)
{
    clients().add(person("כהן", "דנה"));
    clients().add(person("לוי", "יעל"));
    clients().add(person("משה", "בן"));
    clients().add(person("יצחק", "רז"));
    clients().add(person("Levy", "Dana"));

    for (const char* typed : {"cohen", "kohen", "kohn", "Cohen"}) EXPECT_TRUE(finds(typed, "כהן דנה")) << typed;
    for (const char* typed : {"levi", "levy"}) EXPECT_TRUE(finds(typed, "לוי יעל")) << typed;
    EXPECT_TRUE(finds("moshe", "משה בן"));
    for (const char* typed : {"yitzhak", "itzhak"}) EXPECT_TRUE(finds(typed, "יצחק רז")) << typed;
    EXPECT_TRUE(finds("לוי", "Levy Dana"));
    EXPECT_EQ(how("לוי", "Levy Dana"), SearchMatch::Forgiving);
    EXPECT_FALSE(finds("cohen", "לוי יעל"));
}

TEST_F(Search, NumbersByTheirBeginningAndInside)
{
    auto c = clients().add(person("ברק", "עדי"));
    clients().addPhone(c.id, PhoneType::Mobile, "050-234 5678");
    Case k;
    k.clientId = c.id;
    k.subject = "תביעה";
    k.courtNumber = "12345-01-24";
    services::CaseService(*office_).add(k);

    EXPECT_TRUE(finds("050-23", "ברק עדי"));
    EXPECT_TRUE(finds("0502345678", "ברק עדי"));
    EXPECT_TRUE(finds("+972 50 234", "ברק עדי"));
    EXPECT_EQ(how("2345678", "ברק עדי"), SearchMatch::Inside);
    EXPECT_TRUE(finds("12345-01", "ברק עדי"));
    EXPECT_TRUE(finds("ברק 050", "ברק עדי"));
    EXPECT_FALSE(finds("051", "ברק עדי"));
}

TEST_F(Search, PagesFollowOneAnotherAcrossKindsAndTheCountStopsAtItsCap)
{
    for (int i = 0; i < 6; ++i) clients().add(person("כהן", "א" + std::string(i % 2 ? "ב" : "ג") + std::to_string(i)));
    for (int i = 0; i < 4; ++i) clients().add(person("לוי", "כהן" + std::to_string(i)));
    for (int i = 0; i < 3; ++i) clients().add(person("Cohen", "X" + std::to_string(i)));

    const auto all = clients().find("כהן", 0, 100);
    ASSERT_EQ(all.size(), 13u);
    std::vector<int64_t> paged;
    for (int64_t offset = 0; offset < 15; offset += 4)
        for (const auto& c : clients().find("כהן", offset, 4)) paged.push_back(c.id);
    std::vector<int64_t> whole;
    for (const auto& c : all) whole.push_back(c.id);
    EXPECT_EQ(paged, whole);

    EXPECT_EQ(clients().countMatches("כהן").count, 13);
    EXPECT_FALSE(clients().countMatches("כהן").more);
    const auto capped = clients().countMatches("כהן", 8);
    EXPECT_EQ(capped.count, 8);
    EXPECT_TRUE(capped.more);
    EXPECT_EQ(clients().countMatches("").count, 13);
}

TEST_F(Search, ARenamedClientIsFoundByItsNewNameOnly)
{
    auto c = clients().add(person("כהן", "משה"));
    c.lastName = "ברגר";
    clients().update(c);
    EXPECT_FALSE(finds("כהן", "ברגר משה"));
    EXPECT_EQ(how("ברגר", "ברגר משה"), SearchMatch::NameStart);
    EXPECT_EQ(how("berger", "ברגר משה"), SearchMatch::Forgiving);
}
