#include "platform/DynamicLibrary.h"

#include <dlfcn.h>

#include <utility>

namespace praklit::platform {

DynamicLibrary::~DynamicLibrary() { close(); }

DynamicLibrary::DynamicLibrary(DynamicLibrary&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}

DynamicLibrary& DynamicLibrary::operator=(DynamicLibrary&& other) noexcept
{
    if (this != &other) {
        close();
        handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
}

DynamicLibrary DynamicLibrary::open(const std::string& path, std::string& error)
{
    DynamicLibrary out;
    // RTLD_LOCAL: a module's own symbols must not stand in for another's.
    out.handle_ = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!out.handle_) {
        const char* why = ::dlerror();
        error = why ? why : "dlopen failed";
    }
    return out;
}

void* DynamicLibrary::symbol(const char* name) const { return handle_ ? ::dlsym(handle_, name) : nullptr; }

void DynamicLibrary::close()
{
    if (handle_) ::dlclose(handle_);
    handle_ = nullptr;
}

} // namespace praklit::platform
