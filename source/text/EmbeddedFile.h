#pragma once
// A file compiled into the program (cmake/EmbedFiles.cmake): migrations,
// icons — so an installed Praklit needs nothing beside it to find them.
#include <vector>

namespace praklit::text {

struct EmbeddedFile {
    const char* name; // "<folder>/<file>", e.g. "sqlite/0001_initial.sql"
    const char* text;
};

} // namespace praklit::text
