#pragma once
#include <string_view>

namespace praklit {

enum class Backend { SQLite, PostgreSQL };

inline std::string_view backendName(Backend b) { return b == Backend::SQLite ? "SQLite" : "PostgreSQL"; }

} // namespace praklit
