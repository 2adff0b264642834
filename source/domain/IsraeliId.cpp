#include "domain/IsraeliId.h"

namespace praklit {

namespace {
int weightedSum(std::string_view digits)
{
    int sum = 0;
    for (size_t i = 0; i < digits.size(); ++i) {
        int d = (digits[i] - '0') * (i % 2 == 0 ? 1 : 2);
        sum += d > 9 ? d - 9 : d;
    }
    return sum;
}
} // namespace

bool IsraeliId::checkDigitValid(std::string_view nineDigits)
{
    return nineDigits.size() == 9 && weightedSum(nineDigits) % 10 == 0;
}

char IsraeliId::checkDigitFor(std::string_view eightDigits)
{
    return static_cast<char>('0' + (10 - weightedSum(eightDigits) % 10) % 10);
}

std::optional<IsraeliId> IsraeliId::parse(std::string_view text)
{
    std::string digits;
    // A space or a dash may group the digits ("51-617915-7"), one at a time
    // and only between them: "-123456782" is a signed number, not an ID.
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    bool afterSeparator = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
            afterSeparator = false;
        } else if ((c == ' ' || c == '-') && !digits.empty() && !afterSeparator) {
            afterSeparator = true;
        } else {
            return std::nullopt;
        }
    }
    if (afterSeparator) return std::nullopt;
    if (digits.empty() || digits.size() > 9) return std::nullopt;
    digits.insert(0, 9 - digits.size(), '0');
    if (digits == "000000000" || !checkDigitValid(digits)) return std::nullopt;
    return IsraeliId(digits);
}

} // namespace praklit
