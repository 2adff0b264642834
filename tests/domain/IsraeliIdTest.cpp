#include "domain/IsraeliId.h"

#include <gtest/gtest.h>

using praklit::IsraeliId;

TEST(IsraeliId, AcceptsValidNumbersAndPadsThem)
{
    ASSERT_TRUE(IsraeliId::parse("039337423"));
    EXPECT_EQ(IsraeliId::parse("39337423")->digits(), "039337423");
    EXPECT_EQ(IsraeliId::parse("03933742-3")->digits(), "039337423");
    EXPECT_EQ(IsraeliId::parse(" 039 337 423 ")->digits(), "039337423");
    EXPECT_EQ(IsraeliId::parse("51-617915-7")->digits(), "516179157");
    // A sign is not a separator: -123456782 passes the check digit but is no ID.
    EXPECT_FALSE(IsraeliId::parse("-123456782"));
    EXPECT_FALSE(IsraeliId::parse("123456782-"));
    EXPECT_FALSE(IsraeliId::parse("12--3456782"));
}

TEST(IsraeliId, RefusesAWrongCheckDigit)
{
    for (const char* bad : {"039337424", "039337420", "123456789", "000000000", "", "abc", "0393374231", "03933742x"})
        EXPECT_FALSE(IsraeliId::parse(bad)) << bad;
}

TEST(IsraeliId, CompanyNumbersUseTheSameCheckAndStartWithFive)
{
    const auto company = IsraeliId::parse("516179157");
    ASSERT_TRUE(company);
    EXPECT_TRUE(company->isCompanyNumber());
    EXPECT_FALSE(IsraeliId::parse("039337423")->isCompanyNumber());
    EXPECT_FALSE(IsraeliId::parse("516179158"));
}

TEST(IsraeliId, CheckDigitForCompletesEightDigits)
{
    EXPECT_EQ(IsraeliId::checkDigitFor("03933742"), '3');
    EXPECT_EQ(IsraeliId::checkDigitFor("51617915"), '7');
    for (int i = 0; i < 1000; ++i) {
        std::string eight = std::to_string(10000000 + i * 7919);
        EXPECT_TRUE(IsraeliId::checkDigitValid(eight + IsraeliId::checkDigitFor(eight))) << eight;
    }
}
