// Users and sign-in on the desktop: the sign-in window (a wrong password, the
// lockout after five, success), the first-run dialog, the users list and the
// user dialog, a group's permissions, one's own password, and the lock that
// hides every window and gives it back with what was typed in it.
#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "services/OfficeLocation.h"
#include "services/OfficeService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/ClientDetailsPage.h"
#include "ui/office/MainMenu.h"
#include "ui/users/ChangePasswordDialog.h"
#include "ui/users/FirstRunDialog.h"
#include "ui/users/SessionLock.h"
#include "ui/users/SignInDialog.h"
#include "ui/users/UserDialog.h"
#include "ui/users/UsersDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>

#include <fstream>
#include <sstream>

namespace praklit::ui::test {

namespace {

const char* const kYossiPassword = "Olive-branch-77";

wxTextCtrl* textIn(wxWindow* window, const char* name)
{
    auto* text = wxDynamicCast(window->FindWindow(name), wxTextCtrl);
    EXPECT_NE(text, nullptr) << name;
    return text;
}

bool startOptions(const std::filesystem::path& office, text::Language language)
{
    StartOptions options;
    options.database = ConnectionUrl::sqliteFile(office).text();
    options.language = language;
    options.localeDir = text::localeDirBeside(pathOf(wxStandardPaths::Get().GetExecutablePath()));
    const bool started = app().start(options);
    pump();
    return started;
}

class Users : public OfficeWindows {
protected:
    // An embedded office whose administrator is the computer's user, with a
    // lawyer "yossi"; passwords required when `required`.
    ConnectionUrl makeOffice(bool required, bool yossiMustChange = false)
    {
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        officeFile_ = freshFolder(std::string("Users-") + info->name()) / "office.db";
        const auto url = ConnectionUrl::sqliteFile(officeFile_);
        services::OfficeService::init(url);
        services::UserService::createFirstAdministrator(url, services::osLogin(), "דנה לוי", kTestPassword);
        auto admin = services::OfficeSession::open(url, services::osLogin());
        User yossi;
        yossi.login = "yossi";
        yossi.displayName = "יוסי כהן";
        yossi.groupKey = kLawyers;
        services::UserService(*admin).add(yossi, kYossiPassword, yossiMustChange);
        if (required) services::SettingsService(*admin).setRequiresPassword(true);
        return url;
    }
};

} // namespace

TEST_F(Users, SignInWindowSaysAWrongPasswordLocksAfterFiveAndSignsIn)
{
    makeOffice(true);
    ModalDriver dialogs;
    wxString wrong, locked;
    dialogs.whileShown([&](wxDialog* dialog) {
        auto* window = dynamic_cast<SignInDialog*>(dialog);
        ASSERT_NE(window, nullptr) << dialog->GetTitle().utf8_string();
        EXPECT_EQ(window->GetLayoutDirection(), wxLayout_RightToLeft);
        EXPECT_EQ(window->login(), services::osLogin()) << "the computer's user is offered";
        textIn(window, "login")->ChangeValue("yossi");
        textIn(window, "password")->ChangeValue("not-his-password");
        EXPECT_FALSE(window->submit());
        wrong = window->message();
        EXPECT_EQ(textIn(window, "password")->GetValue(), wxString()) << "the password is not kept";
        EXPECT_EQ(textIn(window, "login")->GetValue(), "yossi") << "the login stays for the next try";
        screenshot(window, "users-sign-in-wrong-password-he");
        for (int i = 2; i <= services::kSignInTries; ++i) {
            textIn(window, "password")->ChangeValue("still-not-it");
            EXPECT_FALSE(window->submit());
        }
        // The right password now: locked all the same.
        textIn(window, "password")->ChangeValue(kYossiPassword);
        EXPECT_FALSE(window->submit());
        locked = window->message();
        screenshot(window, "users-sign-in-locked-he");
        // Another user signs in from the same window without a restart.
        textIn(window, "login")->ChangeValue(wx(services::osLogin()));
        textIn(window, "password")->ChangeValue(kTestPassword);
        EXPECT_TRUE(window->submit()) << window->message().utf8_string();
    });
    ASSERT_TRUE(startOptions(officeFile_, text::Language::Hebrew));
    EXPECT_TRUE(dialogs.done());
    EXPECT_NE(wrong, wxString());
    EXPECT_NE(locked, wxString());
    EXPECT_NE(locked, wrong);
    EXPECT_NE(locked.find("yossi"), wxString::npos) << locked;
    EXPECT_NE(locked.find(std::to_string(services::kSignInTries)), wxString::npos) << locked;
    MainFrame* frame = app().mainFrame();
    ASSERT_NE(frame, nullptr);
    EXPECT_EQ(frame->office().user().login, services::osLogin());
    EXPECT_NE(frame->GetStatusBar()->GetStatusText(0).find(wxString::FromUTF8("דנה לוי")), wxString::npos)
        << frame->GetStatusBar()->GetStatusText(0);

    std::ifstream file(std::filesystem::path(std::getenv("XDG_CONFIG_HOME")) / "praklit.conf");
    std::stringstream settings;
    settings << file.rdbuf();
    EXPECT_EQ(settings.str().find(kTestPassword), std::string::npos);
    EXPECT_EQ(settings.str().find(kYossiPassword), std::string::npos);
}

TEST_F(Users, AResetPasswordIsChangedBeforeAnythingElseAndALawyerCannotManageUsers)
{
    makeOffice(true, true);
    ModalDriver dialogs;
    dialogs.whileShown([&](wxDialog* dialog) {
        auto* window = dynamic_cast<SignInDialog*>(dialog);
        ASSERT_NE(window, nullptr);
        textIn(window, "login")->ChangeValue("yossi");
        textIn(window, "password")->ChangeValue(kYossiPassword);
        EXPECT_TRUE(window->submit()) << window->message().utf8_string();
    });
    dialogs.whileShown([&](wxDialog* dialog) {
        auto* window = dynamic_cast<ChangePasswordDialog*>(dialog);
        ASSERT_NE(window, nullptr) << dialog->GetTitle().utf8_string();
        textIn(window, "current_password")->ChangeValue(kYossiPassword);
        textIn(window, "password")->ChangeValue("Fig-orchard-93");
        textIn(window, "password_again")->ChangeValue("Fig-orchard-39");
        EXPECT_FALSE(window->submit());
        EXPECT_NE(window->message(), wxString());
        textIn(window, "password_again")->ChangeValue("Fig-orchard-93");
        EXPECT_TRUE(window->submit()) << window->message().utf8_string();
    });
    ASSERT_TRUE(startOptions(officeFile_, text::Language::Hebrew));
    EXPECT_TRUE(dialogs.done());
    MainFrame* frame = app().mainFrame();
    ASSERT_NE(frame, nullptr);
    EXPECT_EQ(frame->office().user().login, "yossi");
    EXPECT_FALSE(frame->office().user().mustChangePassword);
    EXPECT_TRUE(frame->office().can(Permission::SeeClients));
    wxMenuItem* users = frame->GetMenuBar()->FindItem(ID_USERS);
    ASSERT_NE(users, nullptr);
    EXPECT_FALSE(users->IsEnabled()) << "a lawyer does not manage users";
    EXPECT_TRUE(frame->GetMenuBar()->FindItem(ID_CHANGE_PASSWORD)->IsEnabled());
    // The new password is the one that signs in now.
    EXPECT_NO_THROW(services::OfficeSession::signIn(ConnectionUrl::sqliteFile(officeFile_), "yossi", std::string("Fig-orchard-93")));
}

TEST_F(Users, FirstRunDialogNamesTheOfficeAndItsAdministrator)
{
    officeFile_ = freshFolder("Users-first-run") / "office.db";
    ModalDriver dialogs;
    dialogs.whileShown([&](wxDialog* dialog) {
        auto* window = dynamic_cast<FirstRunDialog*>(dialog);
        ASSERT_NE(window, nullptr) << dialog->GetTitle().utf8_string();
        EXPECT_EQ(window->GetLayoutDirection(), wxLayout_RightToLeft);
        EXPECT_EQ(textIn(window, "login")->GetValue(), wx(services::osLogin()));
        textIn(window, "office_name")->ChangeValue(wxString::FromUTF8("משרד לוי ושות׳"));
        textIn(window, "display_name")->ChangeValue(wxString::FromUTF8("דנה לוי"));
        textIn(window, "password")->ChangeValue("short");
        textIn(window, "password_again")->ChangeValue("short");
        EXPECT_FALSE(window->submit());
        EXPECT_NE(window->message(), wxString()) << "too short";
        screenshot(window, "users-first-run-he");
        textIn(window, "password")->ChangeValue(kTestPassword);
        textIn(window, "password_again")->ChangeValue(kTestPassword);
        EXPECT_TRUE(window->submit()) << window->message().utf8_string();
    });
    ASSERT_TRUE(startOptions(officeFile_, text::Language::Hebrew));
    EXPECT_TRUE(dialogs.done());
    MainFrame* frame = app().mainFrame();
    ASSERT_NE(frame, nullptr);
    EXPECT_EQ(frame->office().user().displayName, "דנה לוי");
    EXPECT_TRUE(frame->office().user().hasPassword);
    EXPECT_TRUE(frame->office().can(Permission::ManageUsers));
    EXPECT_EQ(services::SettingsService(frame->office()).letterhead().officeName, "משרד לוי ושות׳");
    EXPECT_FALSE(services::UserService::needsFirstAdministrator(ConnectionUrl::sqliteFile(officeFile_)));
}

TEST_F(Users, UsersListAndUserDialogAddAndEdit)
{
    ASSERT_NE(start(text::Language::Hebrew), nullptr);
    auto dialog = frame_->makeUsersDialog();
    dialog->Show();
    pump();
    EXPECT_EQ(dialog->usersList()->rows(), 1) << "the computer's user, the office's first";
    EXPECT_EQ(dialog->GetLayoutDirection(), wxLayout_RightToLeft);

    auto user = dialog->makeUserDialog(0);
    ASSERT_NE(user, nullptr);
    user->Show();
    pump();
    named<wxTextCtrl>(user.get(), "login")->ChangeValue("yossi");
    named<wxTextCtrl>(user.get(), "display_name")->ChangeValue(wxString::FromUTF8("יוסי כהן"));
    named<wxTextCtrl>(user.get(), "email")->ChangeValue("yossi@example.co.il");
    named<wxTextCtrl>(user.get(), "title")->ChangeValue(wxString::FromUTF8("עו\"ד"));
    named<wxTextCtrl>(user.get(), "rate")->ChangeValue("450");
    named<wxTextCtrl>(user.get(), "password")->ChangeValue(kYossiPassword);
    named<wxTextCtrl>(user.get(), "password_again")->ChangeValue("Olive-branch-78");
    user->save();
    EXPECT_TRUE(user->IsShown()) << "two different passwords";
    EXPECT_NE(user->messages().sentenceAt("password_again"), wxString());
    named<wxTextCtrl>(user.get(), "password_again")->ChangeValue(kYossiPassword);
    named<wxTextCtrl>(user.get(), "rate")->ChangeValue("lots");
    user->save();
    EXPECT_TRUE(user->IsShown()) << "a rate that is not money";
    EXPECT_NE(user->messages().sentenceAt("rate"), wxString());
    named<wxTextCtrl>(user.get(), "rate")->ChangeValue("450");
    screenshot(user.get(), "users-user-dialog-he");
    user->save();
    EXPECT_FALSE(user->IsShown()) << user->messageBar()->message();
    const User yossi = services::UserService(office()).byLogin("yossi");
    EXPECT_EQ(yossi.displayName, "יוסי כהן");
    EXPECT_EQ(yossi.title, "עו\"ד");
    EXPECT_EQ(yossi.groupKey, kLawyers) << "a new user is a lawyer unless chosen otherwise";
    EXPECT_TRUE(yossi.hasPassword);
    EXPECT_TRUE(yossi.mustChangePassword) << "the first password is the user's to change";
    EXPECT_EQ(services::SettingsService(office()).userRate(yossi.id), 45000);

    dialog->showUsers();
    pump();
    EXPECT_EQ(dialog->usersList()->rows(), 2);
    screenshot(dialog.get(), "users-list-he");

    auto edit = dialog->makeUserDialog(yossi.id);
    ASSERT_NE(edit, nullptr);
    edit->Show();
    pump();
    EXPECT_FALSE(named<wxTextCtrl>(edit.get(), "password")->IsShown()) << "a password is reset, not edited";
    EXPECT_EQ(named<wxTextCtrl>(edit.get(), "rate")->GetValue(), "450.00");
    named<wxTextCtrl>(edit.get(), "display_name")->ChangeValue(wxString::FromUTF8("יוסף כהן"));
    named<wxCheckBox>(edit.get(), "active")->SetValue(false);
    auto* group = named<wxChoice>(edit.get(), "group");
    const auto groups = services::UserService(office()).groups();
    for (size_t i = 0; i < groups.size(); ++i)
        if (groups[i].key == "partners") group->SetSelection(int(i));
    named<wxTextCtrl>(edit.get(), "rate")->ChangeValue("");
    edit->save();
    EXPECT_FALSE(edit->IsShown()) << edit->messageBar()->message();
    const User edited = services::UserService(office()).get(yossi.id);
    EXPECT_EQ(edited.displayName, "יוסף כהן");
    EXPECT_FALSE(edited.active);
    EXPECT_EQ(edited.groupKey, "partners");
    EXPECT_EQ(services::SettingsService(office()).userRate(yossi.id), std::nullopt);

    // An administrator's reset: the user chooses a new one at the next sign-in.
    dialog->showUsers();
    dialog->usersList()->selectId(yossi.id);
    ModalDriver reset;
    reset.whileShown([&](wxDialog* d) {
        auto* window = dynamic_cast<ChangePasswordDialog*>(d);
        ASSERT_NE(window, nullptr);
        EXPECT_EQ(window->FindWindow("current_password"), nullptr);
        textIn(window, "password")->ChangeValue("Cedar-grove-51");
        textIn(window, "password_again")->ChangeValue("Cedar-grove-51");
        EXPECT_TRUE(window->submit()) << window->message().utf8_string();
    });
    dialog->resetPassword();
    EXPECT_TRUE(reset.done());
    EXPECT_TRUE(services::UserService(office()).get(yossi.id).mustChangePassword);
    dialog->Hide();
}

TEST_F(Users, GroupsPermissionsAreAChecklistAndAGroupIsAdded)
{
    ASSERT_NE(start(text::Language::Hebrew), nullptr);
    auto dialog = frame_->makeUsersDialog();
    dialog->Show();
    dialog->pages()->SetSelection(1);
    pump();
    const UserGroup secretaries = services::UserService(office()).groupByKey("secretaries");
    dialog->groupsList()->selectId(secretaries.id);
    dialog->showPermissions();
    const auto index = unsigned(std::find(kAllPermissions.begin(), kAllPermissions.end(), Permission::SendSms) -
                                kAllPermissions.begin());
    EXPECT_EQ(dialog->permissionsList()->IsChecked(index), secretaries.permissions.has(Permission::SendSms));
    dialog->permissionsList()->Check(index, !secretaries.permissions.has(Permission::SendSms));
    screenshot(dialog.get(), "users-groups-permissions-he");
    EXPECT_TRUE(dialog->savePermissions()) << dialog->messageBar()->message();
    EXPECT_NE(services::UserService(office()).group(secretaries.id).permissions.has(Permission::SendSms),
              secretaries.permissions.has(Permission::SendSms));

    // Taking the last managing permission away from the administrators is refused.
    const UserGroup admins = services::UserService(office()).groupByKey(kAdministrators);
    dialog->groupsList()->selectId(admins.id);
    dialog->showPermissions();
    const auto manage = unsigned(std::find(kAllPermissions.begin(), kAllPermissions.end(), Permission::ManageUsers) -
                                 kAllPermissions.begin());
    dialog->permissionsList()->Check(manage, false);
    EXPECT_FALSE(dialog->savePermissions());
    EXPECT_NE(dialog->messageBar()->message(), wxString());
    EXPECT_TRUE(services::UserService(office()).group(admins.id).permissions.has(Permission::ManageUsers));

    ModalDriver add;
    add.whileShown([&](wxDialog* d) {
        textIn(d, "name")->ChangeValue(wxString::FromUTF8("גבייה"));
        textIn(d, "key")->ChangeValue("collections");
        click(d->FindWindow("add"));
    });
    dialog->addGroup();
    EXPECT_TRUE(add.done());
    const UserGroup added = services::UserService(office()).groupByKey("collections");
    EXPECT_EQ(added.name, "גבייה");
    EXPECT_EQ(dialog->groupsList()->selectedId(), added.id);
    dialog->Hide();
}

TEST_F(Users, ChangeOwnPasswordFromTheMenu)
{
    ASSERT_NE(start(text::Language::Hebrew), nullptr);
    EXPECT_FALSE(office().user().hasPassword) << "an embedded office's first user";
    {
        ModalDriver dialogs;
        dialogs.whileShown([&](wxDialog* d) {
            auto* window = dynamic_cast<ChangePasswordDialog*>(d);
            ASSERT_NE(window, nullptr);
            EXPECT_EQ(window->FindWindow("current_password"), nullptr) << "no password yet: nothing to confirm";
            textIn(window, "password")->ChangeValue(kTestPassword);
            textIn(window, "password_again")->ChangeValue(kTestPassword);
            EXPECT_TRUE(window->submit()) << window->message().utf8_string();
        });
        wxCommandEvent event(wxEVT_MENU, ID_CHANGE_PASSWORD);
        frame_->ProcessWindowEvent(event);
        EXPECT_TRUE(dialogs.done());
    }
    EXPECT_TRUE(office().user().hasPassword);
    {
        ModalDriver dialogs;
        dialogs.whileShown([&](wxDialog* d) {
            auto* window = dynamic_cast<ChangePasswordDialog*>(d);
            ASSERT_NE(window, nullptr);
            textIn(window, "current_password")->ChangeValue("Not-the-current-1");
            textIn(window, "password")->ChangeValue("Pomegranate-12");
            textIn(window, "password_again")->ChangeValue("Pomegranate-12");
            EXPECT_FALSE(window->submit());
            EXPECT_NE(window->message(), wxString());
            screenshot(window, "users-change-password-he");
        });
        wxCommandEvent event(wxEVT_MENU, ID_CHANGE_PASSWORD);
        frame_->ProcessWindowEvent(event);
    }
    EXPECT_NO_THROW(services::OfficeSession::signIn(office().url(), services::osLogin(), std::string(kTestPassword)));
}

TEST_F(Users, LockHidesEveryWindowAndUnlockingKeepsWhatWasTyped)
{
    ASSERT_NE(start(text::Language::Hebrew), nullptr);
    // Without a password, on an office that does not require one, there is nothing to unlock with.
    EXPECT_TRUE(frame_->sessionLock().lockNow());
    EXPECT_FALSE(SessionLock::active());
    services::UserService(office()).changeOwnPassword("", kTestPassword);

    const Client client = addPerson("משה", "כהן");
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client.id);
    pump();
    auto* note = named<wxTextCtrl>(card->details(), "note");
    const wxString typed = wxString::FromUTF8("נכתב ולא נשמר");
    note->ChangeValue(typed);

    auto unlock = [&](wxDialog* d) {
        auto* window = dynamic_cast<SignInDialog*>(d);
        ASSERT_NE(window, nullptr) << d->GetTitle().utf8_string();
        EXPECT_TRUE(SessionLock::active());
        EXPECT_FALSE(frame_->IsShown());
        EXPECT_FALSE(card->IsShown()) << "an open card is hidden too";
        EXPECT_FALSE(textIn(window, "login")->IsEnabled()) << "the signed-in user unlocks";
        textIn(window, "password")->ChangeValue("Wrong-guess-00");
        EXPECT_FALSE(window->submit());
        EXPECT_NE(window->message(), wxString());
        textIn(window, "password")->ChangeValue(kTestPassword);
        EXPECT_TRUE(window->submit()) << window->message().utf8_string();
    };
    {
        ModalDriver dialogs;
        dialogs.whileShown(unlock);
        wxCommandEvent event(wxEVT_MENU, ID_LOCK);
        frame_->ProcessWindowEvent(event);
        EXPECT_TRUE(dialogs.done());
    }
    pump();
    EXPECT_FALSE(SessionLock::active());
    EXPECT_TRUE(frame_->IsShown());
    EXPECT_TRUE(card->IsShown());
    EXPECT_EQ(note->GetValue(), typed);

    // After the office's idle minutes, by itself.
    services::SettingsService(office()).setLockMinutes(5);
    frame_->sessionLock().reload();
    {
        ModalDriver dialogs;
        dialogs.whileShown(unlock);
        frame_->sessionLock().tick(text::now(), std::chrono::minutes(4));
        pump();
        EXPECT_FALSE(dialogs.done()) << "not yet";
        frame_->sessionLock().tick(text::now(), std::chrono::minutes(5));
        EXPECT_TRUE(pumpUntil([&] { return dialogs.done(); }));
    }
    pump();
    EXPECT_TRUE(card->IsShown());
    EXPECT_EQ(note->GetValue(), typed);
}

TEST_F(Users, SecurityPageKeepsTheOfficesSignInRules)
{
    ASSERT_NE(start(text::Language::Hebrew), nullptr);
    auto dialog = frame_->makeSystemSettingsDialog();
    dialog->Show();
    pump();
    auto* require = wxDynamicCast(dialog->FindWindow("require_password"), wxCheckBox);
    ASSERT_NE(require, nullptr);
    EXPECT_FALSE(require->GetValue());
    require->SetValue(true);
    wxCommandEvent ok(wxEVT_BUTTON, wxID_OK);
    ok.SetEventObject(dialog->FindWindow(wxID_OK));
    dialog->FindWindow(wxID_OK)->ProcessWindowEvent(ok);
    pump();
    EXPECT_TRUE(dialog->IsShown()) << "no password of one's own yet: refused";
    auto* message = wxDynamicCast(dialog->FindWindow("security_message"), wxStaticText);
    ASSERT_NE(message, nullptr);
    EXPECT_NE(message->GetLabel(), wxString());
    screenshot(dialog.get(), "users-security-settings-he");
    EXPECT_FALSE(services::SettingsService(office()).requiresPassword());

    services::UserService(office()).changeOwnPassword("", kTestPassword);
    dialog->FindWindow(wxID_OK)->ProcessWindowEvent(ok);
    pump();
    EXPECT_FALSE(dialog->IsShown()) << message->GetLabel().utf8_string();
    EXPECT_TRUE(services::SettingsService(office()).requiresPassword());
    dialog->Hide();
}

} // namespace praklit::ui::test
