#include "text/SearchKey.h"

#include <memory>
#include <mutex>
#include <unicode/coll.h>
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
        words.push_back(digitsOnly(key));
        return words;
    }
    size_t start = 0;
    while (start < key.size()) {
        auto end = key.find(' ', start);
        if (end == std::string::npos) end = key.size();
        if (end > start) words.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::string digitsOnly(std::string_view text)
{
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9') digits.push_back(c);
    return digits;
}

std::string collationKey(std::string_view text)
{
    // One collator per thread: icu::Collator is not thread-safe for use.
    thread_local std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("he_IL"), status));
        if (c) c->setStrength(icu::Collator::SECONDARY);
        return c;
    }();
    const auto source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    uint8_t buffer[512];
    int32_t length = collator ? collator->getSortKey(source, buffer, sizeof buffer) : 0;
    std::string bytes;
    if (length > static_cast<int32_t>(sizeof buffer)) {
        std::string big(static_cast<size_t>(length), '\0');
        collator->getSortKey(source, reinterpret_cast<uint8_t*>(big.data()), length);
        bytes = std::move(big);
    } else {
        bytes.assign(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
    }
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        if (b == 0) break; // the sort key's terminator
        out.push_back(hex[b >> 4]);
        out.push_back(hex[b & 15]);
    }
    return out;
}

} // namespace praklit::text
