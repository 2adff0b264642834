#pragma once
#include <string>
#include <string_view>

namespace praklit::text {

// Wraps a left-to-right fragment (ID number, phone, e-mail, case number,
// amount, file path) in a first-strong isolate pair so it reads correctly
// inside right-to-left text: LRI … PDI (U+2066 … U+2069).
std::string ltr(std::string_view fragment);
// A fragment whose direction is its own first strong letter (a stored value
// that may be a Hebrew name or a number), isolated from the text around it:
// FSI … PDI (U+2068 … U+2069).
std::string isolate(std::string_view fragment);

// Removes bidi control characters (marks, embeddings, isolates): for text the
// program stores or compares, never for what it shows.
std::string withoutBidiControls(std::string_view text);

} // namespace praklit::text
