#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace praklit::text {

enum class Language { Hebrew, English };

// "he" / "en"; nullopt for anything else.
std::optional<Language> parseLanguage(std::string_view code);
std::string languageCode(Language language);
std::string icuLocaleName(Language language);

// Sets the process's language once at start-up: the ICU default locale and the
// Boost.Locale (ICU backend) locale with the praklit catalog from localeDir.
void setUpLanguage(Language language, const std::filesystem::path& localeDir);
Language currentLanguage();

// From ICU's locale data (uloc_isRightToLeft), not a list of our own.
bool isRightToLeft(Language language);

// The catalog folder beside the executable: <prefix>/share/praklit/locale for
// an installed or build-tree layout (bin/../share), or <exe dir>/locale on Windows.
std::filesystem::path localeDirBeside(const std::filesystem::path& executable);

} // namespace praklit::text
