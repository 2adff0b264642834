#pragma once
#include "text/Language.h"

#include <filesystem>
#include <optional>
#include <string>

namespace praklit::ui {

// How the program was asked to start: `praklit [--database URL] [--lang he|en]`.
struct StartOptions {
    std::string database;                  // empty: the configured office
    std::optional<text::Language> language; // empty: the personal setting, else Hebrew
    std::filesystem::path localeDir;        // the catalogs' folder
};

} // namespace praklit::ui
