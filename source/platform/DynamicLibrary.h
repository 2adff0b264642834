#pragma once
// A shared library loaded at run time — a smart card's PKCS#11 module is
// the card vendor's, found on the user's machine, never linked — through
// the operating system's own loader (one source file per system).
#include <string>

namespace praklit::platform {

class DynamicLibrary {
public:
    DynamicLibrary() = default;
    ~DynamicLibrary();
    DynamicLibrary(DynamicLibrary&& other) noexcept;
    DynamicLibrary& operator=(DynamicLibrary&& other) noexcept;
    DynamicLibrary(const DynamicLibrary&) = delete;
    DynamicLibrary& operator=(const DynamicLibrary&) = delete;

    // Loads `path` (UTF-8). Empty and `error` set to the loader's own
    // description when it cannot be loaded.
    static DynamicLibrary open(const std::string& path, std::string& error);

    bool loaded() const { return handle_ != nullptr; }
    // The address of the exported `name`, or null.
    void* symbol(const char* name) const;

private:
    void close();
    void* handle_ = nullptr;
};

} // namespace praklit::platform
