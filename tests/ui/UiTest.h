#pragma once
// What every GUI test needs: the running app, a way to let it paint, and
// screenshots to look at.
#include "ui/office/MainFrame.h"
#include "ui/office/PraklitApp.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace praklit::ui::test {

PraklitApp& app();

// Runs the event loop (and idle time) for about `ms` milliseconds.
void pump(int ms = 300);

// Writes the window as it is on screen to <build>/screenshots/<name>.png.
void screenshot(wxWindow* window, const std::string& name);

// A fresh folder per test under the test run's temporary folder.
std::filesystem::path freshFolder(const std::string& name);

// Starts the app as `praklit --database <database> --lang <language>`.
MainFrame* startOn(const std::string& database, text::Language language);
MainFrame* startOn(const std::filesystem::path& officeFile, text::Language language);

// Closes every top-level window and lets wx delete them.
void closeAllWindows();

} // namespace praklit::ui::test
