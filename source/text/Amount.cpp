#include "text/Amount.h"

#include "text/Bidi.h"

#include <cstdlib>

namespace praklit::text {

namespace {

bool isSpace(std::string_view s, size_t at, size_t& width)
{
    const unsigned char c = static_cast<unsigned char>(s[at]);
    if (c == ' ' || c == '\t') {
        width = 1;
        return true;
    }
    // U+00A0 and U+202F: the no-break spaces ICU puts between a number and its currency.
    if (s.substr(at, 2) == "\xC2\xA0" || s.substr(at, 3) == "\xE2\x80\xAF") {
        width = c == 0xC2 ? 2 : 3;
        return true;
    }
    return false;
}

std::string_view trimmed(std::string_view s)
{
    size_t width = 0;
    while (!s.empty() && isSpace(s, 0, width)) s.remove_prefix(width);
    while (!s.empty()) {
        if (isSpace(s, s.size() - 1, width) && width == 1) s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF") s.remove_suffix(3);
        else break;
    }
    return s;
}

// The shekel as offices write it: the sign, or ש"ח with a quote or a gershayim.
constexpr std::string_view kCurrencies[] = {"\xE2\x82\xAA", "\xD7\xA9\"\xD7\x97", "\xD7\xA9\xD7\xB4\xD7\x97"};

std::string_view withoutCurrency(std::string_view s)
{
    for (const auto sign : kCurrencies) {
        if (s.starts_with(sign)) return trimmed(s.substr(sign.size()));
        if (s.ends_with(sign)) return trimmed(s.substr(0, s.size() - sign.size()));
    }
    return s;
}

} // namespace

ParsedNumber parseDecimal(std::string_view typed, int decimals, bool allowSign)
{
    const std::string plain = withoutBidiControls(typed);
    std::string_view s = withoutCurrency(trimmed(plain));
    bool negative = false;
    if (s.starts_with('-')) {
        negative = true;
        s = withoutCurrency(trimmed(s.substr(1))); // "-₪50" as well as "₪-50"
    }
    if (s.empty()) return {0, NumberProblem::NotANumber};

    const auto point = s.find('.');
    const std::string_view whole = s.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view() : s.substr(point + 1);
    if (whole.empty() && fraction.empty()) return {0, NumberProblem::NotANumber};
    for (char c : fraction)
        if (c < '0' || c > '9') return {0, c == ',' ? NumberProblem::Ambiguous : NumberProblem::NotANumber};

    // Commas only between groups of three: "1,234,567"; "1,5" could mean
    // one and a half, so it is refused rather than read as fifteen.
    bool grouped = false;
    size_t digitsInGroup = 0;
    for (size_t i = 0; i < whole.size(); ++i) {
        const char c = whole[i];
        if (c == ',') {
            if (digitsInGroup == 0 || (grouped && digitsInGroup != 3) || (!grouped && digitsInGroup > 3))
                return {0, NumberProblem::Ambiguous};
            grouped = true;
            digitsInGroup = 0;
        } else if (c >= '0' && c <= '9') {
            ++digitsInGroup;
        } else {
            return {0, NumberProblem::NotANumber};
        }
    }
    if (grouped && digitsInGroup != 3) return {0, NumberProblem::Ambiguous};
    if (static_cast<int>(fraction.size()) > decimals) return {0, NumberProblem::TooManyDecimals};

    uint64_t value = 0;
    auto push = [&](char c) {
        const uint64_t digit = static_cast<uint64_t>(c - '0');
        if (value > (static_cast<uint64_t>(INT64_MAX) - digit) / 10) return false;
        value = value * 10 + digit;
        return true;
    };
    for (char c : whole)
        if (c != ',' && !push(c)) return {0, NumberProblem::TooLarge};
    for (char c : fraction)
        if (!push(c)) return {0, NumberProblem::TooLarge};
    for (int i = static_cast<int>(fraction.size()); i < decimals; ++i)
        if (!push('0')) return {0, NumberProblem::TooLarge};
    if (negative && value != 0 && !allowSign) return {0, NumberProblem::SignNotAllowed};
    const auto signedValue = static_cast<int64_t>(value);
    return {negative ? -signedValue : signedValue, NumberProblem::None};
}

std::optional<int64_t> parseAgorot(std::string_view typed, bool allowSign)
{
    const auto parsed = parseDecimal(typed, 2, allowSign);
    if (!parsed.ok()) return std::nullopt;
    return parsed.units;
}

std::string plainAmount(int64_t agorot)
{
    const bool negative = agorot < 0;
    const uint64_t abs = negative ? 0 - static_cast<uint64_t>(agorot) : static_cast<uint64_t>(agorot);
    const uint64_t cents = abs % 100;
    return (negative ? "-" : "") + std::to_string(abs / 100) + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

} // namespace praklit::text
