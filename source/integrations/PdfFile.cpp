#include "integrations/PdfFile.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <atomic>
#include <chrono>
#include <string>

namespace praklit::integrations {

using text::format;
using text::ltr;
using text::tr;

namespace {
std::filesystem::path temporaryBeside(const std::filesystem::path& target)
{
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    return target.parent_path() /
           ("." + target.filename().string() + "." + std::to_string(stamp) + "-" + std::to_string(counter++) + ".part");
}
} // namespace

PdfFile::PdfFile(std::filesystem::path target) : target_(std::move(target))
{
    if (target_.empty() || !target_.has_filename())
        throw Error(ErrorKind::InvalidInput, tr("No file name was given for the PDF."), "output");
    if (target_.parent_path().empty()) target_ = std::filesystem::current_path() / target_;
    std::error_code ec;
    if (std::filesystem::is_directory(target_, ec))
        throw Error(ErrorKind::InvalidInput,
                    format(tr("{1} is a folder: choose a file name for the PDF."), ltr(target_.string())), "output");
    temporary_ = temporaryBeside(target_);
    out_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!out_) fail();
}

PdfFile::~PdfFile()
{
    if (committed_) return;
    out_.close();
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
}

cairo_status_t PdfFile::write(void* closure, const unsigned char* data, unsigned int length)
{
    auto* self = static_cast<PdfFile*>(closure);
    self->out_.write(reinterpret_cast<const char*>(data), length);
    return self->out_ ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

void PdfFile::commit()
{
    out_.close();
    if (!out_) fail();
    std::error_code ec;
    std::filesystem::rename(temporary_, target_, ec);
    if (ec) fail();
    committed_ = true;
}

void PdfFile::fail() const
{
    throw Error(ErrorKind::Database,
                format(tr("The PDF file {1} cannot be written: check that its folder exists, may be written to and has room."),
                       ltr(target_.string())),
                "output");
}

} // namespace praklit::integrations
