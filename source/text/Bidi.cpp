#include "text/Bidi.h"

namespace praklit::text {

std::string ltr(std::string_view fragment)
{
    std::string out = "\u2066";
    out.append(fragment);
    out.append("\u2069");
    return out;
}

std::string isolate(std::string_view fragment)
{
    std::string out = "\u2068";
    out.append(fragment);
    out.append("\u2069");
    return out;
}

std::string withoutBidiControls(std::string_view text)
{
    // All bidi controls are three-byte UTF-8 sequences starting with E2 80 or E2 81.
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            const bool marks = b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE));
            const bool isolates = b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9;
            if (marks || isolates) {
                i += 2;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

} // namespace praklit::text
