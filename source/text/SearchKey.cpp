#include "text/SearchKey.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <unicode/coll.h>
#include <unicode/ucol.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace praklit::text {

namespace {

UChar32 foldHebrewFinal(UChar32 c)
{
    switch (c) {
    case 0x05DA: return 0x05DB; // ך → כ
    case 0x05DD: return 0x05DE; // ם → מ
    case 0x05DF: return 0x05E0; // ן → נ
    case 0x05E3: return 0x05E4; // ף → פ
    case 0x05E5: return 0x05E6; // ץ → צ
    case 0x05F3: return '\'';   // ׳ geresh
    case 0x05F4: return '"';    // ״ gershayim
    case 0x2018: case 0x2019: case 0x201B: case 0x0060: case 0x00B4: return '\'';
    case 0x201C: case 0x201D: case 0x201F: return '"';
    case 0x05BE: return '-';    // maqaf
    default: return c;
    }
}

} // namespace

std::string searchKey(std::string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(source, status) : source;
    decomposed.foldCase();

    icu::UnicodeString out;
    bool pendingSpace = false;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        const auto category = u_charType(c);
        // Niqqud, cantillation and Latin accents are non-spacing marks; bidi
        // and zero-width formatting characters carry no meaning for search.
        if (category == U_NON_SPACING_MARK || category == U_FORMAT_CHAR) continue;
        if (u_isUWhiteSpace(c) || category == U_CONTROL_CHAR) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(UChar32(' '));
            pendingSpace = false;
        }
        out.append(foldHebrewFinal(c));
    }
    std::string result;
    out.toUTF8String(result);
    return result;
}

namespace {

// The parts of one space-free token of a search key: runs of letters and
// digits; geresh and gershayim vanish, any other mark parts the token.
std::vector<std::string> tokenParts(const std::string& token)
{
    std::vector<std::string> parts;
    std::string part;
    const auto u = icu::UnicodeString::fromUTF8(token);
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c == '\'' || c == '"') continue;
        if (u_isalnum(c)) {
            icu::UnicodeString one(c);
            one.toUTF8String(part);
        } else if (!part.empty()) {
            parts.push_back(std::move(part));
            part.clear();
        }
    }
    if (!part.empty()) parts.push_back(std::move(part));
    return parts;
}

std::vector<std::string> tokens(const std::string& key)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start < key.size()) {
        auto end = key.find(' ', start);
        if (end == std::string::npos) end = key.size();
        if (end > start) out.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

std::vector<std::string> searchWords(std::string_view query)
{
    const std::string key = searchKey(query);
    std::vector<std::string> words;
    size_t digits = 0;
    bool numberOnly = !key.empty();
    for (char c : key) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != ' ' && c != '-' && c != '+' && c != '/' && c != '(' && c != ')' && c != '.')
            numberOnly = false;
    }
    if (numberOnly && digits >= 3) {
        auto number = digitsOnly(key);
        // Israeli numbers are kept nationally: +972 50… is 050….
        if (number.starts_with("972") && number.size() > 4) number = "0" + number.substr(3);
        words.push_back(std::move(number));
        return words;
    }
    for (const auto& token : tokens(key))
        for (auto& part : tokenParts(token)) words.push_back(std::move(part));
    return words;
}

std::vector<std::string> indexWords(std::string_view searchKey)
{
    std::vector<std::string> out;
    auto add = [&](std::string w) {
        if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
    };
    for (const auto& token : tokens(std::string(searchKey))) {
        auto parts = tokenParts(token);
        const bool digits = std::all_of(parts.begin(), parts.end(), [](const std::string& p) {
            return std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
        });
        if (const auto at = token.find('@'); at != std::string::npos) {
            // An e-mail address: the parts of its name and of its domain but
            // the last (moshe.cohen@gmail.com is moshe, cohen, gmail), one by one.
            auto name = tokenParts(token.substr(0, at));
            const auto domain = tokenParts(token.substr(at + 1));
            for (size_t i = 0; i + 1 < domain.size(); ++i) name.push_back(domain[i]);
            for (auto& p : name) add(std::move(p));
            continue;
        }
        if (parts.size() > 1) {
            std::string whole;
            for (const auto& p : parts) whole += p;
            // A number written in parts (12345-01-24, 2026/15) is its digits:
            // its beginning is typed as the beginning of the whole.
            if (digits) parts.clear();
            parts.push_back(std::move(whole));
        }
        for (auto& p : parts) add(std::move(p));
    }
    return out;
}

std::string digitsOnly(std::string_view text)
{
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9') digits.push_back(c);
    return digits;
}

namespace {

// The ICU sort key of `text`, with its terminating zero byte.
std::string sortKeyBytes(std::string_view text)
{
    // One collator per thread: icu::Collator is not thread-safe for use.
    thread_local std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("he_IL"), status));
        if (c) c->setStrength(icu::Collator::SECONDARY);
        return c;
    }();
    if (!collator) return std::string(1, '\0');
    const auto source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    uint8_t buffer[512];
    const int32_t length = collator->getSortKey(source, buffer, sizeof buffer);
    if (length <= static_cast<int32_t>(sizeof buffer))
        return std::string(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
    std::string big(static_cast<size_t>(length), '\0');
    collator->getSortKey(source, reinterpret_cast<uint8_t*>(big.data()), length);
    return big;
}

std::string hexUpToTerminator(const std::string& bytes)
{
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        if (b == 0) break;
        out.push_back(hex[b >> 4]);
        out.push_back(hex[b & 15]);
    }
    return out;
}

std::string bound(const std::string& key, UColBoundMode mode)
{
    std::string out(key.size() + 8, '\0');
    UErrorCode status = U_ZERO_ERROR;
    auto* k = reinterpret_cast<const uint8_t*>(key.data());
    int32_t n = ucol_getBound(k, static_cast<int32_t>(key.size()), mode, 1,
                              reinterpret_cast<uint8_t*>(out.data()), static_cast<int32_t>(out.size()), &status);
    if (n > static_cast<int32_t>(out.size())) {
        out.assign(static_cast<size_t>(n), '\0');
        status = U_ZERO_ERROR;
        ucol_getBound(k, static_cast<int32_t>(key.size()), mode, 1, reinterpret_cast<uint8_t*>(out.data()), n, &status);
    }
    return U_FAILURE(status) ? std::string() : hexUpToTerminator(out);
}

} // namespace

std::string collationKey(std::string_view text)
{
    return hexUpToTerminator(sortKeyBytes(text));
}

CollationRange collationPrefixRange(std::string_view prefix)
{
    const auto key = sortKeyBytes(prefix);
    return {bound(key, UCOL_BOUND_LOWER), bound(key, UCOL_BOUND_UPPER_LONG)};
}

} // namespace praklit::text
