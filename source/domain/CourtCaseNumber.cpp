#include "domain/CourtCaseNumber.h"

#include "text/Bidi.h"

#include <cstdio>
#include <regex>

namespace praklit {

std::optional<CourtCaseNumber> CourtCaseNumber::parse(std::string_view input)
{
    const std::string text = text::withoutBidiControls(input);
    // Proceeding type: Hebrew letters with a gershayim or geresh, e.g. ת"א, בע"מ, ע"ע.
    static const std::regex form(R"(^\s*(?:(\S+)\s+)?(\d{1,6})(?:-(\d{2})-(\d{2})|/(\d{2}))\s*$)");
    std::smatch m;
    if (!std::regex_match(text, m, form)) return std::nullopt;
    CourtCaseNumber n;
    n.proceedingType_ = m[1].matched ? m[1].str() : std::string();
    n.serial_ = m[2].str();
    if (m[3].matched) {
        n.month_ = std::stoi(m[3].str());
        n.year_ = std::stoi(m[4].str());
        if (n.month_ < 1 || n.month_ > 12) return std::nullopt;
    } else {
        n.year_ = std::stoi(m[5].str());
    }
    return n;
}

std::string CourtCaseNumber::number() const
{
    char tail[16];
    if (month_ != 0)
        std::snprintf(tail, sizeof tail, "-%02d-%02d", month_, year_);
    else
        std::snprintf(tail, sizeof tail, "/%02d", year_);
    return serial_ + tail;
}

std::string CourtCaseNumber::text() const
{
    return proceedingType_.empty() ? number() : proceedingType_ + " " + number();
}

} // namespace praklit
