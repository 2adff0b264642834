#include "domain/Phone.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <phonenumbers/phonenumberutil.h>

namespace praklit {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::string typeName(PhoneType type)
{
    switch (type) {
    // TRANSLATORS: a phone's type
    case PhoneType::Mobile: return text::tr("Mobile");
    // TRANSLATORS: a phone's type: the office (work) number
    case PhoneType::Office: return text::tr("Office");
    // TRANSLATORS: a phone's type: the home number
    case PhoneType::Home: return text::tr("Home");
    // TRANSLATORS: a phone's type
    case PhoneType::Fax: return text::tr("Fax");
    }
    return {};
}

std::string_view toString(PhoneType type)
{
    switch (type) {
    case PhoneType::Mobile: return "mobile";
    case PhoneType::Office: return "office";
    case PhoneType::Home: return "home";
    case PhoneType::Fax: return "fax";
    }
    return "mobile";
}

std::optional<PhoneType> parsePhoneType(std::string_view text)
{
    if (text == "mobile") return PhoneType::Mobile;
    if (text == "office") return PhoneType::Office;
    if (text == "home") return PhoneType::Home;
    if (text == "fax") return PhoneType::Fax;
    return std::nullopt;
}

std::string parsePhoneNumber(std::string_view typed)
{
    const auto* util = PhoneNumberUtil::GetInstance();
    const std::string cleaned = text::withoutBidiControls(typed);
    PhoneNumber number;
    if (cleaned.find_first_of("0123456789") == std::string::npos ||
        util->Parse(cleaned, "IL", &number) != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number))
        invalid(text::format(text::tr("\"{1}\" is not a valid phone number."), cleaned), "number");
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return e164;
}

std::string displayPhoneNumber(std::string_view e164)
{
    const auto* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(std::string(e164), "IL", &number) != PhoneNumberUtil::NO_PARSING_ERROR) return std::string(e164);
    std::string out;
    util->Format(number, number.country_code() == 972 ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                 &out);
    return out;
}

} // namespace praklit
