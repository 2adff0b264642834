// A transaction account of 5,000 lines: building the printout, and rendering
// it to PDF (pango layout of every cell, pagination, cairo's PDF with fonts).
// The target: under 2 s together.
#include "integrations/PdfWriter.h"
#include "PdfSamples.h"
#include "text/Language.h"

#include <benchmark/benchmark.h>
#include <filesystem>

using namespace praklit;

namespace {

constexpr int cases = 50, linesPerCase = 100;

void BM_BuildAccount5000(benchmark::State& state)
{
    for (auto _ : state) {
        auto account = test::sampleAccount(cases, linesPerCase);
        benchmark::DoNotOptimize(account);
    }
}
BENCHMARK(BM_BuildAccount5000)->Unit(benchmark::kMillisecond);

void BM_RenderAccountPdf5000(benchmark::State& state)
{
    const auto account = test::sampleAccount(cases, linesPerCase);
    const auto out = std::filesystem::temp_directory_path() / "praklit-bench-account.pdf";
    for (auto _ : state) integrations::writeAccountPdf(account, out);
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(out));
    std::filesystem::remove(out);
}
BENCHMARK(BM_RenderAccountPdf5000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    text::setUpLanguage(text::Language::Hebrew, "/nonexistent");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
