#include "domain/IsraeliCalendar.h"

#include "text/Timestamp.h"
#include "text/Translate.h"

#include <memory>
#include <string>
#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace praklit {

namespace {

// ICU's Hebrew months keep their numbers in every year: Adar I (5) is
// skipped in a common year rather than Nisan moving up.
constexpr int kTishrei = 0;
constexpr int kNisan = 7;
constexpr int kIyar = 8;
constexpr int kSivan = 9;

struct CalendarDay {
    int weekday = 0; // 0 = Sunday
    int hebrewYear = 0;
    int hebrewMonth = 0;
    int hebrewDay = 0;
};

// The same day read in both calendars, at noon UTC as text/Timestamp.cpp
// reads it, so no zone moves it across midnight.
std::optional<CalendarDay> calendarDay(const std::string& isoDate)
{
    if (!text::isIsoDate(isoDate)) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::Calendar> gregorian(
        new icu::GregorianCalendar(icu::TimeZone::getGMT()->clone(), status));
    thread_local std::unique_ptr<icu::Calendar> hebrew(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale("he_IL@calendar=hebrew"), status));
    if (!gregorian || !hebrew) return std::nullopt;
    status = U_ZERO_ERROR;
    gregorian->clear();
    gregorian->set(std::stoi(isoDate.substr(0, 4)), std::stoi(isoDate.substr(5, 2)) - 1,
                   std::stoi(isoDate.substr(8, 2)), 12, 0, 0);
    hebrew->setTime(gregorian->getTime(status), status);
    CalendarDay day;
    day.weekday = gregorian->get(UCAL_DAY_OF_WEEK, status) - UCAL_SUNDAY;
    day.hebrewYear = hebrew->get(UCAL_YEAR, status);
    day.hebrewMonth = hebrew->get(UCAL_MONTH, status);
    day.hebrewDay = hebrew->get(UCAL_DATE, status);
    if (U_FAILURE(status)) return std::nullopt;
    return day;
}

// Independence Day law: 5 Iyar on a Friday or Shabbat moves back to the
// Thursday, so no one prepares it on Shabbat; on a Monday it moves to the
// Tuesday (since 5764, 2004), so Memorial Day, the day before, does not
// begin as Shabbat ends.
bool isIndependenceDay(const CalendarDay& day)
{
    if (day.hebrewMonth != kIyar || day.hebrewDay < 3 || day.hebrewDay > 6 || day.hebrewYear < 5709) return false;
    const int fifth = (day.weekday + 5 - day.hebrewDay + 7) % 7;
    int observed = 5;
    if (fifth == 5)
        observed = 4;
    else if (fifth == 6)
        observed = 3;
    else if (fifth == 1 && day.hebrewYear >= 5764)
        observed = 6;
    return day.hebrewDay == observed;
}

} // namespace

std::optional<IsraeliHoliday> israeliHoliday(const std::string& isoDate)
{
    const auto day = calendarDay(isoDate);
    if (!day) return std::nullopt;
    if (isIndependenceDay(*day)) return IsraeliHoliday::IndependenceDay;
    switch (day->hebrewMonth) {
    case kTishrei:
        if (day->hebrewDay == 1 || day->hebrewDay == 2) return IsraeliHoliday::RoshHashana;
        if (day->hebrewDay == 10) return IsraeliHoliday::YomKippur;
        if (day->hebrewDay == 15) return IsraeliHoliday::Sukkot;
        if (day->hebrewDay == 22) return IsraeliHoliday::SheminiAtzeret;
        break;
    case kNisan:
        if (day->hebrewDay == 15) return IsraeliHoliday::Passover;
        if (day->hebrewDay == 21) return IsraeliHoliday::PassoverSeventh;
        break;
    case kSivan:
        if (day->hebrewDay == 6) return IsraeliHoliday::Shavuot;
        break;
    default: break;
    }
    return std::nullopt;
}

std::string holidayName(IsraeliHoliday holiday)
{
    switch (holiday) {
    // TRANSLATORS: the Jewish new year, two days of rest
    case IsraeliHoliday::RoshHashana: return text::tr("Rosh Hashana");
    case IsraeliHoliday::YomKippur: return text::tr("Yom Kippur");
    // TRANSLATORS: the first day of Sukkot
    case IsraeliHoliday::Sukkot: return text::tr("Sukkot");
    case IsraeliHoliday::SheminiAtzeret: return text::tr("Shemini Atzeret");
    // TRANSLATORS: the first day of Passover
    case IsraeliHoliday::Passover: return text::tr("Passover");
    // TRANSLATORS: the seventh day of Passover (שביעי של פסח), a day of rest
    case IsraeliHoliday::PassoverSeventh: return text::tr("Seventh day of Passover");
    case IsraeliHoliday::IndependenceDay: return text::tr("Independence Day");
    case IsraeliHoliday::Shavuot: return text::tr("Shavuot");
    }
    return {};
}

int weekday(const std::string& isoDate)
{
    const auto day = calendarDay(isoDate);
    return day ? day->weekday : -1; // -1: not a date
}

std::string weekdayName(int day)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale::getDefault(), status);
    int32_t count = 0;
    const icu::UnicodeString* names = symbols.getWeekdays(count);
    if (U_FAILURE(status) || day + UCAL_SUNDAY >= count) return std::to_string(day + 1);
    std::string utf8;
    names[day + UCAL_SUNDAY].toUTF8String(utf8);
    return utf8;
}

} // namespace praklit
