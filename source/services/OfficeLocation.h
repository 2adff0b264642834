#pragma once
#include <filesystem>
#include <string>

namespace praklit::services {

// The per-user data folder the GUI opens its embedded office in, computed
// the way wxStandardPaths::GetUserDataDir does (XDG layout on Linux), so the
// CLI, which links no wx, finds the same file:
//   Linux   $XDG_DATA_HOME/praklit or ~/.local/share/praklit
//   macOS   ~/Library/Application Support/praklit
//   Windows %APPDATA%\praklit
std::filesystem::path userDataDir();
std::filesystem::path defaultOfficeFile(); // userDataDir()/office.db
// Makes userDataDir() when it is missing, readable by its owner alone (0700,
// as the XDG base directory rules ask), and returns it.
std::filesystem::path makeUserDataDir();

// The operating system's login name of the person running the program.
std::string osLogin();

} // namespace praklit::services
