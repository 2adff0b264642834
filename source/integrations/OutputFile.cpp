#include "integrations/OutputFile.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <atomic>
#include <chrono>
#include <string>

namespace praklit::integrations {

namespace fs = std::filesystem;
using text::format;
using text::ltr;
using text::tr;

namespace {

fs::path temporaryBeside(const fs::path& target)
{
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    return target.parent_path() /
           ("." + target.filename().string() + "." + std::to_string(stamp) + "-" + std::to_string(counter++) + ".part");
}

[[noreturn]] void refuse(const std::string& sentence) { throw Error(ErrorKind::InvalidInput, sentence, "output"); }

// What may be replaced: nothing yet, or a regular file. A link is followed to
// what it names, so the file the user meant is the one written.
fs::path checkedTarget(fs::path target)
{
    if (target.empty() || !target.has_filename()) refuse(tr("No file name was given for the file to write."));
    if (target.is_relative()) target = fs::current_path() / target;
    std::error_code ec;
    const auto link = fs::symlink_status(target, ec);
    if (fs::is_symlink(link)) {
        const auto resolved = fs::canonical(target, ec);
        if (ec) refuse(format(tr("{1} is a link that points nowhere: choose a file name to write."), ltr(target.string())));
        target = resolved;
    }
    const auto status = fs::status(target, ec);
    if (fs::is_directory(status))
        refuse(format(tr("{1} is a folder: choose a file name inside it."), ltr(target.string())));
    if (fs::exists(status) && !fs::is_regular_file(status))
        refuse(format(tr("{1} is not a regular file (a device or the like): Praklit writes only files."), ltr(target.string())));
    const auto folder = target.parent_path();
    if (!fs::is_directory(folder, ec))
        refuse(format(tr("The folder {1} does not exist: choose an existing folder."), ltr(folder.string())));
    return target;
}

} // namespace

OutputFile::OutputFile(fs::path target) : target_(checkedTarget(std::move(target)))
{
    temporary_ = temporaryBeside(target_);
    out_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!out_) fail();
}

OutputFile::~OutputFile()
{
    if (committed_) return;
    out_.close();
    std::error_code ec;
    fs::remove(temporary_, ec);
}

const fs::path& OutputFile::temporaryPath()
{
    if (out_.is_open()) out_.close();
    return temporary_;
}

cairo_status_t OutputFile::write(void* closure, const unsigned char* data, unsigned int length)
{
    auto* self = static_cast<OutputFile*>(closure);
    self->out_.write(reinterpret_cast<const char*>(data), length);
    return self->out_ ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

void OutputFile::commit()
{
    if (out_.is_open()) {
        out_.close();
        if (!out_) fail();
    }
    std::error_code ec;
    if (fs::file_size(temporary_, ec) == 0 || ec) fail();
    // The target may have changed into something else while the file was written.
    checkedTarget(target_);
    fs::rename(temporary_, target_, ec);
    if (ec) fail();
    committed_ = true;
}

void OutputFile::fail() const
{
    refuse(format(tr("The file {1} cannot be written: check that its folder may be written to and has room."),
                  ltr(target_.string())));
}

} // namespace praklit::integrations
