#pragma once
#include <cstdint>
#include <string>

namespace praklit::text {

// A count with the language's digit grouping: 10,000.
std::string formatCount(int64_t n);

// A byte size for people: "12.5 MB".
std::string formatBytes(uint64_t bytes);

// Money in agorot as the language writes shekels, through ICU: "‏1,234.50 ₪".
std::string formatMoney(int64_t agorot);

// Time as hours with two decimals, the one rule for screen, paper and files:
// hundredths of an hour rounded half up, in integers (450 s is 0.125 h: "0.13").
int64_t hundredthsOfHour(int64_t seconds);
std::string formatHours(int64_t seconds); // "1,234.50" with the language's grouping

// A Gregorian date (yyyy-mm-dd) as dd/mm/yyyy, and as the Hebrew calendar
// writes it in Hebrew letters: "ט״ו בניסן תשפ״ה". Empty when not a date.
std::string displayDate(const std::string& isoDate);
std::string hebrewDate(const std::string& isoDate);

} // namespace praklit::text
