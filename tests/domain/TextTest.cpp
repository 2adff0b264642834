#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Language.h"
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
