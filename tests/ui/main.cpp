// Starts the wx app in this process the way the program does (PraklitApp),
// with a wx assert counted as a test failure, then runs the tests inside an
// active event loop so windows really map, lay out and paint under Xvfb.
#include "integrations/PdfPrinter.h"
#include "integrations/CourtGateways.h"
#include "integrations/Pkcs11Cards.h"
#include "integrations/SmsGateways.h"
#include "UiTest.h"

#include <wx/evtloop.h>
#include <wx/image.h>
#include <wx/log.h>

#include <cstdlib>
#include <iostream>

namespace praklit::ui::test {

namespace {
std::filesystem::path g_root;
}

std::filesystem::path testRoot() { return g_root; }

} // namespace praklit::ui::test

namespace {

void failOnAssert(const wxString& file, int line, const wxString& func, const wxString& cond, const wxString& msg)
{
    ADD_FAILURE_AT(file.utf8_str(), line) << "wx assert in " << func.utf8_string() << ": " << cond.utf8_string() << " "
                                           << msg.utf8_string();
}

// wx would show a modal box for a logged error and wait for a click forever.
class FailOnLoggedError : public wxLog {
protected:
    void DoLogRecord(wxLogLevel level, const wxString& msg, const wxLogRecordInfo& info) override
    {
        if (level <= wxLOG_Warning) ADD_FAILURE_AT(info.filename ? info.filename : "wx", info.line) << "wx logged: " << msg.utf8_string();
    }
};

} // namespace

int main(int argc, char** argv)
{
    testing::InitGoogleTest(&argc, argv);

    // A private home: the test never reads or writes the person's settings or office.
    char pattern[] = "/tmp/praklit-ui-test.XXXXXX";
    if (!mkdtemp(pattern)) return 2;
    praklit::ui::test::g_root = pattern;
    const auto home = praklit::ui::test::g_root / "home";
    std::filesystem::create_directories(home);
    setenv("HOME", home.c_str(), 1);
    setenv("XDG_CONFIG_HOME", (home / ".config").c_str(), 1);
    setenv("XDG_DATA_HOME", (home / ".local" / "share").c_str(), 1);

    // What the desktop's main() installs: the real printer, SMS gateways, smart cards and court gateway.
    praklit::services::Printer::install(praklit::integrations::makePrinter());
    praklit::services::SmsGateways::install(praklit::integrations::makeSmsGateways());
    praklit::services::SmartCards::install(praklit::integrations::makeSmartCards());
    praklit::services::CourtGateways::install(praklit::integrations::makeCourtGateways());
    wxSetAssertHandler(failOnAssert);
    delete wxLog::SetActiveTarget(new FailOnLoggedError);
    wxApp::SetInstance(new praklit::ui::PraklitApp);
    int wxArgc = 1;
    if (!wxEntryStart(wxArgc, argv)) {
        std::cerr << "cannot start wx (no display?)\n";
        return 2;
    }
    wxInitAllImageHandlers();

    int result = 0;
    {
        wxEventLoop loop;
        wxEventLoopActivator active(&loop);
        result = RUN_ALL_TESTS();
        praklit::ui::test::closeAllWindows();
    }
    wxEntryCleanup();
    std::error_code ec;
    if (result == 0) std::filesystem::remove_all(praklit::ui::test::g_root, ec);
    return result;
}
