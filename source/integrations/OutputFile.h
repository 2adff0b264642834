#pragma once
#include <cairo.h>
#include <filesystem>
#include <fstream>

namespace praklit::integrations {

// A file the office writes for the user — a PDF, a report's CSV or XLSX —
// written whole to a temporary file beside the target and renamed over it
// only at the end, so a failure never leaves half a file where the user
// expects one, nor spoils an older copy, nor leaves the temporary behind.
// Only a regular file (or nothing) is ever replaced: a folder, a device, a
// link to one, or a link that points nowhere is refused before anything is
// written. A link to a regular file writes the file it points to.
class OutputFile {
public:
    // Throws praklit::Error(InvalidInput) with one sentence when the target
    // cannot be written.
    explicit OutputFile(std::filesystem::path target);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    std::ostream& stream() { return out_; }
    // For a library that writes by file name (libxlsxwriter, libcsv's FILE*):
    // closes this object's stream and gives the temporary file's path.
    const std::filesystem::path& temporaryPath();

    // cairo's stream callback: `closure` is this OutputFile.
    static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length);

    // Renames the temporary file over the target; throws on failure.
    void commit();

    const std::filesystem::path& target() const { return target_; }

    // Throws the one sentence for "this file cannot be written".
    [[noreturn]] void fail() const;

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    std::ofstream out_;
    bool committed_ = false;
};

} // namespace praklit::integrations
