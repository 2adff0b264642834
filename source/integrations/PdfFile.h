#pragma once
#include <cairo.h>
#include <filesystem>
#include <fstream>

namespace praklit::integrations {

// The file a PDF is written to: a temporary file beside the target, renamed
// over it only once the whole document is written, so a failure never leaves
// a half-written PDF where the user expects one (and never spoils an older copy).
class PdfFile {
public:
    // Throws praklit::Error when the target cannot be written.
    explicit PdfFile(std::filesystem::path target);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    // cairo's stream callback: `closure` is this PdfFile.
    static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length);

    // Closes the temporary file and renames it over the target; throws on failure.
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
