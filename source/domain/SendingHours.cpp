#include "domain/SendingHours.h"

#include "domain/Error.h"
#include "domain/IsraeliCalendar.h"
#include "text/Translate.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace praklit {

namespace {

constexpr int kMinutesInDay = 24 * 60;

struct IsraelWallClock {
    std::string date; // yyyy-mm-dd
    int minute = 0;   // after midnight
};

IsraelWallClock israelWallClock(text::Timestamp t)
{
    const std::string iso = text::toIsraelIso(t); // 2026-11-26T16:41:04+02:00
    return {iso.substr(0, 10), std::stoi(iso.substr(11, 2)) * 60 + std::stoi(iso.substr(14, 2))};
}

std::string clockText(int minute)
{
    char out[8];
    std::snprintf(out, sizeof out, "%02d:%02d", minute / 60 % 100, minute % 60);
    return out;
}

// 24:00 ends a day that is open to midnight: the next day's 00:00.
text::Timestamp israelInstant(const std::string& date, int minute)
{
    if (minute >= kMinutesInDay) return *text::parseIsraelTime(text::nextDay(date) + " 00:00");
    return *text::parseIsraelTime(date + " " + clockText(minute));
}

bool isWithinDay(const DayHours& day)
{
    return day.fromMinute >= 0 && day.untilMinute <= kMinutesInDay;
}

bool isInOrder(const DayHours& day) { return day.fromMinute < day.untilMinute; }


// "HH:MM", strictly: stored text, not typed.
std::optional<int> parseClock(const std::string& text)
{
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (size_t i : {0u, 1u, 3u, 4u})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const int hours = std::stoi(text.substr(0, 2));
    const int minutes = std::stoi(text.substr(3, 2));
    if (minutes > 59) return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace

std::array<DayHours, 7> SendingHours::defaults()
{
    const DayHours workday{true, 8 * 60, 21 * 60};
    return {workday, workday, workday, workday, workday, DayHours{true, 8 * 60, 13 * 60}, DayHours{}};
}

bool SendingHours::allows(text::Timestamp t) const
{
    const auto now = israelWallClock(t);
    const int day = weekday(now.date);
    if (day < 0 || !days[static_cast<size_t>(day)].open) return false;
    if (closedOnHolidays && israeliHoliday(now.date)) return false;
    const auto& hours = days[static_cast<size_t>(day)];
    return now.minute >= hours.fromMinute && now.minute < hours.untilMinute;
}

std::optional<text::Timestamp> SendingHours::nextOpening(text::Timestamp t) const
{
    bool anyOpen = false;
    for (const auto& day : days) anyOpen = anyOpen || (day.open && isInOrder(day));
    if (!anyOpen) return std::nullopt;
    // A bit more than a year: every weekday comes round, and no run of
    // holidays lasts that long.
    std::string date = text::israelDate(t);
    for (int i = 0; i < 400; ++i, date = text::nextDay(date)) {
        const auto& hours = days[static_cast<size_t>(weekday(date))];
        if (!hours.open || !isInOrder(hours) || (closedOnHolidays && israeliHoliday(date))) continue;
        const auto opens = std::max(t, israelInstant(date, hours.fromMinute));
        if (opens < israelInstant(date, hours.untilMinute)) return opens;
    }
    return std::nullopt;
}

std::string toString(const SendingHours& hours)
{
    std::string out;
    for (const auto& day : hours.days) {
        out += day.open ? clockText(day.fromMinute) + "-" + clockText(day.untilMinute) : std::string("-");
        out += ';';
    }
    return out + (hours.closedOnHolidays ? "holidays" : "no-holidays");
}

std::optional<SendingHours> parseSendingHours(const std::string& text)
{
    std::vector<std::string> fields(1);
    for (char c : text) {
        if (c == ';')
            fields.emplace_back();
        else
            fields.back().push_back(c);
    }
    if (fields.size() != 8) return std::nullopt;
    SendingHours hours;
    for (size_t i = 0; i < 7; ++i) {
        const std::string& field = fields[i];
        if (field == "-") {
            hours.days[i] = DayHours{};
            continue;
        }
        if (field.size() != 11 || field[5] != '-') return std::nullopt;
        const auto from = parseClock(field.substr(0, 5));
        const auto until = parseClock(field.substr(6, 5));
        if (!from || !until) return std::nullopt;
        hours.days[i] = DayHours{true, *from, *until};
        if (!isWithinDay(hours.days[i]) || !isInOrder(hours.days[i])) return std::nullopt;
    }
    if (fields[7] == "holidays")
        hours.closedOnHolidays = true;
    else if (fields[7] == "no-holidays")
        hours.closedOnHolidays = false;
    else
        return std::nullopt;
    return hours;
}

SendingHours validated(SendingHours hours)
{
    for (int i = 0; i < 7; ++i) {
        const auto& day = hours.days[static_cast<size_t>(i)];
        if (!day.open) continue;
        if (!isWithinDay(day))
            invalid(text::format(text::tr("The sending hours of {1} must lie between 00:00 and 24:00."), weekdayName(i)),
                    "sending_hours");
        if (!isInOrder(day))
            invalid(text::format(text::tr("The sending hours of {1} must end after they begin."), weekdayName(i)),
                    "sending_hours");
    }
    return hours;
}

} // namespace praklit
