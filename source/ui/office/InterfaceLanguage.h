#pragma once
#include "text/Language.h"

#include <filesystem>

namespace praklit::ui {

// Sets the language of everything at once, before the first window: the
// lower layers' catalogs and ICU locale (text::setUpLanguage), wx's catalogs
// from the same folder, and GTK's default text direction. Direction comes
// from ICU, so Hebrew is right to left even where glibc has no he_IL locale.
void setUpInterfaceLanguage(text::Language language, const std::filesystem::path& localeDir);

} // namespace praklit::ui
