#pragma once
// Dates as every command and dialog takes them: as an Israeli types them
// (31/12/2026, 31.12.26) or yyyy-mm-dd, a day that exists; kept yyyy-mm-dd.
// One check, one sentence.
#include <string>
#include <string_view>

namespace praklit {

// The date, yyyy-mm-dd, when it is one; throws Error(InvalidInput) naming
// what was typed otherwise ("2026-02-30", "31/02/2026", "abc").
std::string checkedDate(std::string_view typed, const char* fieldId);
// Today in Israel when empty, else checkedDate.
std::string dateOrToday(std::string_view typed, const char* fieldId);
// An empty text is an open end; anything else must be a date. Refuses a
// period that ends before it begins.
void checkPeriod(const std::string& from, const std::string& to);
// `date` (yyyy-mm-dd) moved by `days`, which may be negative.
std::string addDays(const std::string& date, int days);

} // namespace praklit
