#pragma once
#include <cstddef>
#include <string_view>

namespace praklit {

// Lengths in characters (code points), not bytes: Hebrew is two bytes a letter.
constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxLineLength = 300;
constexpr std::size_t kMaxNoteLength = 20000;

std::size_t characterCount(std::string_view utf8);
// What a user typed, fit to quote back in a sentence: at most 40 characters,
// and "…" in place of anything that is not valid text.
std::string shownBack(std::string_view typed);
// Trims spaces and bidi controls at both ends; refuses invalid UTF-8 and
// control characters with a sentence naming the field.
std::string cleanText(std::string_view text, std::string_view fieldLabel, std::size_t maxLength,
                      const char* fieldId, bool multiline = false);

} // namespace praklit
