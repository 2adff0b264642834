#include "domain/Address.h"

#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/SearchKey.h"
#include "text/Translate.h"

namespace praklit {

using text::tr;

std::string Address::oneLine() const
{
    std::string line = street;
    if (!house.empty()) line += (line.empty() ? "" : " ") + house;
    if (!poBox.empty()) line += (line.empty() ? "" : ", ") + tr("P.O.B.") + " " + poBox;
    if (!city.empty()) line += (line.empty() ? "" : ", ") + city;
    if (!zip.empty()) line += " " + zip;
    if (!country.empty()) line += ", " + country;
    return line;
}

Address validated(Address a)
{
    a.street = cleanText(a.street, tr("Street"), kMaxLineLength, "street");
    a.house = cleanText(a.house, tr("House number"), 20, "house");
    a.city = cleanText(a.city, tr("City"), kMaxNameLength, "city");
    a.zip = cleanText(a.zip, tr("ZIP code"), 20, "zip");
    a.poBox = cleanText(a.poBox, tr("P.O. box"), 20, "po_box");
    a.country = cleanText(a.country, tr("Country"), kMaxNameLength, "country");
    if (a.street.empty() && a.poBox.empty() && a.city.empty())
        invalid(tr("Enter a street, a city or a P.O. box."), "street");
    if (!a.zip.empty() && a.country.empty()) {
        // Israeli postal codes: seven digits (five before 2013).
        const auto digits = text::digitsOnly(a.zip);
        if (digits.size() != a.zip.size() || (digits.size() != 7 && digits.size() != 5))
            invalid(tr("An Israeli ZIP code has seven digits."), "zip");
    }
    return a;
}

} // namespace praklit
