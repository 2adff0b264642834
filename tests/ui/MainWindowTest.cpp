#include "UiTest.h"

#include "data/Database.h"
#include "ModalDriver.h"
#include "services/OfficeLocation.h"
#include "services/OfficeService.h"
#include "ui/users/FirstRunDialog.h"
#include "ui/office/MainMenu.h"
#include "ui/office/UserSettings.h"
#include "ui/widgets/Utf8.h"

#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>

namespace praklit::ui::test {

namespace {

class MainWindow : public testing::Test {
protected:
    void TearDown() override { closeAllWindows(); }
};

int centreX(const wxWindow* window) { return window->GetScreenRect().GetX() + window->GetScreenRect().GetWidth() / 2; }

std::vector<wxString> labelsOf(const wxMenu& menu)
{
    std::vector<wxString> labels;
    for (const wxMenuItem* item : menu.GetMenuItems()) labels.push_back(item->GetItemLabel());
    return labels;
}

} // namespace

TEST_F(MainWindow, HebrewIsRightToLeftWithTheHamburgerAtTheRight)
{
    const auto office = freshFolder("hebrew") / "office.db";
    MainFrame* frame = startOn(office, text::Language::Hebrew);
    ASSERT_NE(frame, nullptr);
    ASSERT_TRUE(frame->IsShown());

    EXPECT_EQ(wxTheApp->GetLayoutDirection(), wxLayout_RightToLeft);
    EXPECT_EQ(frame->GetLayoutDirection(), wxLayout_RightToLeft);
    EXPECT_EQ(frame->hamburgerButton()->GetLayoutDirection(), wxLayout_RightToLeft);
    // Really mirrored on screen, not only flagged: the start edge is the right one.
    EXPECT_GT(centreX(frame->hamburgerButton()), centreX(frame));

    EXPECT_TRUE(std::filesystem::exists(office)) << "the office is created on first start";
    const wxStatusBar* status = frame->GetStatusBar();
    ASSERT_NE(status, nullptr);
    EXPECT_NE(status->GetStatusText(0).find(wxString::FromUTF8(services::osLogin())), wxString::npos)
        << status->GetStatusText(0);
    EXPECT_NE(status->GetStatusText(1).find("office.db"), wxString::npos) << status->GetStatusText(1);
    EXPECT_NE(frame->GetTitle().find("office.db"), wxString::npos) << frame->GetTitle();

    screenshot(frame, "main-window-he");
}

TEST_F(MainWindow, EnglishIsLeftToRightWithTheHamburgerAtTheLeft)
{
    const auto office = freshFolder("english") / "office.db";
    MainFrame* frame = startOn(office, text::Language::English);
    ASSERT_NE(frame, nullptr);

    EXPECT_EQ(wxTheApp->GetLayoutDirection(), wxLayout_LeftToRight);
    EXPECT_EQ(frame->GetLayoutDirection(), wxLayout_LeftToRight);
    EXPECT_LT(centreX(frame->hamburgerButton()), centreX(frame));
    EXPECT_TRUE(frame->GetStatusBar()->GetStatusText(0).StartsWith("User: ")) << frame->GetStatusBar()->GetStatusText(0);
    EXPECT_TRUE(frame->GetStatusBar()->GetStatusText(1).StartsWith("Database: ")) << frame->GetStatusBar()->GetStatusText(1);
    EXPECT_NE(frame->GetStatusBar()->GetStatusText(1).find("office.db (SQLite)"), wxString::npos);
    EXPECT_TRUE(frame->GetTitle().StartsWith("Praklit")) << frame->GetTitle();

    screenshot(frame, "main-window-en");
}

TEST_F(MainWindow, ThePersonalLanguageSettingChoosesTheLanguageWhenNoneIsAskedFor)
{
    UserSettings().setLanguage(text::Language::English);
    StartOptions options;
    options.database = ConnectionUrl::sqliteFile(freshFolder("personal") / "office.db").text();
    services::OfficeService::init(ConnectionUrl::parse(options.database)); // no first-run dialog
    options.localeDir = text::localeDirBeside(pathOf(wxStandardPaths::Get().GetExecutablePath()));
    const bool started = app().start(options);
    UserSettings().setLanguage(text::Language::Hebrew);
    ASSERT_TRUE(started);
    pump();
    EXPECT_EQ(app().mainFrame()->GetLayoutDirection(), wxLayout_LeftToRight);
    EXPECT_EQ(text::currentLanguage(), text::Language::English);
}

TEST_F(MainWindow, HamburgerOffersTheMenuBarsMenus)
{
    MainFrame* frame = startOn(freshFolder("menus") / "office.db", text::Language::English);
    ASSERT_NE(frame, nullptr);
    const wxMenuBar* bar = frame->GetMenuBar();
    std::unique_ptr<wxMenu> popup(makeMainPopupMenu());
    ASSERT_EQ(popup->GetMenuItemCount(), bar->GetMenuCount());
    for (size_t i = 0; i < bar->GetMenuCount(); ++i) {
        const wxMenuItem* sub = popup->FindItemByPosition(i);
        ASSERT_TRUE(sub->IsSubMenu());
        EXPECT_EQ(sub->GetItemLabelText(), bar->GetMenuLabelText(i));
        EXPECT_EQ(labelsOf(*sub->GetSubMenu()), labelsOf(*bar->GetMenu(i)));
    }
    EXPECT_NE(bar->FindItem(ID_SYSTEM_SETTINGS), nullptr);
    EXPECT_NE(bar->FindItem(wxID_EXIT), nullptr);
    EXPECT_NE(bar->FindItem(wxID_ABOUT), nullptr);
}

TEST_F(MainWindow, WithoutADatabaseItOpensThePersonsOwnOfficeTheCommandLineUsesToo)
{
    std::filesystem::remove(services::defaultOfficeFile());
    UserSettings().setDatabaseUrl(""); // as on a first start
    StartOptions options;
    options.language = text::Language::Hebrew;
    options.localeDir = text::localeDirBeside(pathOf(wxStandardPaths::Get().GetExecutablePath()));
    // A first start: the new office asks for its name and administrator.
    ModalDriver firstRun;
    firstRun.whileShown([](wxDialog* dialog) {
        auto* window = dynamic_cast<FirstRunDialog*>(dialog);
        ASSERT_NE(window, nullptr) << dialog->GetTitle().utf8_string();
        static_cast<wxTextCtrl*>(window->FindWindow("office_name"))->ChangeValue(wxString::FromUTF8("משרד לוי"));
        static_cast<wxTextCtrl*>(window->FindWindow("display_name"))->ChangeValue(wxString::FromUTF8("דנה לוי"));
        static_cast<wxTextCtrl*>(window->FindWindow("password"))->ChangeValue(kTestPassword);
        static_cast<wxTextCtrl*>(window->FindWindow("password_again"))->ChangeValue(kTestPassword);
        EXPECT_TRUE(window->submit()) << window->message().utf8_string();
    });
    ASSERT_TRUE(app().start(options));
    pump();
    MainFrame* frame = app().mainFrame();
    ASSERT_NE(frame, nullptr);
    // services::defaultOfficeFile() is what `praklit-cli` opens without --database.
    EXPECT_TRUE(std::filesystem::exists(services::defaultOfficeFile())) << services::defaultOfficeFile();
    EXPECT_EQ(frame->office().db().url().sqlitePath(), services::defaultOfficeFile());
}

} // namespace praklit::ui::test
