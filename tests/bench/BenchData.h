#pragma once
// Where benchmarks keep the offices they generate, so reruns measure without
// regenerating: build/bench-data, or $PRAKLIT_BENCH_DIR.
#include <cstdlib>
#include <filesystem>

namespace praklit::bench {

inline std::filesystem::path benchDir()
{
    if (const char* dir = std::getenv("PRAKLIT_BENCH_DIR")) return dir;
    return std::filesystem::canonical("/proc/self/exe").parent_path().parent_path() / "bench-data";
}

} // namespace praklit::bench
