#pragma once
// Where benchmarks keep the offices they generate, so reruns measure without
// regenerating: build/bench-data/NAME.db (or under $PRAKLIT_BENCH_DIR) on
// SQLite, and the schema bench_NAME on the server PRAKLIT_TEST_POSTGRESQL
// names (the one scripts/test starts, or the office's own test server).
#include "domain/Backend.h"
#include "domain/ConnectionUrl.h"

#include <cstdlib>
#include <filesystem>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <stdexcept>
#include <string>

namespace praklit::bench {

inline std::filesystem::path benchDir()
{
    if (const char* dir = std::getenv("PRAKLIT_BENCH_DIR")) return dir;
    return std::filesystem::canonical("/proc/self/exe").parent_path().parent_path() / "bench-data";
}

inline bool hasServer() { return std::getenv("PRAKLIT_TEST_POSTGRESQL") != nullptr; }

// The kept office `name` on the backend; on PostgreSQL its schema is made
// when missing.
inline ConnectionUrl benchOffice(Backend backend, const std::string& name)
{
    if (backend == Backend::SQLite) {
        std::filesystem::create_directories(benchDir());
        return ConnectionUrl::sqliteFile(benchDir() / (name + ".db"));
    }
    const char* server = std::getenv("PRAKLIT_TEST_POSTGRESQL");
    if (!server) throw std::runtime_error("PRAKLIT_TEST_POSTGRESQL names the server for the PostgreSQL rows");
    auto url = ConnectionUrl::parse(server);
    std::string schema = "bench_" + name;
    for (auto& c : schema)
        if (c == '-') c = '_';
    {
        soci::session s(soci::postgresql, url.withPassword().substr(13));
        s << "set client_min_messages = warning";
        s << "create schema if not exists " + schema;
    }
    url.set("options", "-c search_path=" + schema);
    return url;
}

} // namespace praklit::bench
