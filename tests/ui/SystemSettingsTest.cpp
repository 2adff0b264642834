#include "UiTest.h"

#include "ModalDriver.h"
#include "ui/users/FirstRunDialog.h"
#include "ui/users/SignInDialog.h"

#include "support/TestDatabase.h"
#include "ui/office/UserSettings.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <chrono>
#include <fstream>
#include <sstream>

namespace praklit::ui::test {

namespace {

class SystemSettings : public testing::Test {
protected:
    void TearDown() override
    {
        if (dialog) dialog->Hide();
        dialog.reset();
        closeAllWindows();
    }

    void open(const std::filesystem::path& office, text::Language language)
    {
        open(ConnectionUrl::sqliteFile(office).text(), language);
    }

    void open(const std::string& database, text::Language language)
    {
        frame = startOn(database, language);
        ASSERT_NE(frame, nullptr);
        dialog = frame->makeSystemSettingsDialog();
        dialog->Show(); // not modal, so the test goes on while it is up
        pump();
    }

    template <typename T> T* control(const char* name) const
    {
        auto* window = dialog->FindWindow(XRCID(name));
        EXPECT_NE(window, nullptr) << name;
        return wxDynamicCast(window, T);
    }

    void click(const char* name) { click(XRCID(name)); }
    void click(int id)
    {
        auto* button = wxDynamicCast(dialog->FindWindow(id), wxButton);
        ASSERT_NE(button, nullptr);
        wxCommandEvent event(wxEVT_BUTTON, id);
        event.SetEventObject(button);
        button->ProcessWindowEvent(event);
        pump();
    }

    wxString message() const { return control<wxStaticText>("message")->GetLabel(); }

    MainFrame* frame = nullptr;
    std::unique_ptr<SystemSettingsDialog> dialog;
};

} // namespace

TEST_F(SystemSettings, ShowsTheCurrentOfficeRightToLeft)
{
    const auto office = freshFolder("settings-he") / "office.db";
    open(office, text::Language::Hebrew);
    EXPECT_EQ(dialog->GetLayoutDirection(), wxLayout_RightToLeft);
    EXPECT_TRUE(control<wxRadioButton>("use_sqlite")->GetValue());
    EXPECT_EQ(control<wxTextCtrl>("sqlite_path")->GetValue(), wxString::FromUTF8(office.string()));
    EXPECT_FALSE(control<wxTextCtrl>("host")->IsEnabled()) << "server fields wait for the server choice";
    // The start edge is the right one here too: the file label is right of its field.
    EXPECT_GT(control<wxStaticText>("sqlite_path_label")->GetScreenPosition().x,
              control<wxTextCtrl>("sqlite_path")->GetScreenPosition().x);
    screenshot(dialog.get(), "system-settings-he");
}

TEST_F(SystemSettings, OkSwitchesToTheChosenOfficeAndRemembersIt)
{
    const auto folder = freshFolder("switch");
    open(folder / "office.db", text::Language::English);
    const auto other = folder / "other office.db";
    control<wxTextCtrl>("sqlite_path")->ChangeValue(wxString::FromUTF8(other.string()));
    control<wxChoice>("language")->SetSelection(1); // English

    {
        // A new office: its first administrator is asked first.
        ModalDriver firstRun;
        firstRun.whileShown([](wxDialog* d) {
            auto* window = dynamic_cast<FirstRunDialog*>(d);
            ASSERT_NE(window, nullptr) << d->GetTitle().utf8_string();
            static_cast<wxTextCtrl*>(window->FindWindow("password"))->ChangeValue(kTestPassword);
            static_cast<wxTextCtrl*>(window->FindWindow("password_again"))->ChangeValue(kTestPassword);
            EXPECT_TRUE(window->submit()) << window->message().utf8_string();
        });
        click(wxID_OK);
        EXPECT_TRUE(firstRun.done());
    }

    EXPECT_FALSE(dialog->IsShown()) << message();
    EXPECT_TRUE(std::filesystem::exists(other));
    EXPECT_EQ(frame->GetStatusBar()->GetStatusText(1), wxString::FromUTF8("Database: \u2066other office.db (SQLite)\u2069"));
    UserSettings settings;
    EXPECT_NE(settings.databaseUrl().find("other office.db"), std::string::npos) << settings.databaseUrl();
    EXPECT_EQ(settings.language(), text::Language::English);
    // Where a Linux desktop keeps settings (XDG), not a dot-file in the home folder.
    EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(getenv("XDG_CONFIG_HOME")) / "praklit.conf"));
    settings.setDatabaseUrl("");
    settings.setLanguage(text::Language::Hebrew);
}

TEST_F(SystemSettings, AnOfficeThatWillNotOpenKeepsTheDialogAndWhatWasTyped)
{
    const auto folder = freshFolder("corrupt");
    open(folder / "office.db", text::Language::Hebrew);
    const auto corrupt = folder / "corrupt.db";
    std::ofstream(corrupt) << "this is not a database, only a file with a .db name\n";
    control<wxTextCtrl>("sqlite_path")->ChangeValue(wxString::FromUTF8(corrupt.string()));

    click(wxID_OK);

    EXPECT_TRUE(dialog->IsShown());
    EXPECT_FALSE(message().empty());
    EXPECT_EQ(control<wxTextCtrl>("sqlite_path")->GetValue(), wxString::FromUTF8(corrupt.string()));
    EXPECT_NE(frame->GetStatusBar()->GetStatusText(1).find("office.db"), wxString::npos) << "still the old office";
    screenshot(dialog.get(), "system-settings-refused-he");
}

TEST_F(SystemSettings, AServerPortOutOfRangeIsRefusedWithItsSentence)
{
    open(freshFolder("port") / "office.db", text::Language::English);
    control<wxRadioButton>("use_postgresql")->SetValue(true);
    control<wxTextCtrl>("host")->ChangeValue("db.office");
    control<wxTextCtrl>("port")->ChangeValue("99999");
    control<wxTextCtrl>("dbname")->ChangeValue("praklit");
    control<wxTextCtrl>("user")->ChangeValue("ruth");

    click(wxID_OK);

    EXPECT_TRUE(dialog->IsShown());
    EXPECT_NE(message().find("99999"), wxString::npos) << message();
    EXPECT_EQ(control<wxTextCtrl>("host")->GetValue(), "db.office");
}

TEST_F(SystemSettings, TestConnectionAnswersInTheDialogWithoutChangingAnything)
{
    const auto folder = freshFolder("test-connection");
    open(folder / "office.db", text::Language::English);
    const auto missing = folder / "new.db";
    control<wxTextCtrl>("sqlite_path")->ChangeValue(wxString::FromUTF8(missing.string()));

    click("test_connection");
    // The test runs on a thread; its button comes back with the answer.
    EXPECT_TRUE(pumpUntil([&] { return control<wxButton>("test_connection")->IsEnabled(); }));

    EXPECT_NE(message().find("new.db"), wxString::npos) << message();
    EXPECT_FALSE(std::filesystem::exists(missing)) << "a test only looks";
}

// Needs the server scripts/test starts (PRAKLIT_TEST_POSTGRESQL, PGPASSWORD):
// ctest runs it as ui_postgresql.
TEST_F(SystemSettings, OfficeServerIsShownTestedAndItsPasswordNeverWrittenToSettings)
{
    praklit::test::TestDatabase server(Backend::PostgreSQL); // a fresh schema of its own
    open(server.url().withPassword(), text::Language::Hebrew);
    EXPECT_NE(frame->GetStatusBar()->GetStatusText(1).find("(PostgreSQL)"), wxString::npos);
    EXPECT_TRUE(control<wxRadioButton>("use_postgresql")->GetValue());
    EXPECT_EQ(control<wxTextCtrl>("host")->GetValue(), server.url().get("host"));
    EXPECT_EQ(control<wxTextCtrl>("port")->GetValue(), server.url().get("port"));
    EXPECT_EQ(control<wxTextCtrl>("dbname")->GetValue(), server.url().get("dbname"));
    EXPECT_TRUE(control<wxTextCtrl>("host")->IsEnabled());
    EXPECT_FALSE(control<wxTextCtrl>("sqlite_path")->IsEnabled());

    click("test_connection");
    EXPECT_TRUE(pumpUntil([&] { return control<wxButton>("test_connection")->IsEnabled(); }));
    EXPECT_NE(message().find(server.url().get("port")), wxString::npos) << message();
    screenshot(dialog.get(), "system-settings-server-he");

    const char* password = std::getenv("PGPASSWORD");
    ASSERT_NE(password, nullptr);
    control<wxTextCtrl>("password")->ChangeValue(password);
    {
        // The office opens again with the typed connection: its user signs in again.
        ModalDriver signIn;
        signIn.whileShown([](wxDialog* d) {
            auto* window = dynamic_cast<SignInDialog*>(d);
            ASSERT_NE(window, nullptr) << d->GetTitle().utf8_string();
            static_cast<wxTextCtrl*>(window->FindWindow("password"))->ChangeValue(kTestPassword);
            EXPECT_TRUE(window->submit()) << window->message().utf8_string();
        });
        click(wxID_OK);
        EXPECT_TRUE(signIn.done());
    }
    EXPECT_FALSE(dialog->IsShown()) << message();

    std::ifstream file(std::filesystem::path(std::getenv("XDG_CONFIG_HOME")) / "praklit.conf");
    std::stringstream settings;
    settings << file.rdbuf();
    EXPECT_NE(settings.str().find("postgresql://"), std::string::npos) << settings.str();
    EXPECT_EQ(settings.str().find(password), std::string::npos) << settings.str();
    EXPECT_TRUE(UserSettings().asksPassword()) << "no password store here: asked for at the next start";

    UserSettings().setDatabaseUrl("");
    UserSettings().setAsksPassword(false);
    dialog.reset();
    closeAllWindows(); // the office closes before its schema is dropped
}

} // namespace praklit::ui::test
