#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Language.h"
#include "text/LooseSpelling.h"
#include "text/SearchKey.h"
#include "text/Timestamp.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

using namespace praklit::text;

TEST(SearchKey, IgnoresNiqqudAndCantillation)
{
    EXPECT_EQ(searchKey("כֹּהֵן"), searchKey("כהן"));
    EXPECT_EQ(searchKey("מִזְרָחִי"), "מזרחי");
    EXPECT_EQ(searchKey("בְּרֵאשִׁ֖ית"), searchKey("בראשית"));
}

TEST(SearchKey, FoldsFinalLettersGershayimCaseAndSpaces)
{
    EXPECT_EQ(searchKey("ךםןףץ"), "כמנפצ");
    EXPECT_EQ(searchKey("מנכ״ל"), searchKey("מנכ\"ל"));
    EXPECT_EQ(searchKey("ג׳ורג׳"), searchKey("ג'ורג'"));
    EXPECT_EQ(searchKey("  Cohen   MOSHE "), "cohen moshe");
    EXPECT_EQ(searchKey("Crème"), "creme");
    EXPECT_EQ(searchKey("\u2066050-1234567\u2069"), "050-1234567");
}

TEST(CollationKey, HebrewSortsBeforeLatinAndInAlphabetOrder)
{
    std::vector<std::string> names{"Zeta", "תמר", "אבי", "Alpha", "כהן", "בן דוד"};
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return collationKey(a) < collationKey(b); });
    EXPECT_EQ(names, (std::vector<std::string>{"אבי", "בן דוד", "כהן", "תמר", "Alpha", "Zeta"}));
    EXPECT_EQ(collationKey("כֹּהֵן").substr(0, 6), collationKey("כהן").substr(0, 6));
}

TEST(Bidi, IsolatesAndStripsControls)
{
    EXPECT_EQ(ltr("050-1234567"), "\u2066050-1234567\u2069");
    EXPECT_EQ(withoutBidiControls("\u200F\u2066a\u200Eb\u2069\u202Bc"), "abc");
    EXPECT_EQ(withoutBidiControls("שלום"), "שלום");
}

TEST(Timestamp, DatabaseTextRoundTripsAndReadsPostgresForms)
{
    const auto t = parseTimestamp("2026-11-26 14:41:04.123456+00");
    ASSERT_TRUE(t);
    EXPECT_EQ(toDatabaseText(*t), "2026-11-26 14:41:04.123456+00");
    EXPECT_EQ(parseTimestamp("2026-11-26 14:41:04.12+00"), parseTimestamp("2026-11-26T14:41:04.120000Z"));
    EXPECT_EQ(parseTimestamp("2026-11-26 16:41:04+02:00"), parseTimestamp("2026-11-26 14:41:04+00"));
    EXPECT_EQ(toDatabaseText(*parseTimestamp("2026-01-01 00:00:00+00")), "2026-01-01 00:00:00.000000+00");
    EXPECT_FALSE(parseTimestamp("yesterday"));
    EXPECT_FALSE(parseTimestamp("2026-13-01 00:00:00+00"));
}

TEST(Timestamp, IsraelTimeFollowsDaylightSaving)
{
    EXPECT_EQ(toIsraelIso(*parseTimestamp("2026-01-15 10:00:00+00")), "2026-01-15T12:00:00+02:00");
    EXPECT_EQ(toIsraelIso(*parseTimestamp("2026-07-15 10:00:00+00")), "2026-07-15T13:00:00+03:00");
    EXPECT_EQ(toIsraelDisplay(*parseTimestamp("2026-07-15 10:05:00+00")), "15/07/2026 13:05");
}

TEST(Format, CountsAndMoneyInHebrew)
{
    setUpLanguage(Language::Hebrew, "/nonexistent");
    EXPECT_EQ(formatCount(10000), "10,000");
    EXPECT_EQ(formatMoney(123450), "\u200F1,234.50\u00A0\u200F\u20AA");
    EXPECT_TRUE(isRightToLeft(Language::Hebrew));
    EXPECT_FALSE(isRightToLeft(Language::English));
    setUpLanguage(Language::English, "/nonexistent");
    EXPECT_EQ(formatMoney(-1750), "-\u20AA17.50");
}

// The forgiving spellings: two words are one name when they share a form.
namespace {
bool sameName(const std::string& a, const std::string& b)
{
    for (const auto& x : praklit::text::looseSpellings(praklit::text::searchKey(a)))
        for (const auto& y : praklit::text::typedLooseSpellings(praklit::text::searchKey(b)))
            if (x.starts_with(y)) return true;
    return false;
}
} // namespace

TEST(LooseSpelling, FullAndDefectiveSpellingAndDoubledLetters)
{
    EXPECT_TRUE(sameName("דוד", "דויד"));
    EXPECT_TRUE(sameName("דויד", "דוד"));
    EXPECT_TRUE(sameName("חיים", "חים"));
    EXPECT_TRUE(sameName("חים", "חיים"));
    EXPECT_TRUE(sameName("שולמית", "שלמית"));
    EXPECT_TRUE(sameName("שלמית", "שולמית"));
    EXPECT_TRUE(sameName("לוי", "לווי"));
    EXPECT_TRUE(sameName("לווי", "לוי"));
    EXPECT_FALSE(sameName("לוי", "לבנה"));
    EXPECT_FALSE(sameName("דוד", "דן"));
}

TEST(LooseSpelling, IsraeliLatinSpellingsOfHebrewNames)
{
    for (const char* latin : {"cohen", "kohen", "kohn", "Cohen", "COHEN"}) EXPECT_TRUE(sameName("כהן", latin)) << latin;
    for (const char* latin : {"levi", "levy", "Levy"}) EXPECT_TRUE(sameName("לוי", latin)) << latin;
    EXPECT_TRUE(sameName("משה", "moshe"));
    for (const char* latin : {"yitzhak", "itzhak", "yitzchak"}) EXPECT_TRUE(sameName("יצחק", latin)) << latin;
    EXPECT_TRUE(sameName("שרה", "sara"));
    EXPECT_TRUE(sameName("חיים", "chaim"));
    EXPECT_TRUE(sameName("חיים", "haim"));
    EXPECT_TRUE(sameName("אבי", "avi"));
    EXPECT_TRUE(sameName("אילן", "ilan"));
    EXPECT_TRUE(sameName("ישראל", "israel"));
    EXPECT_TRUE(sameName("כץ", "katz"));
    EXPECT_TRUE(sameName("שולמית", "shulamit"));
    // And Hebrew for a name kept in Latin letters.
    EXPECT_TRUE(sameName("cohen", "כהן"));
    EXPECT_TRUE(sameName("levy", "לוי"));
    // Other scripts through ICU's Latin.
    EXPECT_TRUE(sameName("Леви", "levi"));
    EXPECT_FALSE(sameName("כהן", "levi"));
    EXPECT_FALSE(sameName("משה", "moran"));
}

TEST(LooseSpelling, WordsWithDigitsOrOneLetterHaveNone)
{
    EXPECT_TRUE(praklit::text::looseSpellings("050123").empty());
    EXPECT_TRUE(praklit::text::looseSpellings("a1").empty());
    EXPECT_TRUE(praklit::text::looseSpellings("מ").empty());
    EXPECT_TRUE(praklit::text::looseSpellings("").empty());
}

TEST(SearchWords, MarksPartWordsAndGershayimVanish)
{
    using praklit::text::indexWords;
    using praklit::text::searchWords;
    EXPECT_EQ(searchWords("תל-אביב"), (std::vector<std::string>{"תל", "אביב"}));
    EXPECT_EQ(searchWords("בע\"מ"), (std::vector<std::string>{"בעמ"}));
    EXPECT_EQ(searchWords("ג׳ורג׳"), (std::vector<std::string>{"גורג"}));
    EXPECT_EQ(searchWords("050-23"), (std::vector<std::string>{"05023"}));
    EXPECT_EQ(searchWords("+972 50-234"), (std::vector<std::string>{"050234"}));
    EXPECT_EQ(indexWords(praklit::text::searchKey("תל-אביב 2026/15 12345-01-24 moshe.cohen@gmail.co.il")),
              (std::vector<std::string>{"תל", "אביב", "תלאביב", "202615", "123450124", "moshe", "cohen", "gmail", "co"}));
}

TEST(SearchWords, TheCollationRangeOfABeginning)
{
    const auto range = praklit::text::collationPrefixRange("כהנ");
    auto inside = [&](const char* name) {
        const auto key = praklit::text::collationKey(name);
        return key >= range.from && key < range.to;
    };
    EXPECT_TRUE(inside("כהן משה"));
    EXPECT_TRUE(inside("כֹּהֵן"));
    EXPECT_TRUE(inside("כהנא"));
    EXPECT_FALSE(inside("כה"));
    EXPECT_FALSE(inside("כהי"));
    EXPECT_FALSE(inside("לוי כהן"));
}

TEST(Dates, AsAnIsraeliTypesThem)
{
    using praklit::text::readDate;
    for (const char* typed : {"1.12.26", "1/12/2026", "01/12/2026", "1-12-2026", "2026-12-01", " 01.12.2026 "})
        EXPECT_EQ(readDate(typed).value_or("none"), "2026-12-01") << typed;
    EXPECT_EQ(readDate("31/12/99").value_or("none"), "1999-12-31");
    for (const char* typed : {"31/02/2026", "1.13.26", "2026-1-5", "1/12", "1/12/202", "1/12-2026", "abc", "", "12/31/2026"})
        EXPECT_FALSE(readDate(typed)) << typed;
}

TEST(Dates, TheHebrewCalendarDate)
{
    EXPECT_EQ(praklit::text::hebrewCalendarDate("2026-12-01"), "כ״א בכסלו תשפ״ז");
    EXPECT_EQ(praklit::text::hebrewCalendarDate("2026-09-12"), "א׳ בתשרי תשפ״ז");
    EXPECT_EQ(praklit::text::hebrewCalendarDate("not a date"), "");
}
