#pragma once
#include <string_view>
#include <vector>

namespace praklit::services::demo {

struct Name {
    std::string_view hebrew;
    std::string_view latin; // for e-mail addresses
};

struct City {
    std::string_view name;
    std::string_view zipPrefix; // first three digits of the city's 7-digit ZIPs
    std::string_view areaCode;  // landline prefix without the 0, e.g. "3"
};

const std::vector<Name>& maleFirstNames();
const std::vector<Name>& femaleFirstNames();
const std::vector<Name>& lastNames();
// The same names pointed (with niqqud), as some offices type them.
const std::vector<std::string_view>& pointedLastNames();
const std::vector<std::string_view>& organisationWords();
const std::vector<std::string_view>& organisationSuffixes();
const std::vector<std::string_view>& streets();
const std::vector<City>& cities();

struct Court {
    std::string_view name;
    std::string_view proceedingTypes; // space-separated, e.g. "ת\"א ה\"פ"
    bool oldNumbering;                // serial/YY (Supreme Court) rather than serial-MM-YY
};
const std::vector<Court>& courts();
const std::vector<std::string_view>& caseSubjects();
const std::vector<Name>& lawyers(); // demo users: display name and login
const std::vector<std::string_view>& workDescriptions();

} // namespace praklit::services::demo
