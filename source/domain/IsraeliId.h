#pragma once
// Israeli identity number (תעודת זהות, ת"ז) and company number (ח.פ.).
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

class IsraeliId {
public:
    // Accepts up to 9 digits with optional spaces or dashes; pads on the left
    // with zeros and checks the check digit. nullopt when it is not valid.
    static std::optional<IsraeliId> parse(std::string_view text);
    static bool checkDigitValid(std::string_view nineDigits);
    // The check digit that completes 8 digits into a valid number.
    static char checkDigitFor(std::string_view eightDigits);

    const std::string& digits() const { return digits_; }
    // Company numbers (ח.פ.) begin with 5.
    bool isCompanyNumber() const { return digits_[0] == '5'; }

private:
    explicit IsraeliId(std::string digits) : digits_(std::move(digits)) {}
    std::string digits_;
};

} // namespace praklit
