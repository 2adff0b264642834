#include "ui/time/UserIdle.h"

#include <wx/utils.h>

#if defined(__WINDOWS__)
#include <windows.h>
#elif defined(__WXGTK__) && defined(__UNIX__)
#include <dlfcn.h>
#define PRAKLIT_X_IDLE 1
#endif

namespace praklit::ui {

#ifdef PRAKLIT_X_IDLE
namespace {

// The fields of XScreenSaverInfo (X11/extensions/scrnsaver.h), declared here
// so the program needs neither the header nor the library to build or run.
struct ScreenSaverInfo {
    unsigned long window;
    int state;
    int kind;
    unsigned long til_or_since;
    unsigned long idle; // milliseconds since the last input
    unsigned long eventMask;
};
using AllocInfo = ScreenSaverInfo* (*)();
using QueryInfo = int (*)(void* display, unsigned long drawable, ScreenSaverInfo* info);
using QueryExtension = int (*)(void* display, int* eventBase, int* errorBase);
using DefaultRoot = unsigned long (*)(void* display);
using Free = int (*)(void* data);

struct Xss {
    AllocInfo alloc = nullptr;
    QueryInfo query = nullptr;
    QueryExtension hasExtension = nullptr;
    DefaultRoot root = nullptr;
    Free free = nullptr;
    ScreenSaverInfo* info = nullptr;
    bool usable = false;
};

Xss& xss(void* display)
{
    static Xss x = [display] {
        Xss loaded;
        void* lib = dlopen("libXss.so.1", RTLD_LAZY | RTLD_LOCAL);
        if (!lib) return loaded;
        loaded.alloc = reinterpret_cast<AllocInfo>(dlsym(lib, "XScreenSaverAllocInfo"));
        loaded.query = reinterpret_cast<QueryInfo>(dlsym(lib, "XScreenSaverQueryInfo"));
        loaded.hasExtension = reinterpret_cast<QueryExtension>(dlsym(lib, "XScreenSaverQueryExtension"));
        loaded.root = reinterpret_cast<DefaultRoot>(dlsym(RTLD_DEFAULT, "XDefaultRootWindow"));
        loaded.free = reinterpret_cast<Free>(dlsym(RTLD_DEFAULT, "XFree"));
        int eventBase = 0, errorBase = 0;
        if (loaded.alloc && loaded.query && loaded.hasExtension && loaded.root &&
            loaded.hasExtension(display, &eventBase, &errorBase)) {
            loaded.info = loaded.alloc();
            loaded.usable = loaded.info != nullptr;
        }
        return loaded;
    }();
    return x;
}

} // namespace
#endif

std::optional<std::chrono::seconds> userIdleTime()
{
#if defined(__WINDOWS__)
    LASTINPUTINFO info{sizeof(LASTINPUTINFO), 0};
    if (!GetLastInputInfo(&info)) return std::nullopt;
    return std::chrono::seconds((GetTickCount() - info.dwTime) / 1000);
#elif defined(PRAKLIT_X_IDLE)
    void* display = wxGetX11Display(); // null under Wayland
    if (!display) return std::nullopt;
    Xss& x = xss(display);
    if (!x.usable || !x.query(display, x.root(display), x.info)) return std::nullopt;
    return std::chrono::seconds(x.info->idle / 1000);
#else
    return std::nullopt;
#endif
}

} // namespace praklit::ui
