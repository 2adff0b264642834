#include "text/Language.h"

#include <boost/locale/generator.hpp>
#include <boost/locale/localization_backend.hpp>
#include <unicode/locid.h>
#include <unicode/uloc.h>

namespace praklit::text {

namespace detail { std::locale& localeSlot(); }

namespace {
Language g_language = Language::Hebrew;
}

std::optional<Language> parseLanguage(std::string_view code)
{
    if (code == "he" || code == "he_IL" || code == "iw") return Language::Hebrew;
    if (code == "en" || code == "en_US" || code == "en_GB") return Language::English;
    return std::nullopt;
}

std::string languageCode(Language language)
{
    return language == Language::Hebrew ? "he" : "en";
}

std::string icuLocaleName(Language language)
{
    return language == Language::Hebrew ? "he_IL" : "en_IL";
}

void setUpLanguage(Language language, const std::filesystem::path& localeDir)
{
    g_language = language;
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale::setDefault(icu::Locale(icuLocaleName(language).c_str()), status);

    // The ICU backend explicitly: the std/posix backends silently print wrong
    // output when the glibc locale is not generated on the machine.
    auto manager = boost::locale::localization_backend_manager::global();
    manager.select("icu");
    boost::locale::generator generator(manager);
    generator.add_messages_path(localeDir.string());
    generator.add_messages_domain("praklit");
    detail::localeSlot() = generator(icuLocaleName(language) + ".UTF-8");
}

Language currentLanguage() { return g_language; }

bool isRightToLeft(Language language)
{
    return uloc_isRightToLeft(icuLocaleName(language).c_str());
}

std::filesystem::path localeDirBeside(const std::filesystem::path& executable)
{
    const auto dir = executable.parent_path();
    const auto shared = dir.parent_path() / "share" / "praklit" / "locale";
    if (std::filesystem::exists(shared)) return shared;
    return dir / "locale";
}

} // namespace praklit::text
