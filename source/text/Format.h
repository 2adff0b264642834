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

// A Gregorian date (yyyy-mm-dd) as dd/mm/yyyy, and as the Hebrew calendar
// writes it in Hebrew letters: "ט״ו בניסן תשפ״ה". Empty when not a date.
std::string displayDate(const std::string& isoDate);
std::string hebrewDate(const std::string& isoDate);

} // namespace praklit::text
