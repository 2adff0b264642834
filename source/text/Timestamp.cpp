#include "text/Timestamp.h"

#include <cstdio>
#include <memory>
#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <vector>

#include <algorithm>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <cstdio>
#include <memory>
#include <unicode/timezone.h>

namespace praklit::text {

using namespace std::chrono;

namespace {

const boost::posix_time::ptime kEpoch(boost::gregorian::date(1970, 1, 1));

Timestamp fromPtime(const boost::posix_time::ptime& t)
{
    return Timestamp(microseconds((t - kEpoch).total_microseconds()));
}

boost::posix_time::ptime toPtime(Timestamp t)
{
    return kEpoch + boost::posix_time::microseconds(t.time_since_epoch().count());
}

// Offset of Asia/Jerusalem from UTC at instant t, from ICU's zone data.
minutes israelOffset(Timestamp t)
{
    thread_local std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone("Asia/Jerusalem"));
    int32_t raw = 0, dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    const double millis = static_cast<double>(duration_cast<milliseconds>(t.time_since_epoch()).count());
    zone->getOffset(millis, false, raw, dst, status);
    return duration_cast<minutes>(milliseconds(raw + dst));
}

} // namespace

Timestamp now() { return time_point_cast<microseconds>(system_clock::now()); }

std::string toDatabaseText(Timestamp t)
{
    auto text = boost::posix_time::to_iso_extended_string(toPtime(t)); // 2026-11-26T14:41:04.123456
    text[10] = ' ';
    if (text.size() == 19) text += ".000000";
    return text + "+00";
}

std::optional<Timestamp> parseTimestamp(std::string_view text)
{
    if (text.size() < 19) return std::nullopt;
    std::string body(text);
    int offsetMinutes = 0;
    // Trailing zone: Z, +HH, +HH:MM, +HHMM, -…
    if (body.back() == 'Z' || body.back() == 'z') {
        body.pop_back();
    } else {
        const auto sign = body.find_last_of("+-");
        if (sign != std::string::npos && sign >= 19) {
            const std::string zone = body.substr(sign + 1);
            int hh = 0, mm = 0;
            if (std::sscanf(zone.c_str(), "%2d:%2d", &hh, &mm) < 1 &&
                std::sscanf(zone.c_str(), "%2d%2d", &hh, &mm) < 1)
                return std::nullopt;
            offsetMinutes = (hh * 60 + mm) * (body[sign] == '-' ? -1 : 1);
            body.resize(sign);
        }
    }
    if (body[10] == 'T' || body[10] == 't') body[10] = ' ';
    try {
        const auto parsed = boost::posix_time::time_from_string(body);
        if (parsed.is_special()) return std::nullopt;
        return fromPtime(parsed) - minutes(offsetMinutes);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::optional<Timestamp> parseIsraelTime(std::string_view text)
{
    const std::string body(text);
    const bool hasZone = body.size() > 19 && (body.back() == 'Z' || body.find_last_of("+-") >= 19);
    if (hasZone) return parseTimestamp(text);
    std::string padded = body;
    if (padded.size() == 16) padded += ":00";
    if (padded.size() != 19) return std::nullopt;
    const auto wall = parseTimestamp(padded + "+00"); // the wall clock read as if it were UTC
    if (!wall) return std::nullopt;
    // The offset in force at that wall time: try the offset at the instant one
    // offset earlier, which is right except inside the skipped DST hour.
    const auto first = israelOffset(*wall);
    const auto offset = israelOffset(*wall - first);
    return *wall - offset;
}

std::string toIsraelIso(Timestamp t)
{
    const auto offset = israelOffset(t);
    const auto local = floor<seconds>(t + offset);
    auto text = boost::posix_time::to_iso_extended_string(toPtime(time_point_cast<microseconds>(local)));
    // Israel's offsets are whole hours; clamped so the field is always ±HH:MM.
    const int total = std::clamp(static_cast<int>(offset.count()), -23 * 60, 23 * 60);
    char zone[8];
    std::snprintf(zone, sizeof zone, "%c%02d:%02d", total < 0 ? '-' : '+', std::abs(total) / 60 % 24, std::abs(total) % 60);
    return text.substr(0, 19) + zone;
}

bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
    try {
        return !boost::gregorian::from_simple_string(std::string(text)).is_special();
    } catch (const std::exception&) {
        return false;
    }
}

std::optional<std::string> readDate(std::string_view typed)
{
    std::string t(typed);
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    if (isIsoDate(t)) return t;
    // Three runs of digits, day first, parted by one kind of mark.
    std::vector<std::string> parts(1);
    char mark = 0;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            parts.back().push_back(c);
        } else if ((c == '/' || c == '.' || c == '-') && (mark == 0 || mark == c) && !parts.back().empty()) {
            mark = c;
            parts.emplace_back();
        } else {
            return std::nullopt;
        }
    }
    if (parts.size() != 3 || parts[0].size() > 2 || parts[1].size() > 2 || parts[2].empty() || parts[1].empty() ||
        (parts[2].size() != 2 && parts[2].size() != 4))
        return std::nullopt;
    int year = std::stoi(parts[2]);
    if (parts[2].size() == 2) year += year < 70 ? 2000 : 1900;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, std::stoi(parts[1]), std::stoi(parts[0]));
    if (!isIsoDate(iso)) return std::nullopt;
    return std::string(iso);
}

std::string hebrewCalendarDate(const std::string& isoDate)
{
    if (!isIsoDate(isoDate)) return {};
    thread_local std::unique_ptr<icu::DateFormat> format = [] {
        std::unique_ptr<icu::DateFormat> f(
            icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale("he_IL@calendar=hebrew;numbers=hebr")));
        if (f) f->setTimeZone(*icu::TimeZone::getGMT());
        return f;
    }();
    if (!format) return {};
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar day(icu::TimeZone::getGMT()->clone(), status);
    day.set(std::stoi(isoDate.substr(0, 4)), std::stoi(isoDate.substr(5, 2)) - 1, std::stoi(isoDate.substr(8, 2)), 12, 0, 0);
    const UDate when = day.getTime(status);
    if (U_FAILURE(status)) return {};
    icu::UnicodeString out;
    format->format(when, out);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

std::string israelDate(Timestamp t) { return toIsraelIso(t).substr(0, 10); }

std::string israelToday() { return israelDate(now()); }

std::string nextDay(const std::string& isoDate)
{
    const auto day = boost::gregorian::from_simple_string(isoDate) + boost::gregorian::days(1);
    return boost::gregorian::to_iso_extended_string(day);
}

Period israelPeriod(const std::string& fromDate, const std::string& toDate)
{
    // Midnight exists on every Israel day: the clocks change at 02:00.
    // Open ends as instants both databases compare as text or timestamptz alike.
    Period p{*parseTimestamp("1900-01-01 00:00:00+00"), *parseTimestamp("9999-12-31 00:00:00+00")};
    if (!fromDate.empty()) p.from = *parseIsraelTime(fromDate + " 00:00");
    if (!toDate.empty()) p.until = *parseIsraelTime(nextDay(toDate) + " 00:00");
    return p;
}

std::string toIsraelDisplay(Timestamp t)
{
    const auto local = toPtime(time_point_cast<microseconds>(t + israelOffset(t)));
    const auto d = local.date();
    const auto tod = local.time_of_day();
    char out[32];
    std::snprintf(out, sizeof out, "%02d/%02d/%04d %02d:%02d", int(d.day()), int(d.month()), int(d.year()),
                  int(tod.hours()), int(tod.minutes()));
    return out;
}

} // namespace praklit::text
