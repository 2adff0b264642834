#include "domain/CourtCaseNumber.h"

#include "text/Bidi.h"

#include <cstdio>
#include <regex>

namespace praklit {

std::optional<CourtCaseNumber> CourtCaseNumber::parse(std::string_view input)
{
    std::string text = text::withoutBidiControls(input);
    for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"\u05F4", "\""}, {"\u05F3", "'"}})
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    // Proceeding type: Hebrew letters with a gershayim or geresh, e.g. ת"א, בע"מ, ע"ע.
    // Matched on UTF-8 bytes: a Hebrew letter is \xD7 then \x90–\xAA.
    static const std::regex form("^\\s*(?:((?:\xD7[\x90-\xAA]|[\"'])+)\\s+)?(\\d{1,6})(?:-(\\d{2})-(\\d{2})|/(\\d{2}))\\s*$");
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

const std::vector<std::string_view>& CourtCaseNumber::commonProceedingTypes()
{
    static const std::vector<std::string_view> types{
        "ת\"א", "תא\"מ", "תא\"ק", "ע\"א", "רע\"א", "בש\"א", "בר\"ע", "עע\"מ", "עת\"מ", "סע\"ש", "ס\"ע", "ע\"ע",
        "ת\"ק", "ה\"פ", "תמ\"ש", "בע\"מ", "עמ\"ש", "ת\"פ", "פ\"ח", "ע\"פ", "רע\"פ", "בג\"ץ", "דנ\"א", "ע\"ח",
        "צ\"א", "פר\"ק", "תו\"ב", "עתמ\"ש", "ת\"ט", "בק\"ג"};
    return types;
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
