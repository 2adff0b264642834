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
