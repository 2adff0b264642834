#include "domain/Limits.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <unicode/utf8.h>

namespace praklit {

std::size_t characterCount(std::string_view utf8)
{
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string shownBack(std::string_view typed)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(typed.data());
    const int32_t length = static_cast<int32_t>(typed.size());
    std::string out;
    std::size_t characters = 0;
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || c < 0x20 || c == 0x7F) return "…";
        if (++characters > 40) return out + "…";
        out.append(typed.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
    return out;
}

std::string cleanText(std::string_view text, std::string_view fieldLabel, std::size_t maxLength,
                      const char* fieldId, bool multiline)
{
    using text::format;
    using text::tr;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0)
            invalid(format(tr("The field \"{1}\" contains characters that are not valid text."), std::string(fieldLabel)),
                    fieldId);
        const bool allowedControl = multiline && (c == '\n' || c == '\r' || c == '\t');
        if ((c < 0x20 || c == 0x7F) && !allowedControl)
            invalid(format(tr("The field \"{1}\" contains a control character; remove it and save again."),
                           std::string(fieldLabel)),
                    fieldId);
    }
    // Trim spaces and stray bidi marks pasted at the ends; keep those inside.
    std::string out(text);
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    auto isBidiControl = [](std::string_view s) { return s.size() == 3 && text::withoutBidiControls(s).empty(); };
    for (bool trimmed = true; trimmed && !out.empty();) {
        trimmed = true;
        if (isSpace(out.front()))
            out.erase(0, 1);
        else if (isSpace(out.back()))
            out.pop_back();
        else if (out.size() >= 3 && isBidiControl(std::string_view(out).substr(0, 3)))
            out.erase(0, 3);
        else if (out.size() >= 3 && isBidiControl(std::string_view(out).substr(out.size() - 3)))
            out.resize(out.size() - 3);
        else
            trimmed = false;
    }
    if (characterCount(out) > maxLength)
        invalid(format(tr("The field \"{1}\" is too long: at most {2} characters."), std::string(fieldLabel),
                       maxLength),
                fieldId);
    return out;
}

} // namespace praklit
