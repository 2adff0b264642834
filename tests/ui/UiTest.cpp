#include "UiTest.h"

#include "ui/widgets/Utf8.h"

#include <wx/evtloop.h>
#include <wx/stdpaths.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

namespace praklit::ui::test {

std::filesystem::path testRoot(); // main.cpp

PraklitApp& app() { return static_cast<PraklitApp&>(*wxApp::GetInstance()); }

void pump(int ms)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    do {
        if (auto* loop = wxEventLoopBase::GetActive())
            while (loop->Pending()) loop->Dispatch();
        wxTheApp->ProcessPendingEvents();
        wxTheApp->ProcessIdle();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    } while (std::chrono::steady_clock::now() < until);
}

void screenshot(wxWindow* window, const std::string& name)
{
    window->Raise();
    window->Update();
    pump(1000); // a newly shown window maps and paints a few frames later under Xvfb
    const std::filesystem::path dir = PRAKLIT_SCREENSHOT_DIR;
    std::filesystem::create_directories(dir);
    const auto file = dir / (name + ".png");
    // What the X server shows, menu and status bars included: wxScreenDC on
    // GTK 3 returned stale pixels here, and wxWindowDC only the client area.
    const wxRect r = window->GetScreenRect();
    const std::string command = "import -window root -crop " + std::to_string(r.width) + "x" + std::to_string(r.height) +
                                "+" + std::to_string(r.x) + "+" + std::to_string(r.y) + " +repage '" + file.string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    std::cout << "screenshot: " << file.string() << std::endl;
}

std::filesystem::path freshFolder(const std::string& name)
{
    const auto dir = testRoot() / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

MainFrame* startOn(const std::filesystem::path& officeFile, text::Language language)
{
    return startOn(ConnectionUrl::sqliteFile(officeFile).text(), language);
}

MainFrame* startOn(const std::string& database, text::Language language)
{
    StartOptions options;
    options.database = database;
    options.language = language;
    options.localeDir = text::localeDirBeside(pathOf(wxStandardPaths::Get().GetExecutablePath()));
    if (!app().start(options)) return nullptr;
    pump();
    return app().mainFrame();
}

void closeAllWindows()
{
    const std::vector<wxWindow*> windows(wxTopLevelWindows.begin(), wxTopLevelWindows.end());
    for (wxWindow* window : windows) window->Destroy();
    pump(200);
}

} // namespace praklit::ui::test
