#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace praklit::text {

// Instants are UTC microseconds everywhere below the screen.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

Timestamp now();

// The database form: "2026-11-26 14:41:04.123456+00" — what PostgreSQL prints
// for timestamptz in a UTC session; SQLite stores the same text, so one parser
// reads both and text order is time order.
std::string toDatabaseText(Timestamp t);

// Reads the database form and ISO 8601 variants ('T' or ' ', any fraction,
// "Z", "+00", "+00:00", "+03:00"). nullopt when it is not a time.
std::optional<Timestamp> parseTimestamp(std::string_view text);

// A wall-clock time in Israel ("2026-11-26 14:30", seconds optional), or
// any form parseTimestamp reads when it carries a zone. nullopt otherwise.
std::optional<Timestamp> parseIsraelTime(std::string_view text);

// ISO 8601 in Israel time with its offset: "2026-11-26T16:41:04+02:00".
std::string toIsraelIso(Timestamp t);

// dd/mm/yyyy HH:MM in Israel time, for people.
std::string toIsraelDisplay(Timestamp t);

// A calendar date written yyyy-mm-dd that exists: 2026-02-30 does not.
bool isIsoDate(std::string_view text);
// A date as an Israeli types it, as yyyy-mm-dd: day first, then month and
// year, parted by / . or - (1/12/2026, 01.12.26, 1-12-2026; a two-digit
// year is 20yy below 70 and 19yy from 70), or yyyy-mm-dd. Nothing when it
// is no date that exists.
std::optional<std::string> readDate(std::string_view typed);
// The day in the Hebrew calendar, in Hebrew: 2026-12-01 is כ״א בכסלו תשפ״ז.
std::string hebrewCalendarDate(const std::string& isoDate);
// The date in Israel at instant t, and today's: yyyy-mm-dd.
std::string israelDate(Timestamp t);
std::string israelToday();
// The day after an ISO date.
std::string nextDay(const std::string& isoDate);

// The instants of a period of Israel days, both dates included, for
// comparing stored UTC instants: [00:00 of `from`, 00:00 of the day after
// `to`) in Asia/Jerusalem, each end with the offset of its own day (a period
// across a daylight-saving change is as long as the clocks say). An empty
// date leaves that end open.
struct Period {
    Timestamp from;
    Timestamp until; // exclusive
};
Period israelPeriod(const std::string& fromDate, const std::string& toDate);

} // namespace praklit::text
