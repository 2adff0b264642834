#pragma once
#include <filesystem>

namespace praklit::data {

// Who may read what the office keeps on disk: its owner alone (0600 files,
// 0700 folders), or, for a documents folder the office shares, the folder's
// group too (0660 files, 2770 folders: set-group-id, so what is added in
// them stays the group's). Permission bits are POSIX: on Windows these are
// no-ops and the folder's ACL decides.
enum class FileSharing { Owner, Group };

// Makes `folder` and any missing folder above it with the sharing's mode;
// folders that were there already keep theirs. Returns false (errors in
// `ec`) when `folder` is not a folder afterwards.
bool createFolders(const std::filesystem::path& folder, FileSharing sharing, std::error_code& ec);

// Gives an existing file or folder the sharing's mode; a file system that
// keeps no such bits ignores it.
void setMode(const std::filesystem::path& path, FileSharing sharing);

} // namespace praklit::data
