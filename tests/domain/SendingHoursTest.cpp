#include "domain/Error.h"
#include "domain/IsraeliCalendar.h"
#include "domain/SendingHours.h"

#include <gtest/gtest.h>

using namespace praklit;

namespace {

text::Timestamp israel(const char* wallClock) { return *text::parseIsraelTime(wallClock); }
text::Timestamp utc(const char* databaseText) { return *text::parseTimestamp(databaseText); }

} // namespace

TEST(IsraeliCalendar, RoshHashanaIsTwoDays)
{
    EXPECT_EQ(israeliHoliday("2026-09-11"), std::nullopt);
    EXPECT_EQ(israeliHoliday("2026-09-12"), IsraeliHoliday::RoshHashana);
    EXPECT_EQ(israeliHoliday("2026-09-13"), IsraeliHoliday::RoshHashana);
    EXPECT_EQ(israeliHoliday("2026-09-14"), std::nullopt);
}

TEST(IsraeliCalendar, TheOtherHolidays)
{
    EXPECT_EQ(israeliHoliday("2026-09-21"), IsraeliHoliday::YomKippur);
    EXPECT_EQ(israeliHoliday("2026-09-26"), IsraeliHoliday::Sukkot);
    EXPECT_EQ(israeliHoliday("2026-10-03"), IsraeliHoliday::SheminiAtzeret);
    EXPECT_EQ(israeliHoliday("2027-04-22"), IsraeliHoliday::Passover);
    EXPECT_EQ(israeliHoliday("2027-04-28"), IsraeliHoliday::PassoverSeventh);
    EXPECT_EQ(israeliHoliday("2026-05-22"), IsraeliHoliday::Shavuot);
    EXPECT_FALSE(holidayName(IsraeliHoliday::Passover).empty());
}

TEST(IsraeliCalendar, IndependenceDayMovesAsTheLawMovesIt)
{
    // 5 Iyar 5786 is a Wednesday: it stays.
    EXPECT_EQ(weekday("2026-04-22"), 3);
    EXPECT_EQ(israeliHoliday("2026-04-22"), IsraeliHoliday::IndependenceDay);
    // 5 Iyar 5784 was a Monday (2024-05-13): Tuesday 6 Iyar.
    EXPECT_EQ(israeliHoliday("2024-05-13"), std::nullopt);
    EXPECT_EQ(israeliHoliday("2024-05-14"), IsraeliHoliday::IndependenceDay);
    // 5 Iyar 5785 was a Saturday (2025-05-03): Thursday 3 Iyar.
    EXPECT_EQ(israeliHoliday("2025-05-01"), IsraeliHoliday::IndependenceDay);
    EXPECT_EQ(israeliHoliday("2025-05-03"), std::nullopt);
    // 5 Iyar 5789 is a Friday (2029-04-20): Thursday 4 Iyar.
    EXPECT_EQ(israeliHoliday("2029-04-19"), IsraeliHoliday::IndependenceDay);
    EXPECT_EQ(israeliHoliday("2029-04-20"), std::nullopt);
}

TEST(IsraeliCalendar, APlainWeekdayIsNoHoliday)
{
    EXPECT_EQ(israeliHoliday("2026-11-26"), std::nullopt);
    EXPECT_EQ(weekday("2026-11-26"), 4); // Thursday
    EXPECT_EQ(weekday("2026-11-22"), 0);
    EXPECT_EQ(weekday("2026-11-28"), 6);
    EXPECT_EQ(israeliHoliday("2026-02-30"), std::nullopt);
}

TEST(SendingHours, OpenOnSundayMorning)
{
    const SendingHours hours;
    EXPECT_TRUE(hours.allows(israel("2026-11-22 10:00")));
    EXPECT_TRUE(hours.allows(israel("2026-11-22 08:00")));
    EXPECT_FALSE(hours.allows(israel("2026-11-22 07:59")));
    EXPECT_FALSE(hours.allows(israel("2026-11-22 21:00")));
    // 10:00 in summer is 07:00 UTC: the hours are Israel's.
    EXPECT_TRUE(hours.allows(utc("2026-07-05 07:00:00+00")));
    EXPECT_FALSE(hours.allows(utc("2026-07-05 04:30:00+00")));
}

TEST(SendingHours, ClosedFridayAfternoonShabbatAndHolidays)
{
    SendingHours hours;
    EXPECT_TRUE(hours.allows(israel("2026-11-27 12:59")));
    EXPECT_FALSE(hours.allows(israel("2026-11-27 14:00")));
    EXPECT_FALSE(hours.allows(israel("2026-11-28 10:00")));
    EXPECT_FALSE(hours.allows(israel("2026-09-21 10:00"))); // Yom Kippur, a Monday
    hours.closedOnHolidays = false;
    EXPECT_TRUE(hours.allows(israel("2026-09-21 10:00")));
}

TEST(SendingHours, NextOpeningAfterFridayIsSundayMorning)
{
    const SendingHours hours;
    EXPECT_EQ(hours.nextOpening(israel("2026-11-27 14:00")), israel("2026-11-29 08:00"));
    EXPECT_EQ(hours.nextOpening(israel("2026-11-27 14:00")), utc("2026-11-29 06:00:00+00"));
    // Across the end of daylight saving (Sunday 2026-10-25, 02:00): 08:00 is
    // then 06:00 UTC, where on Friday 14:00 was 11:00 UTC.
    EXPECT_EQ(hours.nextOpening(utc("2026-10-23 11:00:00+00")), utc("2026-10-25 06:00:00+00"));
    // In summer 08:00 is 05:00 UTC.
    EXPECT_EQ(hours.nextOpening(israel("2026-07-03 14:00")), utc("2026-07-05 05:00:00+00"));
    // Shabbat, then the second day of Rosh Hashana: Monday.
    EXPECT_EQ(hours.nextOpening(israel("2026-09-11 14:00")), israel("2026-09-14 08:00"));
    // Inside the hours it is now; before them, when they open.
    EXPECT_EQ(hours.nextOpening(israel("2026-11-22 10:00")), israel("2026-11-22 10:00"));
    EXPECT_EQ(hours.nextOpening(israel("2026-11-22 06:30")), israel("2026-11-22 08:00"));
}

TEST(SendingHours, NoOpenDayHasNoOpening)
{
    SendingHours hours;
    for (auto& day : hours.days) day.open = false;
    EXPECT_EQ(hours.nextOpening(israel("2026-11-22 10:00")), std::nullopt);
}

TEST(SendingHours, StringRoundTrip)
{
    const SendingHours defaults;
    EXPECT_EQ(toString(defaults),
              "08:00-21:00;08:00-21:00;08:00-21:00;08:00-21:00;08:00-21:00;08:00-13:00;-;holidays");
    EXPECT_EQ(parseSendingHours(toString(defaults)), defaults);

    SendingHours custom;
    custom.days[0] = {true, 0, 24 * 60};
    custom.days[6] = {true, 20 * 60 + 30, 23 * 60 + 45};
    custom.days[5] = {};
    custom.closedOnHolidays = false;
    EXPECT_EQ(toString(custom), "00:00-24:00;08:00-21:00;08:00-21:00;08:00-21:00;08:00-21:00;-;20:30-23:45;no-holidays");
    EXPECT_EQ(parseSendingHours(toString(custom)), custom);

    for (const char* bad : {"", "08:00-21:00;holidays", "8:00-21:00;-;-;-;-;-;-;holidays",
                            "21:00-08:00;-;-;-;-;-;-;holidays", "08:00-25:00;-;-;-;-;-;-;holidays",
                            "-;-;-;-;-;-;-;sometimes", "-;-;-;-;-;-;-;-;holidays"})
        EXPECT_EQ(parseSendingHours(bad), std::nullopt) << bad;
}

TEST(SendingHours, OutOfOrderHoursAreRefused)
{
    SendingHours hours;
    hours.days[2] = {true, 21 * 60, 8 * 60};
    try {
        validated(hours);
        ADD_FAILURE();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    }
    hours.days[2] = {true, 8 * 60, 25 * 60};
    EXPECT_THROW(validated(hours), Error);
    EXPECT_NO_THROW(validated(SendingHours{}));
}
