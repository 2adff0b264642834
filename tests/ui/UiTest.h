#pragma once
// What every GUI test needs: the running app, a way to let it paint, and
// screenshots to look at.
#include "ui/office/MainFrame.h"
#include "ui/office/PraklitApp.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace praklit::ui::test {

PraklitApp& app();

// Runs the event loop until it has nothing left to do: no event pending, no
// idle handler asking for more, over a short quiet spell (Xvfb sends a new
// window's map and expose events a few frames after it is shown).
void pump();
// Runs the event loop until `done` holds or `limit` has passed; says whether it
// holds. For what a timer brings (the typing pause, a clock's tick, a thread's
// answer), which an idle queue does not wait for.
bool pumpUntil(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(10));

// Writes the window as it is on screen to <build>/screenshots/<name>.png.
void screenshot(wxWindow* window, const std::string& name);

// A fresh folder per test under the test run's temporary folder.
std::filesystem::path freshFolder(const std::string& name);

// The password of the operating system's user in the offices startOn makes.
inline constexpr const char* kTestPassword = "Kiwi-tree-42";

// Starts the app as `praklit --database <database> --lang <language>`. The
// office is made first, as `praklit-cli db init` makes it, so the first-run
// dialog does not come (UsersTest drives it); on the office server the
// operating system's user is its administrator with kTestPassword, typed
// into the sign-in window.
MainFrame* startOn(const std::string& database, text::Language language);
MainFrame* startOn(const std::filesystem::path& officeFile, text::Language language);

// Closes every top-level window and lets wx delete them.
void closeAllWindows();

} // namespace praklit::ui::test
