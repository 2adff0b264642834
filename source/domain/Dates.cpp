#include "domain/Dates.h"

#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Bidi.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <chrono>
#include <cstdio>

namespace praklit {

using text::format;
using text::tr;

std::string checkedDate(std::string_view typed, const char* fieldId)
{
    if (auto date = text::readDate(typed)) return *date;
    // What was typed is shown back, but never raw bytes that are not text.
    invalid(format(tr("\"{1}\" is not a date: write it as dd/mm/yyyy, e.g. 31/03/2026."), text::ltr(shownBack(typed))),
            fieldId);
}

std::string dateOrToday(std::string_view typed, const char* fieldId)
{
    return typed.empty() ? text::israelToday() : checkedDate(typed, fieldId);
}

void checkPeriod(const std::string& from, const std::string& to)
{
    if (!from.empty()) checkedDate(from, "from");
    if (!to.empty()) checkedDate(to, "to");
    if (!from.empty() && !to.empty() && to < from) invalid(tr("The period ends before it begins."), "to");
}

std::string addDays(const std::string& date, int days)
{
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::sscanf(date.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return date;
    using namespace std::chrono;
    const year_month_day moved{sys_days{year{y} / month{m} / day{d}} + std::chrono::days{days}};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(moved.year()), unsigned(moved.month()), unsigned(moved.day()));
    return out;
}

} // namespace praklit
