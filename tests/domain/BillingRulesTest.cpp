#include "domain/Charge.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/Rounding.h"
#include "domain/Timer.h"
#include "domain/TransactionAccount.h"
#include "text/Amount.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Language.h"
#include "text/Timestamp.h"

#include <functional>
#include <gtest/gtest.h>

using namespace praklit;
using namespace std::chrono;

TEST(Rounding, EveryUnitUpAndNearestAtTheBoundaries)
{
    struct Case {
        int unit;
        RoundingMode mode;
        int64_t seconds;
        int64_t billed;
    };
    const Case cases[] = {
        {0, RoundingMode::Up, 61, 61},       {0, RoundingMode::Nearest, 1, 1},
        {1, RoundingMode::Up, 60, 60},       {1, RoundingMode::Up, 61, 120},     {1, RoundingMode::Nearest, 89, 60},
        {1, RoundingMode::Nearest, 90, 120}, {5, RoundingMode::Up, 1, 300},      {5, RoundingMode::Up, 300, 300},
        {5, RoundingMode::Up, 301, 600},     {5, RoundingMode::Nearest, 149, 0}, {5, RoundingMode::Nearest, 150, 300},
        {6, RoundingMode::Up, 1, 360},       {6, RoundingMode::Up, 360, 360},    {6, RoundingMode::Up, 361, 720},
        {6, RoundingMode::Nearest, 179, 0},  {6, RoundingMode::Nearest, 180, 360}, {6, RoundingMode::Nearest, 539, 360},
        {6, RoundingMode::Nearest, 540, 720}, {10, RoundingMode::Up, 601, 1200}, {10, RoundingMode::Nearest, 899, 600},
        {10, RoundingMode::Nearest, 900, 1200}, {15, RoundingMode::Up, 900, 900}, {15, RoundingMode::Up, 901, 1800},
        {15, RoundingMode::Nearest, 1349, 900}, {15, RoundingMode::Nearest, 1350, 1800}, {6, RoundingMode::Up, 0, 0}};
    for (const auto& c : cases)
        EXPECT_EQ((Rounding{c.unit, c.mode}.billedSeconds(c.seconds)), c.billed)
            << c.unit << " " << toString(c.mode) << " " << c.seconds;
    for (int unit : {0, 1, 5, 6, 10, 15}) EXPECT_TRUE(validRoundingUnit(unit));
    for (int unit : {2, 3, 7, 30, -1}) EXPECT_FALSE(validRoundingUnit(unit));
}

TEST(Rates, CaseOverClientOverUser)
{
    EXPECT_EQ(effectiveRate(50000, 40000, 30000), 50000);
    EXPECT_EQ(effectiveRate(std::nullopt, 40000, 30000), 40000);
    EXPECT_EQ(effectiveRate(std::nullopt, std::nullopt, 30000), 30000);
    EXPECT_EQ(effectiveRate(std::nullopt, std::nullopt, std::nullopt), 0);
    EXPECT_EQ(effectiveRate(0, 40000, 30000), 0) << "a case set to no charge stays free";
}

TEST(Rates, AmountIsBilledHoursTimesRateInAgorot)
{
    EXPECT_EQ(timeAmountAgorot(360, 60000), 6000);   // 0.1 h × ₪600 = ₪60
    EXPECT_EQ(timeAmountAgorot(3600, 45050), 45050);
    EXPECT_EQ(timeAmountAgorot(60, 10001), 167);     // 166.68… rounds to 167 agorot
    EXPECT_EQ(timeAmountAgorot(0, 50000), 0);
    EXPECT_EQ(mulDivRound(-5, 1, 2), -3);
    EXPECT_EQ(mulDivRound(INT64_MAX / 2, 2, 2), INT64_MAX / 2);
}

TEST(Money, ParsesWhatPeopleType)
{
    using text::parseAgorot;
    EXPECT_EQ(parseAgorot("1234.5"), 123450);
    EXPECT_EQ(parseAgorot("1,234.50"), 123450);
    EXPECT_EQ(parseAgorot("1,234,567"), 123456700);
    EXPECT_EQ(parseAgorot("₪ 17"), 1700);
    EXPECT_EQ(parseAgorot("₪1,234"), 123400);
    EXPECT_EQ(parseAgorot("1,234 ש\"ח"), 123400);
    EXPECT_EQ(parseAgorot("-17.5", true), -1750);
    EXPECT_EQ(parseAgorot("-₪50", true), -5000);
    EXPECT_EQ(parseAgorot("0.05"), 5);
    EXPECT_FALSE(parseAgorot("-17.5")) << "a sign only where one is allowed";
    EXPECT_FALSE(parseAgorot("1.234"));
    EXPECT_FALSE(parseAgorot("abc"));
    EXPECT_FALSE(parseAgorot(""));
    EXPECT_FALSE(parseAgorot("1 234"));
    EXPECT_FALSE(parseAgorot("1.2.3"));
    EXPECT_FALSE(parseAgorot("99999999999999999999"));
}

TEST(Money, ACommaThatIsNotAThousandsSeparatorIsRefusedNotDropped)
{
    for (const char* typed : {"1,5", "12,34", "1,2345", "1,234,5", ",123", "1,,234", "1234,567", "1.5,0"})
        EXPECT_EQ(text::parseDecimal(typed, 2).problem, text::NumberProblem::Ambiguous) << typed;
    try {
        agorotFromText("1,5", MoneyField::Amount);
        FAIL() << "1,5 was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_NE(std::string(e.what()).find("1,234.50"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("1.5"), std::string::npos) << e.what();
    }
}

TEST(Money, WhatFormatMoneyWritesReadsBack)
{
    for (const auto language : {text::Language::Hebrew, text::Language::English}) {
        text::setUpLanguage(language, {});
        for (const int64_t agorot : {int64_t{0}, int64_t{5}, int64_t{123450}, int64_t{-1705}, kMaxAmountAgorot}) {
            EXPECT_EQ(text::parseAgorot(text::formatMoney(agorot), true), agorot) << text::formatMoney(agorot);
            EXPECT_EQ(text::parseAgorot(text::plainAmount(agorot), true), agorot) << text::plainAmount(agorot);
        }
    }
    text::setUpLanguage(text::Language::English, {});
}

namespace {
std::string refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        return text::withoutBidiControls(e.what());
    }
    ADD_FAILURE() << "accepted";
    return {};
}
} // namespace

TEST(Money, EveryAmountHasABoundAndTheSentenceSaysWhatIsWrong)
{
    text::setUpLanguage(text::Language::English, {});
    EXPECT_EQ(agorotFromText("1,000,000,000", MoneyField::Amount), kMaxAmountAgorot);
    EXPECT_NE(refusal([] { agorotFromText("1,000,000,000.01", MoneyField::Amount); }).find("cannot be more than"),
              std::string::npos);
    EXPECT_NE(refusal([] { agorotFromText("100000000000000000", MoneyField::Amount); }).find("cannot be more than"),
              std::string::npos);
    EXPECT_NE(refusal([] { agorotFromText("92233720368547758.07", MoneyField::Amount); }).find("cannot be more than"),
              std::string::npos);
    EXPECT_NE(refusal([] { agorotFromText("99999999999999999", MoneyField::HourlyRate); }).find("cannot be more than"),
              std::string::npos);
    EXPECT_NE(refusal([] { agorotFromText("0", MoneyField::Amount); }).find("more than zero"), std::string::npos);
    EXPECT_NE(refusal([] { agorotFromText("-5", MoneyField::HourlyRate); }).find("negative"), std::string::npos);
    EXPECT_EQ(agorotFromText("0", MoneyField::HourlyRate), 0) << "a rate of zero: no charge";
    EXPECT_NE(refusal([] { secondsFromMinutesText("100001"); }).find("cannot be more than"), std::string::npos);
    EXPECT_NE(refusal([] { secondsFromMinutesText("0"); }).find("more than zero"), std::string::npos);
    EXPECT_NE(refusal([] { secondsFromMinutesText("1e3"); }).find("not a number of minutes"), std::string::npos);
    EXPECT_EQ(secondsFromMinutesText("100000"), kMaxMinutes * 60);
    EXPECT_EQ(secondsFromMinutesText("12.5"), 750) << "decimals are exact, not a double";
    EXPECT_EQ(secondsFromMinutesText("0.01"), 1);
    EXPECT_EQ(basisPointsFromText("18"), 1800);
    EXPECT_EQ(basisPointsFromText("17.5%"), 1750);
    EXPECT_NE(refusal([] { basisPointsFromText("101"); }).find("between 0% and 100%"), std::string::npos);
}

TEST(Money, SumsAreCheckedNotWrapped)
{
    EXPECT_EQ(addAgorot(kMaxAmountAgorot, kMaxAmountAgorot), 2 * kMaxAmountAgorot);
    refusal([] { addAgorot(INT64_MAX, 1); });
    refusal([] { subtractAgorot(INT64_MIN, 1); });
    refusal([] { mulDivRound(INT64_MAX, 2, 1); });
    TransactionAccount a;
    a.vatBasisPoints = 1800;
    refusal([&] { computeTotals(a, {{INT64_MAX, false}, {INT64_MAX, false}}); });
    computeTotals(a, {{kMaxAmountAgorot, false}, {kMaxAmountAgorot, true}});
    EXPECT_EQ(a.subtotalAgorot, 2 * kMaxAmountAgorot);
    EXPECT_EQ(a.totalAgorot, 2 * kMaxAmountAgorot + kMaxAmountAgorot * 18 / 100);
}

TEST(Hours, OneRuleForScreenPaperAndFiles)
{
    text::setUpLanguage(text::Language::English, {});
    EXPECT_EQ(text::formatHours(450), "0.13") << "0.125 h rounds half up";
    EXPECT_EQ(text::formatHours(449), "0.12");
    EXPECT_EQ(text::formatHours(5400), "1.50");
    EXPECT_EQ(text::formatHours(0), "0.00");
    EXPECT_EQ(text::formatHours(3600 * 1234 + 1800), "1,234.50");
    EXPECT_EQ(text::hundredthsOfHour(450), 13);
}

TEST(Charges, VatExemptionIsForExpensesOnly)
{
    Charge c;
    c.kind = ChargeKind::Fixed;
    c.chargedOn = "2026-01-05";
    c.description = "שכר טרחה";
    c.amountAgorot = 100000;
    c.vatExempt = true;
    EXPECT_NE(refusal([&] { validated(c); }).find("Only an expense"), std::string::npos);
    c.kind = ChargeKind::Expense;
    EXPECT_TRUE(validated(c).vatExempt);
}

TEST(Timer, ElapsedAcrossTheDaylightSavingChangeIsRealTime)
{
    // Israel moved clocks forward at 02:00 on Friday 27 March 2026 (00:00 UTC).
    Timer t;
    t.runningSince = *text::parseTimestamp("2026-03-26 23:30:00+00"); // 01:30 Israel time
    const auto later = *text::parseTimestamp("2026-03-27 00:30:00+00"); // 03:30 Israel time, one real hour
    EXPECT_EQ(duration_cast<minutes>(t.elapsed(later)).count(), 60);
    EXPECT_EQ(text::toIsraelIso(*t.runningSince), "2026-03-27T01:30:00+02:00");
    EXPECT_EQ(text::toIsraelIso(later), "2026-03-27T03:30:00+03:00");
    // And back in October: two hours on the clock face, but 3 real hours.
    Timer autumn;
    autumn.runningSince = *text::parseTimestamp("2026-10-24 22:00:00+00");
    EXPECT_EQ(duration_cast<minutes>(autumn.elapsed(*text::parseTimestamp("2026-10-25 01:00:00+00"))).count(), 180);
    t.accumulated = minutes(90);
    t.runningSince.reset();
    EXPECT_EQ(formatElapsed(t.elapsed(later)), "01:30:00");
    EXPECT_EQ(formatElapsed(hours(27) + seconds(5)), "27:00:05");
}
