#include "services/OfficeLocation.h"

#include "data/FileModes.h"

#include <cstdlib>

#ifdef _WIN32
#include <windows.h>
#include <lmcons.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace praklit::services {

namespace {
std::filesystem::path env(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v ? std::filesystem::path(v) : std::filesystem::path();
}
} // namespace

std::filesystem::path userDataDir()
{
#if defined(_WIN32)
    return env("APPDATA") / "praklit";
#elif defined(__APPLE__)
    return env("HOME") / "Library" / "Application Support" / "praklit";
#else
    auto base = env("XDG_DATA_HOME");
    if (base.empty()) base = env("HOME") / ".local" / "share";
    return base / "praklit";
#endif
}

std::filesystem::path defaultOfficeFile() { return userDataDir() / "office.db"; }

std::filesystem::path makeUserDataDir()
{
    const auto dir = userDataDir();
    std::error_code ec;
    data::createFolders(dir, data::FileSharing::Owner, ec);
    return dir;
}

std::string osLogin()
{
#ifdef _WIN32
    char name[UNLEN + 1];
    DWORD size = sizeof name;
    if (GetUserNameA(name, &size)) return name;
    return "user";
#else
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    const char* user = std::getenv("USER");
    return user ? user : "user";
#endif
}

} // namespace praklit::services
