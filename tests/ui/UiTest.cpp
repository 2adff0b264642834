#include "UiTest.h"

#include "ModalDriver.h"
#include "services/OfficeLocation.h"
#include "services/OfficeService.h"
#include "services/UserService.h"
#include "ui/users/SignInDialog.h"
#include "ui/widgets/Utf8.h"

#include <wx/evtloop.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

namespace praklit::ui::test {

std::filesystem::path testRoot(); // main.cpp

PraklitApp& app() { return static_cast<PraklitApp&>(*wxApp::GetInstance()); }

namespace {
// One pass of the event loop; says whether it found anything to do.
bool dispatchOnce()
{
    bool busy = false;
    if (auto* loop = wxEventLoopBase::GetActive())
        while (loop->Pending()) {
            loop->Dispatch();
            busy = true;
        }
    if (wxTheApp->HasPendingEvents()) {
        wxTheApp->ProcessPendingEvents();
        busy = true;
    }
    if (wxTheApp->ProcessIdle()) busy = true; // an idle handler asked for more
    return busy;
}
} // namespace

void pump()
{
    using namespace std::chrono;
    constexpr auto quietSpell = milliseconds(60);
    const auto limit = steady_clock::now() + seconds(5);
    auto quietSince = steady_clock::now();
    while (steady_clock::now() < limit) {
        if (dispatchOnce()) quietSince = steady_clock::now();
        else if (steady_clock::now() - quietSince >= quietSpell) return;
        std::this_thread::sleep_for(milliseconds(5));
    }
}

bool pumpUntil(const std::function<bool()>& done, std::chrono::milliseconds limit)
{
    using namespace std::chrono;
    const auto until = steady_clock::now() + limit;
    while (!done()) {
        if (steady_clock::now() >= until) return false;
        if (!dispatchOnce()) std::this_thread::sleep_for(milliseconds(5));
    }
    pump(); // what the condition set off (a repaint, a list refilled) runs too
    return true;
}

void screenshot(wxWindow* window, const std::string& name)
{
    window->Raise();
    window->Update();
    EXPECT_TRUE(pumpUntil([&] { return window->IsShownOnScreen(); })) << name;
    pump();
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
    const auto url = ConnectionUrl::parse(database);
    if (url.backend() == Backend::SQLite) {
        if (!std::filesystem::exists(url.sqlitePath())) services::OfficeService::init(url);
        if (!app().start(options)) return nullptr;
    } else {
        services::OfficeService::init(url);
        if (services::UserService::needsFirstAdministrator(url))
            services::UserService::createFirstAdministrator(url, services::osLogin(), services::osLogin(), kTestPassword);
        ModalDriver signIn;
        signIn.whileShown([](wxDialog* dialog) {
            auto* window = dynamic_cast<SignInDialog*>(dialog);
            ASSERT_NE(window, nullptr) << dialog->GetTitle().utf8_string();
            static_cast<wxTextCtrl*>(window->FindWindow("password"))->ChangeValue(kTestPassword);
            EXPECT_TRUE(window->submit()) << window->message().utf8_string();
        });
        if (!app().start(options)) return nullptr;
    }
    pump();
    return app().mainFrame();
}

void closeAllWindows()
{
    const std::vector<wxWindow*> windows(wxTopLevelWindows.begin(), wxTopLevelWindows.end());
    for (wxWindow* window : windows) window->Destroy();
    // wx deletes a destroyed window in idle time; a modal dialog's parent waits for it.
    EXPECT_TRUE(pumpUntil([&] {
        return std::none_of(windows.begin(), windows.end(), [](wxWindow* w) { return wxTopLevelWindows.Find(w); });
    }));
}

} // namespace praklit::ui::test
