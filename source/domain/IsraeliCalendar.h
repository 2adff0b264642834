#pragma once
// The days Israel does not work: Shabbat and the holidays of the Hebrew
// calendar, computed for any year with ICU's Hebrew calendar (never a table
// of dates that runs out).
#include <optional>
#include <string>

namespace praklit {

enum class IsraeliHoliday {
    RoshHashana,     // 1–2 Tishrei
    YomKippur,       // 10 Tishrei
    Sukkot,          // 15 Tishrei
    SheminiAtzeret,  // 22 Tishrei
    Passover,        // 15 Nisan
    PassoverSeventh, // 21 Nisan
    IndependenceDay, // 5 Iyar, moved around Shabbat as the law moves it
    Shavuot,         // 6 Sivan
};
// The holiday (a day of rest, יום שבתון) on an ISO date (yyyy-mm-dd), if any.
std::optional<IsraeliHoliday> israeliHoliday(const std::string& isoDate);
std::string holidayName(IsraeliHoliday holiday); // in the user's language

// 0 = Sunday … 6 = Saturday, of an ISO date.
int weekday(const std::string& isoDate);
// The weekday's name (0 = Sunday) from ICU in the language set at start-up,
// so no catalog holds a second copy of the week.
std::string weekdayName(int weekday);

} // namespace praklit
