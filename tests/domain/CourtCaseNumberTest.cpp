#include "domain/CourtCaseNumber.h"

#include <gtest/gtest.h>

using praklit::CourtCaseNumber;

TEST(CourtCaseNumber, NewForm)
{
    const auto n = CourtCaseNumber::parse("ת\"א 3036-11-17");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->proceedingType(), "ת\"א");
    EXPECT_EQ(n->serial(), "3036");
    EXPECT_EQ(n->month(), 11);
    EXPECT_EQ(n->year(), 17);
    EXPECT_EQ(n->number(), "3036-11-17");
    EXPECT_EQ(n->text(), "ת\"א 3036-11-17");
    EXPECT_EQ(CourtCaseNumber::parse("12345-01-24")->number(), "12345-01-24");
}

TEST(CourtCaseNumber, OldAndSupremeCourtForm)
{
    const auto n = CourtCaseNumber::parse("רע\"א 2904/14");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->proceedingType(), "רע\"א");
    EXPECT_EQ(n->month(), 0);
    EXPECT_EQ(n->number(), "2904/14");
}

TEST(CourtCaseNumber, RefusesWhatIsNotANumber)
{
    for (const char* bad : {"", "abc", "3036-13-17", "3036-11", "3036/1", "12345-01-2024", "1234567-01-24"})
        EXPECT_FALSE(CourtCaseNumber::parse(bad)) << bad;
}

TEST(CourtCaseNumber, EveryCommonProceedingTypeInBothFormsAndWithHebrewGershayim)
{
    for (const auto type : CourtCaseNumber::commonProceedingTypes()) {
        const std::string t(type);
        const auto fresh = CourtCaseNumber::parse(t + " 3036-11-17");
        ASSERT_TRUE(fresh) << t;
        EXPECT_EQ(fresh->proceedingType(), t);
        EXPECT_EQ(fresh->number(), "3036-11-17");
        const auto old = CourtCaseNumber::parse(t + " 2904/14");
        ASSERT_TRUE(old) << t;
        EXPECT_EQ(old->proceedingType(), t);
        EXPECT_EQ(old->month(), 0);
        EXPECT_EQ(old->year(), 14);
        // The same type typed with the Hebrew gershayim (U+05F4) and geresh (U+05F3).
        std::string hebrew = t;
        for (auto at = hebrew.find('"'); at != std::string::npos; at = hebrew.find('"', at)) hebrew.replace(at, 1, "\u05F4");
        const auto typed = CourtCaseNumber::parse(hebrew + " 3036-11-17");
        ASSERT_TRUE(typed) << hebrew;
        EXPECT_EQ(typed->proceedingType(), t);
    }
}

TEST(CourtCaseNumber, RefusesAProceedingTypeThatIsNotHebrewAndMalformedNumbers)
{
    for (const char* bad : {"abc 3036-11-17", "ta 2904/14", "ת\"א 3036-00-17", "ת\"א 3036-11-1", "ת\"א 30361117",
                            "ת\"א 3036--11-17", "ת\"א -11-17", "ת\"א 2904/", "3036-11-17 ת\"א"})
        EXPECT_FALSE(CourtCaseNumber::parse(bad)) << bad;
}
