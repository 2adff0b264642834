// The SMS module's windows: the [Send SMS] buttons of the cards and of a
// contact, the send dialog (recipients, templates, the preview, the live
// counter, now or scheduled), the cards' SMS tab with each state and what a
// person does there, and the home screen's messages for today — and none of
// it while the module is off.
#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "data/Database.h"
#include "support/TestDatabase.h"
#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "text/Bidi.h"
#include "text/Timestamp.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/ContactsPage.h"
#include "ui/office/HomePanel.h"
#include "ui/sms/EditSmsDialog.h"
#include "ui/sms/SendSmsDialog.h"
#include "ui/sms/SmsListModel.h"
#include "ui/sms/SmsPanel.h"
#include "ui/sms/SmsTimeField.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui::test {

namespace {

wxString he(const char* utf8Text) { return wxString::FromUTF8(utf8Text); }

// What the counter says about one message and about all of them, as the
// catalog words it: the test reads the same words a person does.
wxString characters(int64_t n)
{
    return wxString::Format(wxPLURAL("%s character", "%s characters", pluralCount(n)), wx(std::to_string(n)));
}
wxString parts(int64_t n)
{
    return wxString::Format(wxPLURAL("%s part", "%s parts", pluralCount(n)), wx(std::to_string(n)));
}
wxString inAll(int64_t partsInAll, int64_t recipients)
{
    return wxString::Format(_("in all: %1$s to %2$s"), parts(partsInAll),
                            wxString::Format(wxPLURAL("%s recipient", "%s recipients", pluralCount(recipients)),
                                             wx(std::to_string(recipients))));
}

// An office with the module on, a client with a mobile and a landline, a
// contact with a mobile, a case and two templates.
class Sms : public OfficeWindows {
protected:
    void startOffice(bool moduleOn = true, bool onServer = false)
    {
        if (onServer) {
            server_ = std::make_unique<praklit::test::TestDatabase>(Backend::PostgreSQL);
            frame_ = startOn(server_->url().withPassword(), text::Language::Hebrew);
        } else {
            start();
        }
        ASSERT_NE(frame_, nullptr);
        services::SmsService sms(office());
        if (moduleOn) sms.setModule(Module::Sms, true);
        Letterhead l;
        l.officeName = "כהן ושות'";
        l.phones = "03-5551234";
        l.vatNumber = "516179157";
        services::SettingsService(office()).setLetterhead(l);
        client_ = addPerson("משה", "כהן", "039337423");
        mobile_ = clients().addPhone(client_.id, PhoneType::Mobile, "050-1234567").id;
        clients().addPhone(client_.id, PhoneType::Home, "03-6041234");
        Contact ruth;
        ruth.clientId = client_.id;
        ruth.firstName = "רות";
        ruth.lastName = "לוי";
        ruth_ = clients().saveContact(ruth, clients().roles().front().name, std::string("052-2223333")).id;
        Case k;
        k.clientId = client_.id;
        k.subject = "תביעה כספית";
        k.proceedingType = "ת\"א";
        k.courtNumber = "3036-11-17";
        case_ = services::CaseService(office()).add(k);
        if (!moduleOn) return;
        SmsTemplate reminder;
        reminder.name = "תזכורת";
        reminder.type = TemplateType::General;
        reminder.text = "שלום {first_name}, מדברים ממשרד {office_name} בעניין תיק {case_number}.";
        sms.saveTemplate(reminder);
        SmsTemplate hearing;
        hearing.name = "דיון קרוב";
        hearing.type = TemplateType::General;
        hearing.text = "שלום {first_name}, הדיון הבא: {next_hearing}.";
        sms.saveTemplate(hearing);
    }

    std::unique_ptr<praklit::test::TestDatabase> server_; // the shared office's, for the OfficeServer tests

    ClientCardFrame* openCard()
    {
        auto* card = ClientCardFrame::showFor(frame_, office(), client_.id);
        pump();
        return card;
    }

    // The card's SMS tab, showing.
    SmsPanel* openSmsTab(ClientCardFrame* card)
    {
        EXPECT_NE(card->sms(), nullptr);
        if (!card->sms()) return nullptr;
        card->notebook()->SetSelection(size_t(card->notebook()->FindPage(card->sms())));
        pump();
        return card->sms();
    }

    // Messages saved straight through the service, as the dialog saves them.
    std::vector<SmsMessage> sendThrough(const std::vector<int64_t>& phoneIds, const std::string& body,
                                        std::optional<text::Timestamp> at = std::nullopt, int64_t caseId = 0)
    {
        services::SmsRequest r;
        r.clientId = client_.id;
        r.caseId = caseId;
        for (int64_t id : phoneIds) r.to.push_back({id, 0, {}, false});
        r.text = body;
        r.at = at;
        return services::SmsService(office()).send(r);
    }

    int64_t ruthsMobile()
    {
        for (const auto& p : clients().card(client_.id).contactPhones)
            if (p.contactId == ruth_) return p.id;
        return 0;
    }

    // A message moved behind the program's back, as a dispatcher or a
    // delivery report would move it.
    void setState(int64_t id, const std::string& assignments)
    {
        office().db().executeScript("update sms_messages set " + assignments +
                                    ", version = version + 1 where id = " + std::to_string(id));
    }

    // The text of a row's cell in the SMS tab.
    static wxString cell(SmsPanel* panel, unsigned row, SmsListModel::Column column)
    {
        wxVariant value;
        panel->model().GetValueByRow(value, row, column);
        return value.GetString();
    }

    Client client_;
    Case case_;
    int64_t mobile_ = 0;
    int64_t ruth_ = 0;
};

} // namespace

TEST_F(Sms, AModuleThatIsOffHasNoButtonNoTabAndNothingOnTheHomeScreen)
{
    startOffice(false);
    ClientCardFrame* card = openCard();
    EXPECT_EQ(named(card, "send_sms"), nullptr);
    EXPECT_EQ(card->sms(), nullptr);
    for (size_t i = 0; i < card->notebook()->GetPageCount(); ++i)
        EXPECT_NE(card->notebook()->GetPageText(i), _("SMS messages"));
    EXPECT_EQ(named(card->contacts(), "sms_contact"), nullptr);
    auto* caseCard = CaseCardFrame::showFor(frame_, office(), case_.id);
    pump();
    EXPECT_EQ(named(caseCard, "send_sms"), nullptr);
    EXPECT_EQ(caseCard->sms(), nullptr);
    frame_->home()->showOffice();
    EXPECT_TRUE(pumpUntil([&] { return !frame_->home()->reading(); }));
    EXPECT_FALSE(frame_->home()->scheduledSms()->IsShown());
    card->Destroy();
    caseCard->Destroy();
    pump();

    // On: the cards opened from now on have them, and so has the home screen.
    services::SmsService(office()).setModule(Module::Sms, true);
    card = openCard();
    EXPECT_NE(named(card, "send_sms"), nullptr);
    ASSERT_NE(card->sms(), nullptr);
    EXPECT_EQ(card->notebook()->GetPageText(size_t(card->notebook()->FindPage(card->sms()))), _("SMS messages"));
    EXPECT_NE(named(card->contacts(), "sms_contact"), nullptr);
    // At the top of the card, after the time counter in reading order (right to left).
    EXPECT_LT(named(card, "send_sms")->GetScreenPosition().x, named(card, "timer_button")->GetScreenPosition().x);
    EXPECT_GT(named(card, "send_sms")->GetScreenPosition().x, named(card, "produce_account")->GetScreenPosition().x);
    caseCard = CaseCardFrame::showFor(frame_, office(), case_.id);
    pump();
    EXPECT_NE(named(caseCard, "send_sms"), nullptr);
    EXPECT_NE(caseCard->sms(), nullptr);
    frame_->home()->showOffice();
    EXPECT_TRUE(pumpUntil([&] { return !frame_->home()->reading(); }));
    EXPECT_TRUE(frame_->home()->scheduledSms()->IsShown());
}

TEST_F(Sms, TheCounterCountsHebrewAsUcs2AndLongLatinTextInParts)
{
    startOffice();
    ClientCardFrame* card = openCard();
    SendSmsDialog dialog(card, office(), client_.id, 0);
    dialog.Show();
    pump();
    EXPECT_EQ(dialog.GetLayoutDirection(), wxLayout_RightToLeft);
    // The client's own mobile first and ticked, the contact's next, the landline shown and not to be ticked.
    ASSERT_EQ(dialog.recipients().size(), 3u);
    EXPECT_EQ(dialog.recipients()[0].recipient.phoneId, mobile_);
    EXPECT_TRUE(dialog.recipients()[0].box->GetValue());
    EXPECT_EQ(dialog.recipients()[1].recipient.contactId, ruth_);
    EXPECT_FALSE(dialog.recipients()[1].box->GetValue());
    EXPECT_FALSE(dialog.recipients()[2].box->IsEnabled()) << "a landline cannot get an SMS";
    EXPECT_TRUE(dialog.recipients()[2].box->GetLabel().Contains(he("03-604-1234")))
        << dialog.recipients()[2].box->GetLabel();

    // Hebrew: UCS-2, counted as a person counts letters.
    dialog.textBox()->SetValue(he("שלום משה, הדיון נדחה."));
    EXPECT_TRUE(dialog.counter().Contains(characters(21))) << dialog.counter();
    EXPECT_TRUE(dialog.counter().Contains(isolated("UCS-2"))) << dialog.counter();
    EXPECT_TRUE(dialog.counter().Contains(parts(1))) << dialog.counter();
    EXPECT_TRUE(dialog.counter().Contains(inAll(1, 1))) << dialog.counter();
    // 71 Hebrew letters take two parts of 67.
    dialog.textBox()->SetValue(wxString(wxUniChar(0x05D0), 71));
    EXPECT_TRUE(dialog.counter().Contains(parts(2))) << dialog.counter();

    // Latin: GSM-7, 160 in one part, 161 in two.
    dialog.textBox()->SetValue(wxString('a', 160));
    EXPECT_TRUE(dialog.counter().Contains(isolated("GSM-7"))) << dialog.counter();
    EXPECT_TRUE(dialog.counter().Contains(parts(1))) << dialog.counter();
    dialog.textBox()->SetValue(wxString('a', 161));
    EXPECT_TRUE(dialog.counter().Contains(characters(161))) << dialog.counter();
    EXPECT_TRUE(dialog.counter().Contains(parts(2))) << dialog.counter();
    // Two recipients: each its own message of two parts.
    dialog.tick(1, true);
    EXPECT_TRUE(dialog.counter().Contains(inAll(4, 2))) << dialog.counter();
    dialog.refreshPreview();
    ASSERT_EQ(dialog.previews().size(), 2u);
    EXPECT_TRUE(dialog.counter().Contains(inAll(4, 2))) << dialog.counter();
    dialog.Hide();
}

TEST_F(Sms, ATemplateFillsEachRecipientsPlaceholdersAndAHoleIsNeverSent)
{
    startOffice();
    ClientCardFrame* card = openCard();
    {
        SendSmsDialog dialog(card, office(), client_.id, case_.id);
        dialog.Show();
        pump();
        dialog.tick(1, true);
        ASSERT_TRUE(dialog.chooseTemplate(he("תזכורת")));
        EXPECT_EQ(dialog.textBox()->GetValue(),
                  he("שלום {first_name}, מדברים ממשרד {office_name} בעניין תיק {case_number}."));
        EXPECT_TRUE(
            named<wxStaticText>(&dialog, "template_type")->GetLabel().Contains(wx(typeName(TemplateType::General))));
        dialog.refreshPreview();
        ASSERT_EQ(dialog.previews().size(), 2u);
        const std::string number = case_.internalNumber;
        EXPECT_EQ(dialog.previews()[0].text, "שלום משה, מדברים ממשרד כהן ושות' בעניין תיק " + number + ".");
        EXPECT_EQ(dialog.previews()[1].text, "שלום רות, מדברים ממשרד כהן ושות' בעניין תיק " + number + ".");
        EXPECT_EQ(dialog.previewList()->GetItemCount(), 2u);
        // Counted on what each recipient gets, not on the placeholders.
        const auto filled = countSms(dialog.previews()[0].text);
        EXPECT_TRUE(dialog.counter().Contains(characters(filled.characters))) << dialog.counter();
        EXPECT_TRUE(dialog.counter().Contains(inAll(2 * filled.segments, 2))) << dialog.counter();
        screenshot(&dialog, "send-sms-template-he");
        dialog.Hide();
    }
    {
        SendSmsDialog dialog(card, office(), client_.id, case_.id);
        dialog.Show();
        pump();
        ASSERT_TRUE(dialog.chooseTemplate(he("דיון קרוב")));
        dialog.refreshPreview();
        ASSERT_EQ(dialog.previews().size(), 1u);
        ASSERT_EQ(dialog.previews()[0].missing.size(), 1u);
        EXPECT_EQ(dialog.previewList()->GetTextValue(0, 3), wx(placeholderName("next_hearing")));
        EXPECT_FALSE(dialog.previewNote().empty());
        EXPECT_FALSE(dialog.send()) << "a hole is never sent";
        EXPECT_TRUE(dialog.IsShown());
        EXPECT_TRUE(dialog.messages().sentenceAt("text").Contains(wx(placeholderName("next_hearing"))))
            << dialog.messages().sentenceAt("text");
        EXPECT_EQ(dialog.textBox()->GetValue(), he("שלום {first_name}, הדיון הבא: {next_hearing}."))
            << "nothing typed is lost";
        screenshot(&dialog, "send-sms-missing-placeholder-he");
        dialog.Hide();
    }
    EXPECT_TRUE(services::SmsService(office()).list(client_.id, 0, std::nullopt).empty()) << "nothing stored";
}

// The seed's path on the shared office server (ctest runs it as ui_postgresql):
// client card → [Send SMS] → a template → saved in the SMS tab, now and scheduled.
TEST_F(Sms, OfficeServerFromTheClientCardATemplateNowAndScheduledIntoTheSmsTab)
{
    startOffice(true, true);
    SmsTemplate call;
    call.name = "בקשה לחזור";
    call.type = TemplateType::General;
    call.text = "שלום {first_name}, נשמח שתחזור אלינו. {office_name}";
    services::SmsService(office()).saveTemplate(call);
    ClientCardFrame* card = openCard();
    SmsPanel* tab = openSmsTab(card);
    ASSERT_NE(tab, nullptr);
    for (const bool later : {false, true}) {
        ModalDriver dialogs;
        dialogs.whileShown([later](wxDialog* d) {
            auto* dialog = dynamic_cast<SendSmsDialog*>(d);
            ASSERT_NE(dialog, nullptr);
            ASSERT_TRUE(dialog->chooseTemplate(he("בקשה לחזור")));
            if (later) {
                dialog->schedule(true);
                dialog->when()->setValue(text::now() + std::chrono::hours(26));
            }
            EXPECT_TRUE(dialog->send()) << dialog->messageBar()->message();
        });
        click(named(card, "send_sms"));
        pump();
        EXPECT_TRUE(dialogs.done());
    }
    const auto stored = services::SmsService(office()).list(client_.id, 0, std::nullopt);
    ASSERT_EQ(stored.size(), 2u) << "the client's primary mobile, once each";
    EXPECT_EQ(tab->model().rows(), 2u);
    for (const auto& m : stored) EXPECT_EQ(m.text, "שלום משה, נשמח שתחזור אלינו. כהן ושות'");
    EXPECT_EQ(stored[0].state, SmsState::Scheduled);
    screenshot(card, "client-card-sms-tab-server-he");
    closeAllWindows(); // the office closes before its schema is dropped
}

TEST_F(Sms, SeveralRecipientsGetOneMessageEachInTheSmsTab)
{
    startOffice();
    ClientCardFrame* card = openCard();
    SmsPanel* tab = openSmsTab(card);
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(tab->model().rows(), 0u);
    EXPECT_TRUE(named(tab, "sms_empty")->IsShown());
    {
        ModalDriver dialogs;
        dialogs.whileShown([this](wxDialog* d) {
            auto* dialog = dynamic_cast<SendSmsDialog*>(d);
            ASSERT_NE(dialog, nullptr) << d->GetTitle();
            EXPECT_EQ(d->GetTitle(), wxString::Format(_("Send SMS — %s"), he("כהן משה")));
            dialog->tick(1, true);
            dialog->textBox()->SetValue(
                he("שלום, המסמכים שביקשתם מוכנים במשרד. אפשר לאסוף אותם מחר בין השעות 09:00 ל-13:00."));
            dialog->refreshPreview();
            EXPECT_EQ(dialog->previews().size(), 2u);
            screenshot(d, "send-sms-dialog-he");
            EXPECT_TRUE(dialog->send()) << dialog->messageBar()->message();
            EXPECT_FALSE(d->IsModal());
        });
        click(named(card, "send_sms"));
        pump();
        EXPECT_TRUE(dialogs.done());
    }
    ASSERT_EQ(tab->model().rows(), 2u) << "one message a recipient, in the tab at once";
    EXPECT_FALSE(named(tab, "sms_empty")->IsShown());
    EXPECT_FALSE(card->messageBar()->message().empty());
    const auto stored = services::SmsService(office()).list(client_.id, 0, std::nullopt);
    ASSERT_EQ(stored.size(), 2u);
    for (const auto& m : stored) {
        EXPECT_EQ(m.segments, 2);
        EXPECT_EQ(m.encoding, SmsEncoding::Ucs2);
    }
    EXPECT_TRUE(cell(tab, 0, SmsListModel::Recipient).Contains(he("052-222-3333")))
        << cell(tab, 0, SmsListModel::Recipient);
    EXPECT_TRUE(cell(tab, 1, SmsListModel::Recipient).Contains(he("050-123-4567")));
    EXPECT_EQ(cell(tab, 0, SmsListModel::Parts), "2");
    EXPECT_EQ(cell(tab, 0, SmsListModel::State), wx(stateName(SmsState::Scheduled)));

    // From the case card: tied to the case, in its tab and in the client's.
    auto* caseCard = CaseCardFrame::showFor(frame_, office(), case_.id);
    pump();
    ASSERT_NE(caseCard->sms(), nullptr);
    EXPECT_EQ(caseCard->sms()->model().rows(), 0u) << "the messages sent from the client card are not the case's";
    ModalDriver again;
    again.whileShown([](wxDialog* d) {
        auto* dialog = dynamic_cast<SendSmsDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->textBox()->SetValue(he("הדיון בתיק נדחה."));
        EXPECT_TRUE(dialog->send()) << dialog->messageBar()->message();
    });
    click(named(caseCard, "send_sms"));
    pump();
    EXPECT_EQ(caseCard->sms()->model().rows(), 1u);
    EXPECT_EQ(tab->model().rows(), 3u) << "the client card's tab read again too";
    EXPECT_EQ(cell(tab, 0, SmsListModel::Case), wx(text::ltr(case_.internalNumber)));
    caseCard->notebook()->SetSelection(size_t(caseCard->notebook()->FindPage(caseCard->sms())));
    pump();
    screenshot(caseCard, "case-card-sms-tab-he");
}

TEST_F(Sms, ScheduledForTomorrowItSaysWhenTheOfficesHoursLetItGo)
{
    startOffice();
    ClientCardFrame* card = openCard();
    SendSmsDialog dialog(card, office(), client_.id, 0);
    dialog.Show();
    pump();
    dialog.textBox()->SetValue(he("תזכורת: פגישה במשרד מחר."));
    dialog.schedule(true);
    const std::string tomorrow = text::nextDay(text::israelToday());
    // 23:30 is after every day's hours: the note says when it goes.
    const auto late = *text::parseIsraelTime(tomorrow + " 23:30");
    dialog.when()->setValue(late);
    const auto goesOut = services::SmsService(office()).goesOutAt(late);
    ASSERT_GT(goesOut, late);
    EXPECT_EQ(utf8(dialog.when()->note()), utf8(sendingHoursNote(late, goesOut)));
    EXPECT_TRUE(dialog.when()->note().Contains(israelTimeText(goesOut))) << dialog.when()->note();
    EXPECT_TRUE(named(dialog.when(), "date_hebrew") == nullptr ||
                !named<wxStaticText>(dialog.when(), "date_hebrew")->GetLabel().empty())
        << "the Hebrew date beside the day";
    screenshot(&dialog, "send-sms-scheduled-he");

    // Within the hours (unless tomorrow is a day the office does not send): no note.
    const auto morning = *text::parseIsraelTime(tomorrow + " 10:00");
    dialog.when()->setValue(morning);
    EXPECT_EQ(dialog.when()->note().empty(), services::SmsService(office()).goesOutAt(morning) == morning);
    dialog.when()->setValue(late);
    ASSERT_TRUE(dialog.send()) << dialog.messageBar()->message();
    ASSERT_EQ(dialog.sent().size(), 1u);
    const auto m = services::SmsService(office()).message(dialog.sent()[0].id);
    EXPECT_EQ(m.state, SmsState::Scheduled);
    EXPECT_EQ(text::parseTimestamp(m.dueAt), late);
    dialog.Hide();
}

TEST_F(Sms, APastTimeIsRefusedAtTheTimeAndNothingTypedIsLost)
{
    startOffice();
    ClientCardFrame* card = openCard();
    SendSmsDialog dialog(card, office(), client_.id, 0);
    dialog.Show();
    pump();
    dialog.textBox()->SetValue(he("שלום"));
    dialog.schedule(true);
    dialog.when()->setValue(text::now() - std::chrono::hours(2));
    EXPECT_FALSE(dialog.send());
    EXPECT_FALSE(dialog.messages().sentenceAt("at").empty()) << dialog.messageBar()->message();
    EXPECT_EQ(dialog.textBox()->GetValue(), he("שלום"));
    EXPECT_TRUE(services::SmsService(office()).list(client_.id, 0, std::nullopt).empty());
    dialog.Hide();
}

TEST_F(Sms, ANumberInANewMobileRangeIsSentToOnlyWhenConfirmed)
{
    startOffice();
    ClientCardFrame* card = openCard();
    SendSmsDialog dialog(card, office(), client_.id, 0);
    dialog.Show();
    pump();
    dialog.tick(0, false);
    dialog.typeOtherNumber("055-1234567");
    EXPECT_TRUE(named<wxCheckBox>(&dialog, "other")->GetValue()) << "typing a number ticks it";
    dialog.textBox()->SetValue(he("שלום"));
    ModalDriver dialogs;
    dialogs.then([](wxDialog*) { return int(wxID_NO); }).then([](wxDialog*) { return int(wxID_YES); });
    EXPECT_FALSE(dialog.send()) << "declined: nothing sent";
    EXPECT_TRUE(services::SmsService(office()).list(client_.id, 0, std::nullopt).empty());
    EXPECT_FALSE(dialog.messages().sentenceAt("other_number").empty());
    EXPECT_TRUE(dialog.send()) << dialog.messageBar()->message();
    ASSERT_EQ(dialog.sent().size(), 1u);
    EXPECT_EQ(dialog.sent()[0].e164, "+972551234567");

    // A landline typed by hand is refused beneath the number, without a question.
    SendSmsDialog other(card, office(), client_.id, 0);
    other.Show();
    pump();
    other.tick(0, false);
    other.typeOtherNumber("03-6041234");
    other.textBox()->SetValue(he("שלום"));
    EXPECT_FALSE(other.send());
    EXPECT_FALSE(other.messages().sentenceAt("other_number").empty());
    other.Hide();
    dialog.Hide();
}

TEST_F(Sms, TheSmsTabShowsEveryState)
{
    startOffice();
    const int64_t ruthPhone = ruthsMobile();
    const std::vector<std::pair<const char*, std::string>> states{
        {"שלום משה, הפגישה נקבעה ליום ראשון.", ""},
        {"נא להביא את תעודת הזהות.",
         "state = 'sending', attempts = 1, claim_owner = 'w1', lease_until = '2099-01-01 00:00:00+00'"},
        {"המסמכים נשלחו אליכם בדואר.", "state = 'sent', sent_at = due_at, attempts = 1"},
        {"התקבל פסק הדין בתיק.", "state = 'delivered', sent_at = due_at, delivered_at = due_at, attempts = 1"},
        {"נא להתקשר למשרד.", "state = 'failed', attempts = 6, reason_code = '4', reason = 'אין יתרה אצל ספק ההודעות.'"},
        {"תזכורת: תשלום שכר טרחה.", "state = 'cancelled'"},
    };
    for (const auto& [body, assignments] : states) {
        const auto m = sendThrough({mobile_, ruthPhone}, body);
        if (!assignments.empty())
            for (const auto& one : m) setState(one.id, assignments);
    }
    ClientCardFrame* card = openCard();
    SmsPanel* tab = openSmsTab(card);
    ASSERT_NE(tab, nullptr);
    ASSERT_EQ(tab->model().rows(), 12u);
    // Newest first: the cancelled pair, then the failed one with its reason, …
    EXPECT_EQ(cell(tab, 0, SmsListModel::State), wx(stateName(SmsState::Cancelled)));
    EXPECT_EQ(cell(tab, 2, SmsListModel::State),
              wx(stateName(SmsState::Failed)) + ": " + he("אין יתרה אצל ספק ההודעות."));
    EXPECT_EQ(cell(tab, 4, SmsListModel::State), wx(stateName(SmsState::Delivered)));
    EXPECT_EQ(cell(tab, 6, SmsListModel::State), wx(stateName(SmsState::Sent)));
    EXPECT_EQ(cell(tab, 8, SmsListModel::State), wx(stateName(SmsState::Sending)));
    EXPECT_EQ(cell(tab, 10, SmsListModel::State), wx(stateName(SmsState::Scheduled)));
    EXPECT_EQ(cell(tab, 11, SmsListModel::Text), he("שלום משה, הפגישה נקבעה ליום ראשון."));
    EXPECT_EQ(cell(tab, 11, SmsListModel::Sender), wx(office().user().shownName()));
    EXPECT_FALSE(cell(tab, 11, SmsListModel::Time).empty());
    // Time as an Israeli office reads it: dd/mm/yyyy HH:MM.
    EXPECT_EQ(cell(tab, 11, SmsListModel::Time).length(), 18u) << "isolated dd/mm/yyyy HH:MM";

    // The buttons follow the selected message's state.
    tab->select(tab->model().rowAt(10)->id);
    EXPECT_TRUE(named(tab, "edit_sms")->IsEnabled());
    EXPECT_TRUE(named(tab, "cancel_sms")->IsEnabled());
    EXPECT_FALSE(named(tab, "resend_sms")->IsEnabled());
    tab->select(tab->model().rowAt(2)->id);
    EXPECT_FALSE(named(tab, "edit_sms")->IsEnabled());
    EXPECT_TRUE(named(tab, "resend_sms")->IsEnabled());
    screenshot(card, "client-card-sms-tab-he");

    tab->filterBy(SmsState::Failed);
    EXPECT_EQ(tab->model().rows(), 2u);
    tab->filterBy(std::nullopt);
    EXPECT_EQ(tab->model().rows(), 12u);
}

TEST_F(Sms, EditCancelAndSendAgainFromTheTab)
{
    startOffice();
    const auto tomorrow = *text::parseIsraelTime(text::nextDay(text::israelToday()) + " 10:00");
    const auto scheduled = sendThrough({mobile_}, "שלום משה", tomorrow).front();
    const auto toCancel = sendThrough({mobile_}, "הודעה לביטול", tomorrow).front();
    const auto failed = sendThrough({mobile_}, "הודעה שנכשלה").front();
    setState(failed.id, "state = 'failed', attempts = 6, reason = 'המספר אינו זמין.'");
    const auto claimed = sendThrough({mobile_}, "הודעה שנלקחה", tomorrow).front();
    ClientCardFrame* card = openCard();
    SmsPanel* tab = openSmsTab(card);
    ASSERT_NE(tab, nullptr);

    // Edit: new text and time, one call.
    tab->select(scheduled.id);
    ModalDriver dialogs;
    dialogs.whileShown([&](wxDialog* d) {
        auto* dialog = dynamic_cast<EditSmsDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->textBox()->GetValue(), he("שלום משה"));
        EXPECT_TRUE(dialog->counter().Contains(characters(8))) << dialog->counter();
        dialog->textBox()->SetValue(he("שלום משה, הפגישה הוזזה לשעה 11:00."));
        dialog->when()->setValue(tomorrow + std::chrono::hours(1));
        screenshot(d, "edit-sms-dialog-he");
        EXPECT_TRUE(dialog->save()) << dialog->messageBar()->message();
    });
    tab->editSelected();
    pump();
    auto after = services::SmsService(office()).message(scheduled.id);
    EXPECT_EQ(after.text, "שלום משה, הפגישה הוזזה לשעה 11:00.");
    EXPECT_EQ(text::parseTimestamp(after.dueAt), tomorrow + std::chrono::hours(1));
    EXPECT_EQ(tab->selected() ? tab->selected()->id : 0, scheduled.id);

    // Cancel, once asked.
    tab->select(toCancel.id);
    ModalDriver ask;
    ask.then([](wxDialog*) { return int(wxID_YES); });
    tab->cancelSelected();
    EXPECT_EQ(services::SmsService(office()).message(toCancel.id).state, SmsState::Cancelled);
    EXPECT_EQ(cell(tab, *tab->model().rowOf(toCancel.id), SmsListModel::State), wx(stateName(SmsState::Cancelled)));
    EXPECT_FALSE(named(tab, "cancel_sms")->IsEnabled());

    // Send again: the failed message is scheduled anew.
    tab->select(failed.id);
    tab->resendSelected();
    EXPECT_EQ(services::SmsService(office()).message(failed.id).state, SmsState::Scheduled);
    EXPECT_EQ(cell(tab, *tab->model().rowOf(failed.id), SmsListModel::State), wx(stateName(SmsState::Scheduled)));

    // Claimed by a dispatcher while the tab showed it scheduled: the service's sentence, and the row as it is now.
    tab->select(claimed.id);
    setState(claimed.id, "state = 'sending', attempts = 1, claim_owner = 'w1', lease_until = '2099-01-01 00:00:00+00'");
    ModalDriver askAgain;
    askAgain.then([](wxDialog*) { return int(wxID_YES); });
    tab->cancelSelected();
    EXPECT_FALSE(card->messageBar()->message().empty());
    EXPECT_TRUE(card->messageBar()->message().Contains(wx(stateName(SmsState::Sending))))
        << card->messageBar()->message();
    EXPECT_EQ(cell(tab, *tab->model().rowOf(claimed.id), SmsListModel::State), wx(stateName(SmsState::Sending)));
    EXPECT_EQ(services::SmsService(office()).message(claimed.id).state, SmsState::Sending);
}

TEST_F(Sms, TheContactsSmsButtonTicksThatContact)
{
    startOffice();
    ClientCardFrame* card = openCard();
    card->notebook()->SetSelection(2);
    pump();
    ContactsPage* page = card->contacts();
    auto* button = named(page, "sms_contact");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->IsEnabled()) << "no contact selected yet";
    page->list()->selectId(ruth_);
    wxDataViewEvent selected(wxEVT_DATAVIEW_SELECTION_CHANGED, page->list(), page->list()->GetSelection());
    page->list()->ProcessWindowEvent(selected);
    EXPECT_TRUE(button->IsEnabled());
    ModalDriver dialogs;
    dialogs.whileShown([this](wxDialog* d) {
        auto* dialog = dynamic_cast<SendSmsDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        size_t ticked = 0;
        for (const auto& r : dialog->recipients())
            if (r.box->GetValue()) {
                ++ticked;
                EXPECT_EQ(r.recipient.contactId, ruth_);
            }
        EXPECT_EQ(ticked, 1u);
        dialog->textBox()->SetValue(he("שלום רות"));
        EXPECT_TRUE(dialog->send()) << dialog->messageBar()->message();
    });
    click(button);
    pump();
    const auto sent = services::SmsService(office()).list(client_.id, 0, std::nullopt);
    ASSERT_EQ(sent.size(), 1u);
    EXPECT_EQ(sent[0].contactId, ruth_);
    EXPECT_EQ(sent[0].e164, "+972522223333");
    screenshot(card, "client-card-contacts-sms-he");
}

TEST_F(Sms, AContactWithoutAMobileGetsTheServicesSentence)
{
    startOffice();
    Contact quiet;
    quiet.clientId = client_.id;
    quiet.lastName = "שקט";
    quiet.noSms = true;
    quiet = clients().saveContact(quiet, "", std::string("053-4445555"));
    ClientCardFrame* card = openCard();
    SendSmsDialog dialog(card, office(), client_.id, 0, quiet.id);
    for (const auto& r : dialog.recipients()) EXPECT_FALSE(r.box->GetValue());
    EXPECT_FALSE(dialog.messageBar()->message().empty()) << "the service says why: marked not to get SMS";
}

TEST_F(Sms, AThousandMessagesOpenPageByPage)
{
    startOffice();
    const auto first = sendThrough({mobile_}, "הודעה").front();
    // 249 copies of it, made by the database.
    office().db().executeScript(
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < 249) "
        "insert into sms_messages (entity_id, case_id, contact_id, phone_id, recipient_name, number_e164, body, "
        "encoding, "
        "segments, state, due_at, created_at, sender_user_id, attempts, next_attempt_at) "
        "select entity_id, case_id, contact_id, phone_id, recipient_name, number_e164, body, encoding, segments, "
        "state, "
        "due_at, created_at, sender_user_id, attempts, next_attempt_at from sms_messages cross join n where id = " +
        std::to_string(first.id));
    ClientCardFrame* card = openCard();
    SmsPanel* tab = openSmsTab(card);
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(tab->model().rows(), 100u) << "one page";
    EXPECT_EQ(tab->model().pagesRead(), 1u);
    // Scrolled to the end of what is read: the next page comes after the paint.
    tab->list()->EnsureVisible(tab->model().GetItem(99));
    EXPECT_TRUE(pumpUntil([&] { return tab->model().rows() >= 200u; }));
    while (tab->model().mayHaveMore()) tab->model().readMore();
    EXPECT_EQ(tab->model().rows(), 250u);
    EXPECT_EQ(tab->model().rowAt(249)->id, first.id) << "newest first: the first one sent is last";
}

TEST_F(Sms, TheHomeScreenListsTodaysScheduledMessages)
{
    startOffice();
    sendThrough({mobile_}, "שלום משה, נתראה היום במשרד.");
    frame_->home()->showOffice();
    EXPECT_TRUE(pumpUntil([&] { return !frame_->home()->reading(); }));
    wxDataViewListCtrl* list = frame_->home()->scheduledSms();
    EXPECT_TRUE(list->IsShown());
    ASSERT_EQ(list->GetItemCount(), 1u);
    EXPECT_TRUE(list->GetTextValue(0, 1).Contains(he("כהן משה"))) << list->GetTextValue(0, 1);
    EXPECT_EQ(list->GetTextValue(0, 2), he("שלום משה, נתראה היום במשרד."));
    screenshot(frame_, "home-sms-today-he");
    // A line opens the client's card at its SMS tab.
    list->SelectRow(0);
    wxDataViewEvent activated(wxEVT_DATAVIEW_ITEM_ACTIVATED, list, list->RowToItem(0));
    list->ProcessWindowEvent(activated);
    pump();
    auto* card = ClientCardFrame::find(client_.id);
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(card->notebook()->GetCurrentPage(), card->sms());
}

} // namespace praklit::ui::test
