#pragma once
#include <string>
#include <vector>

namespace praklit::data {

struct EmbeddedFile {
    const char* name; // "<folder>/<file>", e.g. "sqlite/0001_initial.sql"
    const char* text;
};

const std::vector<EmbeddedFile>& embeddedMigrations();

} // namespace praklit::data
