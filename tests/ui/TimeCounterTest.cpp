// Time counters in the desktop program: the main window's bar, the counters
// list, stopping (with the real end time for a long-running one), the
// automatic conditions, idle and sleep, and the personal settings page.
#include "TimeTestSupport.h"

#include "data/ChargeRepository.h"
#include "data/TimerRepository.h"
#include "services/ChargeService.h"
#include "services/SettingsService.h"
#include "ui/billing/ChargesPanel.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/time/StopTimerDialog.h"
#include "ui/time/TimerBar.h"
#include "ui/time/TimerButton.h"
#include "ui/time/TimersDialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <thread>

namespace praklit::ui::test {

using namespace std::chrono_literals;

namespace {

class TimeCounter : public TimeFixture {};

} // namespace

TEST_F(TimeCounter, TheBarShowsTheRunningCounterLiveAndPauseThenStopMakeATimeEntryAndACharge)
{
    ASSERT_TRUE(start());
    services::SettingsService(office()).setUserRate(office().user().id, 60000); // ₪600 an hour
    const auto timer = startTimerFor(frame_, office(), client_.id, case_.id);
    ASSERT_TRUE(timer);
    closeTimersDialog();
    TimerBar* bar = frame_->timerBar();
    ASSERT_NE(bar, nullptr);
    ASSERT_TRUE(bar->shown());
    EXPECT_EQ(bar->shown()->id, timer->id);
    EXPECT_NE(bar->placeText().find(wxString::FromUTF8(case_.internalNumber)), wxString::npos) << bar->placeText();

    // The clock moves by itself, from the stored start.
    EXPECT_TRUE(pumpUntil([&] { return bar->clockText().find("00:00:00") == wxString::npos; }))
        << "the clock did not move: " << bar->clockText();
    EXPECT_NE(bar->clockText().find("00:00:0"), wxString::npos) << bar->clockText();
    screenshot(frame_, "timer-main-window-running-he");

    click(bar->pauseButton());
    auto listed = services::TimerService(office()).list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_FALSE(listed[0].running());
    EXPECT_NE(bar->placeText().find(_("(paused)")), wxString::npos) << bar->placeText();
    const wxString frozen = bar->clockText();
    bar->tick(text::now() + std::chrono::seconds(5), std::chrono::seconds(0));
    EXPECT_EQ(bar->clockText(), frozen) << "a paused counter does not move";

    // Stop: the dialog asks for the description and whether it is billable.
    ModalAnswers answers;
    answers.whileShown([&](wxDialog* dialog) {
        auto* stop = dynamic_cast<StopTimerDialog*>(dialog);
        ASSERT_NE(stop, nullptr);
        EXPECT_FALSE(stop->asksEnd()) << "a short counter is stopped now";
        named<wxTextCtrl>(dialog, "description")->ChangeValue(wxString::FromUTF8("עיון בכתב התביעה"));
        screenshot(dialog, "timer-stop-dialog-he");
        click(dialog->FindWindow(wxID_OK));
    });
    click(bar->stopButton());
    EXPECT_TRUE(answers.done());
    EXPECT_TRUE(services::TimerService(office()).list().empty());
    EXPECT_FALSE(bar->shown());

    const auto charges = services::ChargeService(office()).list(caseFilter(), 0, 10);
    ASSERT_EQ(charges.size(), 1u);
    const Charge& c = charges[0].charge;
    EXPECT_EQ(c.kind, ChargeKind::Time);
    EXPECT_EQ(c.description, "עיון בכתב התביעה");
    EXPECT_GE(c.seconds, 1) << "it ran at least until its clock moved";
    EXPECT_NE(c.timeEntryId, 0) << "the charge comes from a time entry";
    EXPECT_EQ(c.billedSeconds, 360) << "the office's default: 6 minutes, up";
    EXPECT_EQ(c.rateAgorot, 60000);
    EXPECT_EQ(c.amountAgorot, 6000);
}

TEST_F(TimeCounter, ALongRunningCounterAsksForTheRealEndAndTheServiceRefusesOneInTheFuture)
{
    ASSERT_TRUE(start(text::Language::English));
    auto settings = services::SettingsService(office()).timerSettings();
    settings.longRunningHours = 1;
    services::SettingsService(office()).saveTimerSettings(settings);
    auto timer = services::TimerService(office()).start(client_.id, case_.id, "Drafting");
    // Started three hours ago and forgotten.
    timer.runningSince = *timer.runningSince - 3h;
    timer.startedAt = *timer.runningSince;
    ASSERT_TRUE(data::TimerRepository(office().db()).update(timer));
    timer = services::TimerService(office()).get(timer.id);
    ASSERT_TRUE(services::TimerService(office()).longRunning(timer, text::now()));

    StopTimerDialog dialog(frame_, office(), timer, "Case", true);
    dialog.Show();
    pump();
    EXPECT_TRUE(named(&dialog, "end_panel")->IsShown());
    // Tomorrow: the service refuses, the dialog stays with its sentence.
    const auto tomorrow = text::now() + 24h;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    std::sscanf(text::toIsraelIso(tomorrow).c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi);
    dialog.setPickedEnd(y, mo, d, h, mi);
    click(dialog.FindWindow(wxID_OK));
    EXPECT_TRUE(dialog.IsShown());
    EXPECT_FALSE(dialog.result());
    EXPECT_FALSE(named<wxStaticText>(&dialog, "message")->GetLabel().empty());
    screenshot(&dialog, "timer-stop-long-running-refused-en");

    // Two hours after it started: two hours are recorded.
    std::sscanf(text::toIsraelIso(*timer.runningSince + 2h).c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi);
    dialog.setPickedEnd(y, mo, d, h, mi);
    click(dialog.FindWindow(wxID_OK));
    ASSERT_TRUE(dialog.result()) << named<wxStaticText>(&dialog, "message")->GetLabel();
    EXPECT_NEAR(static_cast<double>(dialog.result()->entry.seconds), 7200.0, 60.0);
    dialog.Destroy();
}

TEST_F(TimeCounter, TheCountersListManagesEveryCounterOfTheUser)
{
    ASSERT_TRUE(start());
    auto settings = services::SettingsService(office()).timerSettings();
    settings.keepOthersRunning = true;
    services::SettingsService(office()).saveTimerSettings(settings);
    const Case second = addCase("2024/114", "ערעור");
    services::TimerService timers(office());
    const auto a = timers.start(client_.id, case_.id, "הכנה לדיון");
    const auto b = timers.start(client_.id, second.id, "שיחה עם הלקוח");
    const auto general = timers.start(client_.id, 0, "");
    timers.pause(general.id);
    TimerNotices::changed();
    // A second of the running ones, for the list to show.
    EXPECT_TRUE(pumpUntil([&] { return text::now() - *timers.get(a.id).runningSince >= std::chrono::seconds(1); }));

    TimersDialog* list = TimersDialog::showFor(frame_, office(), b.id);
    pump();
    ASSERT_EQ(list->timers().size(), 3u);
    EXPECT_EQ(list->list()->GetItemCount(), 3u);
    EXPECT_EQ(list->selectedId(), b.id);
    EXPECT_TRUE(list->timers()[0].running()) << "running ones first";
    EXPECT_FALSE(list->timers()[2].running());
    screenshot(list, "timer-counters-dialog-he");

    named<wxTextCtrl>(list, "description")->ChangeValue(wxString::FromUTF8("שיחה עם הלקוח והכנת תצהיר"));
    list->saveDescription();
    EXPECT_EQ(timers.get(b.id).description, "שיחה עם הלקוח והכנת תצהיר");

    list->select(b.id);
    list->pauseOrResume();
    EXPECT_FALSE(timers.get(b.id).running());
    list->select(general.id);
    list->pauseOrResume();
    EXPECT_TRUE(timers.get(general.id).running());

    list->select(a.id);
    list->discardSelected(false);
    EXPECT_EQ(timers.list().size(), 2u);
    EXPECT_EQ(list->timers().size(), 2u) << "the list hears of the change at once";
    EXPECT_EQ(services::ChargeService(office()).totals(caseFilter()).count, 0) << "a discarded counter charges nothing";
    list->close();
}

TEST_F(TimeCounter, EnteringACaseCardStartsACounterWhenTheUserChoseSo)
{
    ASSERT_TRUE(start());
    CaseCardFrame* card = CaseCardFrame::showFor(frame_, office(), case_.id);
    pump();
    EXPECT_TRUE(services::TimerService(office()).list().empty()) << "off by default";
    card->Destroy();
    pump();

    auto settings = services::SettingsService(office()).timerSettings();
    settings.startOnCaseCard = true;
    services::SettingsService(office()).saveTimerSettings(settings);
    card = CaseCardFrame::showFor(frame_, office(), case_.id);
    pump();
    const auto listed = services::TimerService(office()).list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].caseId, case_.id);
    EXPECT_EQ(listed[0].startedBy, TimerStart::CaseCard);
    ASSERT_TRUE(frame_->timerBar()->shown()) << "the bar heard of it at once";
    EXPECT_EQ(frame_->timerBar()->shown()->id, listed[0].id);

    // The card's [Time counter] at the top, and its charges and documents tabs.
    EXPECT_NE(named(card, "timer_button"), nullptr);
    auto* tabs = named<wxNotebook>(card, "tabs");
    ASSERT_NE(tabs, nullptr);
    EXPECT_NE(tabs->FindPage(named(card, "charges_panel")), wxNOT_FOUND);
    EXPECT_NE(tabs->FindPage(named(card, "documents_panel")), wxNOT_FOUND);
    tabs->SetSelection(static_cast<size_t>(tabs->FindPage(named(card, "charges_panel"))));
    screenshot(card, "case-card-charges-tab-he");
    screenshot(frame_, "timer-main-window-case-card-condition-he");
}

TEST_F(TimeCounter, TheClientCardHasTheTimeCounterButtonAndAChargesTab)
{
    ASSERT_TRUE(start());
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    pump();
    auto* tabs = named<wxNotebook>(card, "tabs");
    ASSERT_NE(tabs, nullptr);
    auto* charges = named<ChargesPanel>(card, "charges_panel");
    ASSERT_NE(charges, nullptr);
    EXPECT_EQ(charges->filter().clientId, client_.id) << "all the client's files";
    EXPECT_EQ(charges->filter().caseId, 0);

    ModalAnswers answers;
    answers.whileShown([&](wxDialog* dialog) { click(dialog->FindWindow(wxID_OK)); }); // the only open case, chosen
    click(named(card, "timer_button"));
    EXPECT_TRUE(answers.done());
    const auto listed = services::TimerService(office()).list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].caseId, case_.id);
    closeTimersDialog();
    tabs->SetSelection(static_cast<size_t>(tabs->FindPage(charges)));
    screenshot(card, "client-card-charges-tab-he");
}

TEST_F(TimeCounter, FromAClientCardTheUserPicksACaseOrTheGeneralFile)
{
    ASSERT_TRUE(start());
    ModalAnswers answers;
    answers.whileShown([&](wxDialog* dialog) {
        screenshot(dialog, "timer-choose-case-he");
        auto* choice = dynamic_cast<wxSingleChoiceDialog*>(dialog);
        ASSERT_NE(choice, nullptr);
        choice->SetSelection(0); // the general file
        click(dialog->FindWindow(wxID_OK));
    });
    const auto timer = startTimerFor(frame_, office(), client_.id, 0);
    closeTimersDialog();
    ASSERT_TRUE(timer);
    EXPECT_EQ(timer->caseId, 0);
    EXPECT_EQ(timer->clientId, client_.id);
    EXPECT_TRUE(answers.done());
}

TEST_F(TimeCounter, BackFromIdleTheUserKeepsDiscardsOrSplitsTheTime)
{
    ASSERT_TRUE(start(text::Language::English));
    auto settings = services::SettingsService(office()).timerSettings();
    settings.idleMinutes = 10;
    services::SettingsService(office()).saveTimerSettings(settings);
    frame_->timerBar()->reload();
    const auto timer = services::TimerService(office()).start(client_.id, case_.id, "Reading");
    TimerNotices::changed();
    TimerBar* bar = frame_->timerBar();

    // Idle for 20 minutes by the platform's count, then back: discard.
    const auto t0 = text::now();
    bar->tick(t0, 0s);
    bar->tick(t0 + 1s, 20min);
    ModalAnswers answers;
    answers.whileShown([&](wxDialog* dialog) {
        EXPECT_EQ(dialog->GetName(), "idle_dialog");
        screenshot(dialog, "timer-idle-dialog-en");
        click(named(dialog, "idle_discard"));
    });
    bar->tick(t0 + 2s, 0s);
    EXPECT_TRUE(answers.done());
    const auto after = services::TimerService(office()).get(timer.id);
    EXPECT_TRUE(after.running());
    EXPECT_GE(*after.runningSince, t0) << "counting again from the return";

    // Asleep: the wall clock jumped 30 minutes between two ticks. Split.
    // A second of work before the sleep, to become an entry.
    EXPECT_TRUE(pumpUntil([&] {
        return text::now() - *services::TimerService(office()).get(timer.id).runningSince >= std::chrono::seconds(1);
    }));
    const auto t1 = text::now();
    bar->tick(t1, std::nullopt);
    answers.whileShown([&](wxDialog* dialog) { click(named(dialog, "idle_split")); });
    bar->tick(t1 + 30min, std::nullopt);
    EXPECT_TRUE(answers.done());
    EXPECT_EQ(services::ChargeService(office()).totals(caseFilter()).count, 1) << "the time before became an entry";
    ASSERT_EQ(services::TimerService(office()).list().size(), 1u);
    EXPECT_NE(services::TimerService(office()).list()[0].id, timer.id) << "a new counter runs from now";
}

TEST_F(TimeCounter, PersonalSettingsTimeCounterPageSavesToTheDatabase)
{
    ASSERT_TRUE(start());
    auto dialog = frame_->makeSystemSettingsDialog();
    dialog->Show();
    auto* pages = named<wxNotebook>(dialog.get(), "pages");
    pages->SetSelection(pages->FindPage(named(dialog.get(), "timer_page")));
    pump();
    EXPECT_FALSE(named<wxCheckBox>(dialog.get(), "start_on_case_card")->GetValue());
    EXPECT_TRUE(named<wxRadioButton>(dialog.get(), "pause_others")->GetValue()) << "pausing is the default";
    EXPECT_EQ(named<wxSpinCtrl>(dialog.get(), "long_running_hours")->GetValue(), 10);
    named<wxCheckBox>(dialog.get(), "start_on_case_card")->SetValue(true);
    named<wxCheckBox>(dialog.get(), "start_on_document")->SetValue(true);
    named<wxRadioButton>(dialog.get(), "keep_others_running")->SetValue(true);
    named<wxSpinCtrl>(dialog.get(), "idle_minutes")->SetValue(0); // refused by the service
    screenshot(dialog.get(), "settings-personal-time-counter-he");

    click(dialog->FindWindow(wxID_OK));
    EXPECT_TRUE(dialog->IsShown());
    EXPECT_FALSE(named<wxStaticText>(dialog.get(), "timer_message")->GetLabel().empty());
    EXPECT_EQ(pages->GetCurrentPage(), named(dialog.get(), "timer_page")) << "the sentence is on the page of its field";
    screenshot(dialog.get(), "settings-personal-time-counter-refused-he");

    named<wxSpinCtrl>(dialog.get(), "idle_minutes")->SetValue(20);
    named<wxChoice>(dialog.get(), "rounding_unit")->SetSelection(5); // 15 minutes
    named<wxChoice>(dialog.get(), "rounding_mode")->SetSelection(1); // nearest
    pages->SetSelection(pages->FindPage(named(dialog.get(), "office_page")));
    screenshot(dialog.get(), "settings-office-he");
    click(dialog->FindWindow(wxID_OK));
    EXPECT_FALSE(dialog->IsShown());
    const auto saved = services::SettingsService(office()).timerSettings();
    EXPECT_TRUE(saved.startOnCaseCard);
    EXPECT_TRUE(saved.startOnDocument);
    EXPECT_TRUE(saved.keepOthersRunning);
    EXPECT_EQ(saved.idleMinutes, 20);
    EXPECT_EQ(services::SettingsService(office()).officeRounding().unitMinutes, 15);
    EXPECT_EQ(services::SettingsService(office()).officeRounding().mode, RoundingMode::Nearest);
    dialog->Hide();
}

} // namespace praklit::ui::test
