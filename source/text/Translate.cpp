#include "text/Translate.h"

#include <algorithm>
#include <climits>

#include <boost/locale/message.hpp>

namespace praklit::text {

namespace detail {
std::locale& localeSlot()
{
    static std::locale locale = std::locale::classic();
    return locale;
}
} // namespace detail

const std::locale& currentLocale() { return detail::localeSlot(); }

std::string tr(const char* msgid)
{
    return boost::locale::translate(msgid).str(currentLocale());
}

std::string trn(const char* singular, const char* plural, long n)
{
    // Boost.Locale counts in int: a count past it takes the plural form of its largest.
    const int count = static_cast<int>(std::clamp<long>(n, INT_MIN, INT_MAX));
    return boost::locale::translate(singular, plural, count).str(currentLocale());
}

} // namespace praklit::text
