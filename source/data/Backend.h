#pragma once
#include <string_view>

namespace praklit::data {

enum class Backend { SQLite, PostgreSQL };

inline std::string_view backendName(Backend b) { return b == Backend::SQLite ? "SQLite" : "PostgreSQL"; }

} // namespace praklit::data
