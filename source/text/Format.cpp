#include "text/Format.h"

#include "text/Amount.h"
#include "text/Language.h"

#include <cstdio>
#include <memory>
#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/unistr.h>

namespace praklit::text {

namespace {
std::string format(icu::NumberFormat* fmt, double value)
{
    icu::UnicodeString out;
    fmt->format(value, out);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

icu::Locale locale() { return icu::Locale(icuLocaleName(currentLanguage()).c_str()); }
} // namespace

std::string formatCount(int64_t n)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> fmt(icu::NumberFormat::createInstance(locale(), status));
    if (U_FAILURE(status)) return std::to_string(n);
    icu::UnicodeString out;
    fmt->format(static_cast<int64_t>(n), out);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

std::string formatBytes(uint64_t bytes)
{
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> fmt(icu::NumberFormat::createInstance(locale(), status));
    if (U_FAILURE(status)) return std::to_string(bytes) + " B";
    fmt->setMaximumFractionDigits(unit == 0 ? 0 : 1);
    return format(fmt.get(), value) + " " + units[unit];
}

std::string formatMoney(int64_t agorot)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale loc(locale().getLanguage(), "IL");
    std::unique_ptr<icu::NumberFormat> fmt(icu::NumberFormat::createCurrencyInstance(loc, status));
    if (U_FAILURE(status)) return std::to_string(agorot);
    fmt->setCurrency(u"ILS", status);
    // Agorot are exact: format the decimal string, never a double sum.
    const std::string decimal = plainAmount(agorot);
    icu::Formattable number(icu::StringPiece(decimal.c_str()), status);
    icu::UnicodeString out;
    fmt->format(number, out, status);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

int64_t hundredthsOfHour(int64_t seconds)
{
    const bool negative = seconds < 0;
    const int64_t abs = negative ? -seconds : seconds;
    const int64_t hundredths = (abs * 100 + 1800) / 3600;
    return negative ? -hundredths : hundredths;
}

std::string formatHours(int64_t seconds)
{
    const int64_t hundredths = hundredthsOfHour(seconds);
    const int64_t abs = hundredths < 0 ? -hundredths : hundredths;
    const int64_t cents = abs % 100;
    return (hundredths < 0 ? "-" : "") + formatCount(abs / 100) + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

std::string displayDate(const std::string& iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return {};
    return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string hebrewDate(const std::string& iso)
{
    if (iso.size() != 10) return {};
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return {};
    UErrorCode status = U_ZERO_ERROR;
    // The Hebrew calendar with Hebrew-letter numerals, as documents write it.
    const icu::Locale locale("he_IL@calendar=hebrew;numbers=hebr");
    std::unique_ptr<icu::Calendar> gregorian(icu::Calendar::createInstance(icu::Locale("en_US@calendar=gregorian"), status));
    if (U_FAILURE(status)) return {};
    gregorian->setTimeZone(*icu::TimeZone::getGMT());
    gregorian->clear();
    gregorian->set(y, m - 1, d, 12, 0, 0);
    const UDate when = gregorian->getTime(status);
    icu::SimpleDateFormat format(icu::UnicodeString(u"d בMMMM y"), locale, status);
    if (U_FAILURE(status)) return {};
    format.setTimeZone(*icu::TimeZone::getGMT());
    icu::UnicodeString out;
    format.format(when, out);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

} // namespace praklit::text
