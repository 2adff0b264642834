// The SMS module's desktop settings: System settings → Modules, SMS and SMS
// templates, the "no SMS" flag of a phone and a contact, and the dispatch of
// due messages from the running program, with the gateway's secret kept out
// of the office's database.
#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "services/ClientService.h"
#include "services/OfficeLocation.h"
#include "services/SmsService.h"
#include "support/FakeSmsProvider.h"
#include "support/TestDatabase.h"
#include "ui/clients/AddressesPhonesPage.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/ContactDialog.h"
#include "ui/clients/ContactsPage.h"
#include "ui/clients/PhoneDialog.h"
#include "ui/office/GatewaySecret.h"
#include "ui/office/MainMenu.h"
#include "ui/office/SmsDispatch.h"
#include "ui/office/SmsTemplateDialog.h"
#include "ui/office/SmsTemplatesPage.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui::test {

namespace {

constexpr const char* kSecret = "Gateway-Secret-93";

class SmsSettings : public testing::Test {
protected:
    void TearDown() override
    {
        if (dialog) dialog->Hide();
        dialog.reset();
        closeAllWindows(); // the office closes before its file goes
    }

    // The program on an office of its own, the computer's user its
    // administrator, or a lawyer when an administrator came first.
    void start(bool smsOn, bool asLawyer = false)
    {
        if (asLawyer) {
            db.open("dana").reset(); // the first user: the administrator
            db.openAs(services::osLogin(), kLawyers).reset();
        } else {
            db.open(services::osLogin()).reset();
        }
        if (smsOn) services::SmsService(*db.open(asLawyer ? "dana" : services::osLogin())).setModule(Module::Sms, true);
        frame = startOn(db.text(), text::Language::Hebrew);
        ASSERT_NE(frame, nullptr);
    }

    services::OfficeSession& office() { return frame->office(); }

    void openSettings(const char* page = nullptr)
    {
        dialog = frame->makeSystemSettingsDialog();
        if (page) dialog->selectPage(page);
        dialog->Show(); // not modal, so the test goes on while it is up
        pump();
    }

    template <typename T> T* control(const char* name) const
    {
        auto* window = dialog->FindWindow(XRCID(name));
        EXPECT_NE(window, nullptr) << name;
        return wxDynamicCast(window, T);
    }
    bool has(const char* name) const { return dialog->FindWindow(XRCID(name)) != nullptr; }

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

    Client addPerson(const std::string& first, const std::string& last)
    {
        Client c;
        c.kind = EntityKind::Person;
        c.firstName = first;
        c.lastName = last;
        return services::ClientService(office()).add(c);
    }

    // A gateway for the dispatch tests: the fake provider, open all week so
    // the test does not depend on the hour it runs at.
    void useProvider(const praklit::test::FakeSmsProvider& provider)
    {
        services::SmsService sms(office());
        auto s = sms.settings();
        s.gateway.kind = services::SmsGatewayKind::Provider;
        s.gateway.url = provider.url();
        s.gateway.sender = "CohenLaw";
        s.gateway.timeoutMs = 3000;
        for (auto& day : s.hours.days) day = DayHours{true, 0, 24 * 60};
        s.hours.closedOnHolidays = false;
        sms.saveSettings(s);
        frame->smsDispatch().restart();
    }

    SmsMessage sendTo(int64_t phoneId, const std::string& body)
    {
        services::SmsRequest request;
        request.clientId = client;
        services::SmsTo to;
        to.phoneId = phoneId;
        request.to = {to};
        request.text = body;
        return services::SmsService(office()).send(request).front();
    }

    // Nowhere in the office's database: not among its settings, not in the
    // audit log's record of their changes, not in any message.
    void expectSecretNowhere(const std::string& secret)
    {
        const std::string like = "'%" + secret + "%'";
        EXPECT_EQ(db.rawCount("select count(*) from office_settings where value like " + like + " or key like " + like), 0);
        EXPECT_EQ(db.rawCount("select count(*) from audit_log where changes like " + like), 0);
        EXPECT_EQ(db.rawCount("select count(*) from sms_messages where reason like " + like + " or reason_code like " + like),
                  0);
    }

    praklit::test::TestDatabase db{Backend::SQLite};
    MainFrame* frame = nullptr;
    std::unique_ptr<SystemSettingsDialog> dialog;
    int64_t client = 0;
};

bool menuHas(wxMenuBar* bar, int id) { return bar && bar->FindItem(id) != nullptr; }

} // namespace

TEST_F(SmsSettings, TheModulesPageSwitchesTheModuleAndTheMenusFollow)
{
    start(false);
    EXPECT_FALSE(menuHas(frame->GetMenuBar(), ID_SMS_TEMPLATES)) << "a module that is off shows nothing";
    openSettings("modules_page");
    EXPECT_FALSE(has("sms_page")) << "no SMS pages while the module is off";
    auto* sms = control<wxCheckBox>("module_sms");
    ASSERT_NE(sms, nullptr);
    EXPECT_FALSE(sms->GetValue());
    EXPECT_TRUE(sms->IsEnabled());
    EXPECT_FALSE(control<wxCheckBox>("module_court")->GetValue());
    sms->SetValue(true);
    screenshot(dialog.get(), "sms-settings-modules-he");

    click(wxID_OK);
    EXPECT_FALSE(dialog->IsShown()) << control<wxStaticText>("modules_message")->GetLabel().utf8_string();
    EXPECT_TRUE(services::SmsService(office()).moduleOn(Module::Sms));
    EXPECT_FALSE(services::SmsService(office()).moduleOn(Module::Court));
    EXPECT_TRUE(menuHas(frame->GetMenuBar(), ID_SMS_TEMPLATES)) << "the menu follows at once";
    std::unique_ptr<wxMenu> popup(makeMainPopupMenu({true}));
    EXPECT_NE(popup->FindItem(ID_SMS_TEMPLATES), nullptr);

    // Opened again: the module's pages are there now, and it goes off again.
    dialog.reset();
    openSettings("modules_page");
    EXPECT_TRUE(has("sms_page"));
    EXPECT_TRUE(has("sms_templates_page"));
    control<wxCheckBox>("module_sms")->SetValue(false);
    control<wxCheckBox>("module_court")->SetValue(true);
    click(wxID_OK);
    EXPECT_FALSE(dialog->IsShown());
    EXPECT_FALSE(services::SmsService(office()).moduleOn(Module::Sms));
    EXPECT_TRUE(services::SmsService(office()).moduleOn(Module::Court));
    EXPECT_FALSE(menuHas(frame->GetMenuBar(), ID_SMS_TEMPLATES));
}

TEST_F(SmsSettings, ALawyerSeesTheModulesAndTheSmsSettingsReadOnly)
{
    start(true, true);
    ASSERT_FALSE(office().can(Permission::ManageUsers));
    openSettings("modules_page");
    auto* sms = control<wxCheckBox>("module_sms");
    ASSERT_NE(sms, nullptr);
    EXPECT_TRUE(sms->GetValue());
    EXPECT_FALSE(sms->IsEnabled());
    EXPECT_FALSE(control<wxCheckBox>("module_court")->IsEnabled());
    screenshot(dialog.get(), "sms-settings-modules-lawyer-he");
    dialog->selectPage("sms_page");
    pump();
    EXPECT_FALSE(control<wxTextCtrl>("url")->IsEnabled());
    EXPECT_FALSE(control<wxTextCtrl>("secret")->IsEnabled());
    EXPECT_FALSE(control<wxCheckBox>("day_open_0")->IsEnabled());
    screenshot(dialog.get(), "sms-settings-gateway-lawyer-he");

    // [OK] keeps nothing of the pages the lawyer may not change.
    sms->SetValue(false);
    click(wxID_OK);
    EXPECT_FALSE(dialog->IsShown());
    EXPECT_TRUE(services::SmsService(office()).moduleOn(Module::Sms));
}

TEST_F(SmsSettings, TheSmsPageKeepsTheSettingsAndTheSecretNeverReachesTheDatabase)
{
    start(true);
    openSettings("sms_page");
    ASSERT_TRUE(has("sms_page"));
    EXPECT_EQ(control<wxChoice>("gateway_kind")->GetSelection(), 0) << "Kannel unless chosen otherwise";
    EXPECT_TRUE(control<wxCheckBox>("day_open_0")->GetValue()) << "Sunday open by default";
    EXPECT_FALSE(control<wxCheckBox>("day_open_6")->GetValue()) << "Saturday closed by default";
    EXPECT_TRUE(control<wxCheckBox>("closed_on_holidays")->GetValue());

    control<wxChoice>("gateway_kind")->SetSelection(1);
    control<wxTextCtrl>("url")->ChangeValue("https://api.provider.example/v1");
    control<wxTextCtrl>("username")->ChangeValue("cohen");
    control<wxTextCtrl>("secret")->ChangeValue(kSecret);
    control<wxTextCtrl>("sender")->ChangeValue("not a sender!");
    control<wxTextCtrl>("report_url")->ChangeValue("http://10.0.0.5:8093/sms/report");
    control<wxTextCtrl>("listen_address")->ChangeValue("127.0.0.1:8093");
    control<wxSpinCtrl>("timeout")->SetValue(15);
    control<wxSpinCtrl>("max_attempts")->SetValue(4);
    control<wxChoice>("day_from_0")->SetStringSelection("09:00");
    control<wxChoice>("day_until_0")->SetStringSelection("17:30");
    control<wxCheckBox>("day_open_5")->SetValue(false); // Friday
    control<wxCheckBox>("closed_on_holidays")->SetValue(false);

    // A sender no gateway takes: refused with the service's sentence, on this page.
    click(wxID_OK);
    EXPECT_TRUE(dialog->IsShown());
    const wxString refusal = control<wxStaticText>("sms_message")->GetLabel();
    EXPECT_NE(refusal, wxString());
    EXPECT_EQ(control<wxNotebook>("pages")->GetCurrentPage(), dialog->FindWindow(XRCID("sms_page")));
    EXPECT_EQ(control<wxTextCtrl>("secret")->GetValue(), kSecret) << "what was typed stays";
    EXPECT_FALSE(frame->smsSecret().get(office().url())) << "not kept before its settings are";
    screenshot(dialog.get(), "sms-settings-gateway-refused-he");

    control<wxTextCtrl>("sender")->ChangeValue("CohenLaw");
    click(wxID_OK);
    EXPECT_FALSE(dialog->IsShown()) << control<wxStaticText>("sms_message")->GetLabel().utf8_string();

    const auto s = services::SmsService(office()).settings();
    EXPECT_EQ(s.gateway.kind, services::SmsGatewayKind::Provider);
    EXPECT_EQ(s.gateway.url, "https://api.provider.example/v1");
    EXPECT_EQ(s.gateway.username, "cohen");
    EXPECT_EQ(s.gateway.secret, "");
    EXPECT_EQ(s.gateway.sender, "CohenLaw");
    EXPECT_EQ(s.gateway.reportUrl, "http://10.0.0.5:8093/sms/report");
    EXPECT_EQ(s.gateway.listenAddress, "127.0.0.1:8093");
    EXPECT_EQ(s.gateway.timeoutMs, 15000);
    EXPECT_EQ(s.maxAttempts, 4);
    EXPECT_EQ(s.hours.days[0], (DayHours{true, 9 * 60, 17 * 60 + 30}));
    EXPECT_FALSE(s.hours.days[5].open);
    EXPECT_TRUE(s.hours.days[4].open);
    EXPECT_FALSE(s.hours.closedOnHolidays);

    // The secret is this computer's: here only for the session (no password
    // store under Xvfb), and nowhere in the office's database.
    EXPECT_EQ(frame->smsSecret().get(office().url()).value_or(""), kSecret);
    expectSecretNowhere(kSecret);

    // Opened again: the settings as kept, the secret never shown.
    dialog.reset();
    openSettings("sms_page");
    EXPECT_EQ(control<wxTextCtrl>("url")->GetValue(), "https://api.provider.example/v1");
    EXPECT_EQ(control<wxTextCtrl>("secret")->GetValue(), wxString());
    EXPECT_NE(control<wxTextCtrl>("secret")->GetHint(), wxString()) << "says one is kept";
    EXPECT_EQ(control<wxSpinCtrl>("timeout")->GetValue(), 15);
    EXPECT_EQ(control<wxChoice>("day_until_0")->GetStringSelection(), "17:30");
    screenshot(dialog.get(), "sms-settings-gateway-he");
}

TEST_F(SmsSettings, TheTemplatesPageAddsEditsAndDeletesAndRefusesAnUnknownPlaceholder)
{
    start(true);
    client = addPerson("משה", "כהן").id;
    openSettings("sms_templates_page");
    auto* page = dynamic_cast<SmsTemplatesPage*>(dialog->FindWindow(XRCID("sms_templates_page")));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->list()->rows(), 0);

    {
        ModalDriver dialogs;
        dialogs.whileShown([this](wxDialog* d) {
            auto* t = dynamic_cast<SmsTemplateDialog*>(d);
            ASSERT_NE(t, nullptr) << d->GetTitle().utf8_string();
            named<wxTextCtrl>(d, "name")->ChangeValue(wxString::FromUTF8("תזכורת לדיון"));
            named<wxChoice>(d, "type")->SetSelection(1); // General
            named<wxTextCtrl>(d, "text")->SetValue(wxString::FromUTF8("שלום {nickname}, "));
            t->save();
            EXPECT_TRUE(d->IsModal()) << "refused: the dialog stays open";
            EXPECT_NE(t->messages().sentenceAt("text").find("{nickname}"), wxString::npos)
                << t->messages().sentenceAt("text").utf8_string();
            EXPECT_TRUE(services::SmsService(office()).templates().empty()) << "nothing stored";
            screenshot(d, "sms-template-refused-he");

            // The placeholder from the list, at the cursor; the preview for a real client.
            auto* body = named<wxTextCtrl>(d, "text");
            body->SetValue(wxString::FromUTF8("שלום , הדיון בתיק נקבע."));
            body->SetInsertionPoint(5);
            t->insertPlaceholder(1); // {first_name}
            EXPECT_EQ(body->GetValue(), wxString::FromUTF8("שלום {first_name}, הדיון בתיק נקבע."));
            EXPECT_NE(t->counter().find("UCS-2"), wxString::npos) << t->counter().utf8_string();
            t->previewFor(client);
            EXPECT_EQ(t->preview(), wxString::FromUTF8("שלום משה, הדיון בתיק נקבע."));
            EXPECT_EQ(named<wxStaticText>(d, "preview_client_name")->GetLabel(), wxString::FromUTF8("כהן משה"));
            screenshot(d, "sms-template-dialog-he");
            t->save();
            EXPECT_FALSE(d->IsModal()) << t->messages().sentenceAt("text").utf8_string();
        });
        click("add_template");
        EXPECT_TRUE(dialogs.done());
    }
    auto templates = services::SmsService(office()).templates();
    ASSERT_EQ(templates.size(), 1u);
    EXPECT_EQ(templates[0].type, TemplateType::General);
    EXPECT_EQ(templates[0].text, "שלום {first_name}, הדיון בתיק נקבע.");
    ASSERT_EQ(page->list()->rows(), 1);
    EXPECT_EQ(page->list()->GetTextValue(0, 1), wxString::FromUTF8(typeName(TemplateType::General).c_str()));
    screenshot(dialog.get(), "sms-settings-templates-he");

    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) {
            EXPECT_EQ(named<wxTextCtrl>(d, "name")->GetValue(), wxString::FromUTF8("תזכורת לדיון"));
            named<wxTextCtrl>(d, "name")->ChangeValue(wxString::FromUTF8("תזכורת"));
            named<wxChoice>(d, "type")->SetSelection(2); // collection from clients
            static_cast<SmsTemplateDialog*>(d)->save();
        });
        page->list()->selectId(templates[0].id);
        click("edit_template");
        EXPECT_TRUE(dialogs.done());
    }
    templates = services::SmsService(office()).templates();
    ASSERT_EQ(templates.size(), 1u);
    EXPECT_EQ(templates[0].name, "תזכורת");
    EXPECT_EQ(templates[0].type, TemplateType::ClientCollection);

    {
        ModalDriver dialogs;
        dialogs.then([](wxDialog*) { return wxID_YES; }); // "Delete the template …?"
        page->list()->selectId(templates[0].id);
        pump(); // GTK scrolls to the row at idle time: before the row goes
        click("delete_template");
        EXPECT_TRUE(dialogs.done());
    }
    EXPECT_TRUE(services::SmsService(office()).templates().empty());
    EXPECT_EQ(page->list()->rows(), 0);
}

TEST_F(SmsSettings, APhoneAndAContactKeepTheirNoSmsFlag)
{
    start(true);
    client = addPerson("משה", "כהן").id;
    auto* card = ClientCardFrame::showFor(frame, office(), client);
    card->notebook()->SetSelection(1);
    pump();
    AddressesPhonesPage* phones = card->addressesPhones();
    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) {
            auto* noSms = named<wxCheckBox>(d, "no_sms");
            ASSERT_NE(noSms, nullptr);
            EXPECT_FALSE(noSms->GetValue());
            named<wxTextCtrl>(d, "number")->ChangeValue("050-1234567");
            noSms->SetValue(true);
            screenshot(d, "phone-dialog-no-sms-he");
            static_cast<PhoneDialog*>(d)->save();
            EXPECT_FALSE(d->IsModal()) << static_cast<PhoneDialog*>(d)->messages().sentenceAt("number").utf8_string();
        });
        phones->addPhone();
        EXPECT_TRUE(dialogs.done());
    }
    auto stored = services::ClientService(office()).phones(client);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_TRUE(stored[0].noSms);
    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) {
            EXPECT_TRUE(named<wxCheckBox>(d, "no_sms")->GetValue()) << "shown as kept";
            named<wxCheckBox>(d, "no_sms")->SetValue(false);
            static_cast<PhoneDialog*>(d)->save();
        });
        phones->phoneList()->selectId(stored[0].id);
        phones->editPhone();
        EXPECT_TRUE(dialogs.done());
    }
    EXPECT_FALSE(services::ClientService(office()).phones(client)[0].noSms);

    card->notebook()->SetSelection(2);
    pump();
    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) {
            named<wxTextCtrl>(d, "last_name")->ChangeValue(wxString::FromUTF8("לוי"));
            named<wxTextCtrl>(d, "mobile")->ChangeValue("052-2223333");
            named<wxCheckBox>(d, "no_sms")->SetValue(true);
            screenshot(d, "contact-dialog-no-sms-he");
            static_cast<ContactDialog*>(d)->save();
            EXPECT_FALSE(d->IsModal()) << static_cast<ContactDialog*>(d)->messages().sentenceAt("last_name").utf8_string();
        });
        card->contacts()->addContact();
        EXPECT_TRUE(dialogs.done());
    }
    const auto contacts = services::ClientService(office()).contacts(client);
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_TRUE(contacts[0].noSms);
}

TEST_F(SmsSettings, TheDispatchAsksForTheSecretWhenAMessageIsFirstDueAndKeepsItOutOfTheDatabase)
{
    start(true);
    praklit::test::FakeSmsProvider provider;
    useProvider(provider);
    client = addPerson("משה", "כהן").id;
    const int64_t phone = services::ClientService(office()).addPhone(client, PhoneType::Mobile, "050-1234567").id;
    EXPECT_FALSE(frame->smsSecret().get(office().url()));
    const SmsMessage m = sendTo(phone, "שלום משה");

    ModalDriver dialogs;
    dialogs.whileShown([&](wxDialog* d) {
        ASSERT_EQ(d->GetName(), "sms_secret_prompt") << d->GetTitle().utf8_string();
        auto* secret = named<wxTextCtrl>(d, "secret");
        ASSERT_NE(secret, nullptr);
        secret->ChangeValue(provider.token());
        screenshot(d, "sms-secret-prompt-he");
        test::click(named(d, "ok"));
    });
    frame->smsDispatch().runNow();
    ASSERT_TRUE(pumpUntil([&] { return dialogs.done(); }, std::chrono::seconds(20)));
    EXPECT_EQ(frame->smsSecret().get(office().url()).value_or(""), provider.token());

    // Not sent blindly while nobody could say the secret: back in the queue, for a pass that has it.
    const SmsMessage waiting = services::SmsService(office()).message(m.id);
    EXPECT_EQ(waiting.state, SmsState::Scheduled);
    EXPECT_TRUE(provider.accepted().empty());
    EXPECT_TRUE(pumpUntil([&] { return !frame->smsDispatch().busy(); }));
    expectSecretNowhere(provider.token());
}

TEST_F(SmsSettings, TheDispatchSendsDueMessagesInTheBackgroundAndSaysOnceWhenTheGatewayIsDown)
{
    start(true);
    praklit::test::FakeSmsProvider provider;
    useProvider(provider);
    frame->smsSecret().set(office().url(), provider.token());
    client = addPerson("משה", "כהן").id;
    const int64_t phone = services::ClientService(office()).addPhone(client, PhoneType::Mobile, "050-1234567").id;
    const SmsMessage m = sendTo(phone, "שלום משה");

    frame->smsDispatch().runNow();
    EXPECT_TRUE(frame->smsDispatch().busy()) << "the pass runs on its own thread";
    ASSERT_TRUE(pumpUntil([&] { return services::SmsService(office()).message(m.id).state == SmsState::Sent; },
                          std::chrono::seconds(20)));
    EXPECT_EQ(provider.accepted().size(), 1u);
    EXPECT_TRUE(pumpUntil([&] { return !frame->smsDispatch().busy(); }));
    EXPECT_EQ(frame->smsBar()->message(), wxString());

    // The provider stops answering: one line on the main window, not a box at every pass.
    provider.mode("down");
    const SmsMessage second = sendTo(phone, "שלום שוב");
    const int64_t before = frame->smsDispatch().passes();
    frame->smsDispatch().runNow();
    ASSERT_TRUE(pumpUntil([&] { return frame->smsDispatch().passes() > before; }, std::chrono::seconds(20)));
    EXPECT_NE(frame->smsBar()->message(), wxString());
    EXPECT_EQ(services::SmsService(office()).message(second.id).state, SmsState::Scheduled) << "to be tried again";
    screenshot(frame, "sms-dispatch-gateway-down-he");
    expectSecretNowhere(provider.token());
}

TEST_F(SmsSettings, ASecretNotGivenStopsThisComputersDispatchUntilTheSettingsChange)
{
    start(true);
    praklit::test::FakeSmsProvider provider;
    useProvider(provider);
    client = addPerson("משה", "כהן").id;
    const int64_t phone = services::ClientService(office()).addPhone(client, PhoneType::Mobile, "050-1234567").id;
    sendTo(phone, "שלום משה");
    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) { test::click(named(d, "cancel")); });
        frame->smsDispatch().runNow();
        ASSERT_TRUE(pumpUntil([&] { return dialogs.done(); }, std::chrono::seconds(20)));
    }
    pump();
    EXPECT_NE(frame->smsBar()->message(), wxString());
    // Not asked again at every pass: a dialog now would fail the test.
    const int64_t before = frame->smsDispatch().passes();
    frame->smsDispatch().runNow();
    pump();
    EXPECT_EQ(frame->smsDispatch().passes(), before);
}

} // namespace praklit::ui::test
