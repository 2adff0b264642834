#pragma once
#include <chrono>
#include <optional>

namespace praklit::ui {

// Time since the person last touched the keyboard or mouse, where the
// platform tells: Windows (GetLastInputInfo), X11 with the screen saver
// extension (libXss, loaded at run time if present). nullopt elsewhere
// (Wayland, macOS for now): then only sleep is noticed, by the clock's jump.
std::optional<std::chrono::seconds> userIdleTime();

} // namespace praklit::ui
