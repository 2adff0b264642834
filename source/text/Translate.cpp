#include "text/Translate.h"

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
    return boost::locale::translate(singular, plural, n).str(currentLocale());
}

} // namespace praklit::text
