#include "data/FileModes.h"

#include <vector>

namespace praklit::data {

namespace fs = std::filesystem;

namespace {

fs::perms folderMode(FileSharing sharing)
{
    return sharing == FileSharing::Owner ? fs::perms::owner_all
                                         : fs::perms::owner_all | fs::perms::group_all | fs::perms::set_gid;
}

fs::perms fileMode(FileSharing sharing)
{
    const auto owner = fs::perms::owner_read | fs::perms::owner_write;
    return sharing == FileSharing::Owner ? owner : owner | fs::perms::group_read | fs::perms::group_write;
}

} // namespace

bool createFolders(const fs::path& folder, FileSharing sharing, std::error_code& ec)
{
    ec.clear();
    // The folders that are missing, outermost first: each is made and
    // narrowed before the next goes inside it.
    std::vector<fs::path> missing;
    for (fs::path p = folder; !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        fs::create_directory(*it, ec);
        if (ec) return false;
        setMode(*it, sharing);
    }
    return fs::is_directory(folder, ec);
}

void setMode(const fs::path& path, FileSharing sharing)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec) return;
    fs::permissions(path, fs::is_directory(status) ? folderMode(sharing) : fileMode(sharing), fs::perm_options::replace,
                    ec);
}

} // namespace praklit::data
