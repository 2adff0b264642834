// The Net HaMishpat module on the desktop, against the loopback court
// gateway (tests/fakes) with the lawyer's SoftHSM2 card (scripts/smart-card):
// linking the card from System settings, the client card's [Download Net
// HaMishpat documents] → the card's code → the window following the
// download while the rest of Praklit answers, its summary and the reports,
// the same for all cases from the menu, stopping and going on, the case
// card's hearings and the home screen's upcoming hearings and new documents
// — and none of it while the module is off. Skipped without the cards.
#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "domain/Dates.h"
#include "services/CaseService.h"
#include "services/CourtService.h"
#include "services/DocumentService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "support/FakeCourtGateway.h"
#include "support/TestDatabase.h"
#include "text/Bidi.h"
#include "text/Timestamp.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/DocumentsPanel.h"
#include "ui/court/CourtSyncFrame.h"
#include "ui/court/CourtWording.h"
#include "ui/court/HearingsPanel.h"
#include "ui/court/LinkCardDialog.h"
#include "ui/court/SyncReportsFrame.h"
#include "ui/office/HomePanel.h"
#include "ui/office/MainMenu.h"
#include "ui/office/SystemSettingsDialog.h"
#include "ui/widgets/Utf8.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dataview.h>
#include <wx/gauge.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <cstdlib>
#include <set>

namespace praklit::ui::test {

namespace {

using praklit::test::FakeCourtGateway;
using praklit::test::FakeCourtOptions;

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? v : "";
}

// The fake's documents and hearings, by the court's ids.
std::set<std::string> eventIds(const nlohmann::json& data, const char* kind)
{
    std::set<std::string> ids;
    for (const auto& kase : data["cases"])
        for (const auto& ev : kase["events"])
            if (ev["kind"] == kind) ids.insert(ev["id"].get<std::string>());
    return ids;
}

// Types the code into the card's code prompt and continues.
void typePin(wxDialog* d, const std::string& pin, const char* shot = nullptr)
{
    EXPECT_EQ(d->GetName(), "card_pin_prompt");
    auto* field = named<wxTextCtrl>(d, "pin");
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->HasFlag(wxTE_PASSWORD));
    field->SetValue(wx(pin));
    if (shot) screenshot(d, shot);
    click(named(d, "ok"));
}

class Court : public OfficeWindows {
protected:
    void SetUp() override
    {
        if (const auto why = FakeCourtGateway::unavailable(); !why.empty()) GTEST_SKIP() << why;
        if (env("PRAKLIT_TEST_CARD_MODULE").empty() || env("PRAKLIT_TEST_CARD_CA").empty())
            GTEST_SKIP() << "no test smart cards: run under scripts/test (scripts/smart-card)";
    }

    // The office with the module on and the gateway set; a client with a case
    // for each of the fake's cases, the signed-in user their lawyer.
    void startOffice(int cases = 3, int events = 8, bool onServer = false)
    {
        FakeCourtOptions options;
        options.cases = cases;
        options.events = events;
        options.clientCa = env("PRAKLIT_TEST_CARD_CA");
        fake_ = std::make_unique<FakeCourtGateway>(options);
        if (onServer) {
            server_ = std::make_unique<praklit::test::TestDatabase>(Backend::PostgreSQL);
            frame_ = startOn(server_->url().withPassword(), text::Language::Hebrew);
            ASSERT_NE(frame_, nullptr);
            // A server office keeps its documents in a shared folder it is given.
            services::SettingsService(office()).setDocumentsFolder(freshFolder("court-server-store"));
        } else {
            ASSERT_NE(start(), nullptr);
        }
        services::SmsService(office()).setModule(Module::Court, true);
        services::CourtService court(office());
        auto s = court.settings();
        s.gateway.url = fake_->url();
        s.gateway.caFile = fake_->caFile();
        s.parallel = 2;
        court.saveSettings(s);
        client_ = addPerson("דנה", "לוי", "039337423");
        for (const auto& kase : fake_->data()["cases"]) {
            Case k;
            k.clientId = client_.id;
            k.subject = "תביעה כספית";
            k.court = kase["court"].get<std::string>();
            k.proceedingType = kase["type"].get<std::string>();
            k.courtNumber = kase["number"].get<std::string>();
            k.lawyerUserId = office().user().id;
            caseIds_.push_back(services::CaseService(office()).add(k).id);
        }
        frame_->followModules();
        pump();
    }

    // The lawyer's SoftHSM2 card, linked as the services link it.
    void linkCard()
    {
        services::CourtService court(office());
        const std::string module = env("PRAKLIT_TEST_CARD_MODULE");
        for (const auto& slot : court.slots(module))
            if (slot.tokenLabel == "lawyer") {
                court.linkCard(module, slot.id, court.certificates(module, slot.id).front().id);
                return;
            }
        FAIL() << "no token labelled lawyer";
    }

    // Waits for the download's window to finish.
    CourtSyncFrame* waitForSync()
    {
        CourtSyncFrame* sync = nullptr;
        EXPECT_TRUE(pumpUntil([&] {
            sync = dynamic_cast<CourtSyncFrame*>(wxWindow::FindWindowByName("court_sync"));
            return sync && !sync->busy();
        }, std::chrono::seconds(120)));
        return sync;
    }

    int64_t storedCourtDocuments()
    {
        int64_t n = 0;
        for (int64_t id : caseIds_)
            for (const auto& d : services::DocumentService(office()).forCase(id, false))
                if (!d.courtDocumentId.empty()) ++n;
        return n;
    }

    std::unique_ptr<praklit::test::TestDatabase> server_; // the shared office's, for the OfficeServer test
    std::unique_ptr<FakeCourtGateway> fake_;
    Client client_;
    std::vector<int64_t> caseIds_;
};

} // namespace

TEST_F(Court, AModuleThatIsOffHasNoButtonNoTabAndNoMenu)
{
    startOffice(1, 2);
    services::SmsService(office()).setModule(Module::Court, false);
    frame_->followModules();
    pump();
    EXPECT_EQ(frame_->GetMenuBar()->FindItem(ID_COURT_DOWNLOAD_ALL), nullptr);
    auto* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    auto* caseCard = CaseCardFrame::showFor(frame_, office(), caseIds_.front());
    pump();
    EXPECT_EQ(wxWindow::FindWindowByName("court_download", card), nullptr);
    EXPECT_EQ(wxWindow::FindWindowByName("court_download", caseCard), nullptr);
    EXPECT_EQ(caseCard->hearings(), nullptr);
    EXPECT_FALSE(frame_->home()->upcomingHearings()->IsShown());
    auto dialog = frame_->makeSystemSettingsDialog();
    EXPECT_EQ(dialog->FindWindow("court_page"), nullptr);
}

TEST_F(Court, TheCardIsLinkedFromSystemSettings)
{
    startOffice(1, 2);
    auto dialog = frame_->makeSystemSettingsDialog();
    dialog->selectPage("court_page");
    dialog->Show();
    pump();
    auto* linked = named<wxStaticText>(dialog.get(), "linked_card");
    ASSERT_NE(linked, nullptr);
    EXPECT_EQ(linked->GetLabel(), _("No card is linked to your user yet."));
    EXPECT_FALSE(named(dialog.get(), "check_card")->IsEnabled());
    screenshot(dialog.get(), "court-settings-he");

    auto dialogs = std::make_unique<ModalDriver>();
    dialogs->whileShown([](wxDialog* d) {
        auto* link = dynamic_cast<LinkCardDialog*>(d);
        ASSERT_NE(link, nullptr) << d->GetName();
        named<wxComboBox>(d, "module")->SetValue(wx(env("PRAKLIT_TEST_CARD_MODULE")));
        link->findReaders();
        auto* slot = named<wxChoice>(d, "slot");
        int lawyer = -1;
        for (unsigned i = 0; i < slot->GetCount(); ++i)
            if (slot->GetString(i).Contains(wxString::FromUTF8(" — ") + wx(text::isolate("lawyer")))) lawyer = int(i);
        ASSERT_GE(lawyer, 0) << "the readers: " << slot->GetCount();
        slot->SetSelection(lawyer);
        link->findCertificates();
        EXPECT_TRUE(named(d, "link")->IsEnabled());
        EXPECT_TRUE(named<wxStaticText>(d, "details")->GetLabel().Contains(wx(env("PRAKLIT_TEST_CARD_NOT_AFTER").substr(0, 4))));
        screenshot(d, "court-link-card-he");
        link->link();
        EXPECT_TRUE(link->linked().has_value()) << named<wxStaticText>(d, "message")->GetLabel();
    });
    click(named(dialog.get(), "link_card"));
    pump();
    EXPECT_TRUE(dialogs->done());
    dialogs.reset();
    const auto card = services::CourtService(office()).linkedCard();
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(card->fingerprint, env("PRAKLIT_TEST_CARD_FINGERPRINT"));
    EXPECT_NE(linked->GetLabel(), _("No card is linked to your user yet."));
    EXPECT_TRUE(named(dialog.get(), "check_card")->IsEnabled());
    screenshot(dialog.get(), "court-settings-linked-he");

    // The card and its code checked from the same page.
    ModalDriver check;
    check.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN")); })
        .then([](wxDialog* d) {
            // Said as information, not as a problem.
            auto* said = dynamic_cast<wxMessageDialog*>(d);
            EXPECT_NE(said, nullptr);
            if (said) {
                EXPECT_TRUE(said->GetMessageDialogStyle() & wxICON_INFORMATION) << said->GetMessage();
            }
            return int(wxID_OK);
        });
    click(named(dialog.get(), "check_card"));
    pump();
    EXPECT_TRUE(check.done());
}

TEST_F(Court, TheSeedsPathClientCardTheCardsCodeAndAWindowFollowingTheDownload)
{
    startOffice(3, 8);
    linkCard();
    // Slow answers: the download lasts long enough to watch it and the main window.
    fake_->control({{"slow", 300}});
    auto* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    pump();
    auto* button = named(card, "court_download");
    ASSERT_NE(button, nullptr);
    screenshot(card, "client-card-court-button-he");

    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN"), "court-pin-prompt-he"); });
        click(button);
        EXPECT_TRUE(dialogs.done());
    }
    auto* sync = dynamic_cast<CourtSyncFrame*>(wxWindow::FindWindowByName("court_sync"));
    ASSERT_NE(sync, nullptr);
    EXPECT_TRUE(sync->busy());

    // The rest of Praklit answers while it runs: a timer of the main window fires and is counted.
    int ticks = 0;
    wxTimer timer(frame_);
    frame_->Bind(wxEVT_TIMER, [&](wxTimerEvent&) { ++ticks; }, timer.GetId());
    timer.Start(50);
    bool shot = false;
    ASSERT_TRUE(pumpUntil([&] {
        if (!shot && size_t(sync->cases()->GetItemCount()) == caseIds_.size() && sync->gauge()->GetValue() >= 1) {
            // The timer stops first: a screenshot waits for a quiet event queue.
            timer.Stop();
            EXPECT_TRUE(sync->busy()) << "seen in the middle of the download";
            screenshot(sync, "court-sync-progress-he");
            shot = true;
        }
        return !sync->busy();
    }, std::chrono::seconds(120)));
    timer.Stop();
    EXPECT_TRUE(shot) << "the window was seen in the middle of the download";
    EXPECT_GE(ticks, 5) << "the main window's timer fired during the download";
    EXPECT_GE(sync->updates(), 2);

    // The summary: every case done, the counts those the office now holds.
    const auto s = sync->summary(); // kept: the window goes below
    EXPECT_EQ(s.state, "done") << s.message;
    EXPECT_EQ(s.cases, int64_t(caseIds_.size()));
    EXPECT_EQ(s.failed, 0);
    const auto documents = eventIds(fake_->data(), "document");
    EXPECT_EQ(s.newDocuments, int64_t(documents.size()));
    EXPECT_EQ(storedCourtDocuments(), int64_t(documents.size()));
    ASSERT_EQ(sync->cases()->GetItemCount(), caseIds_.size());
    for (unsigned row = 0; row < unsigned(sync->cases()->GetItemCount()); ++row)
        EXPECT_EQ(sync->cases()->GetTextValue(row, 1), wx(services::stateName(services::CaseSyncState::Done)));
    EXPECT_TRUE(sync->status()->GetLabel().Contains(wx(services::summaryLine(s))));
    EXPECT_FALSE(named(sync, "stop")->IsShown());
    EXPECT_TRUE(named(sync, "close")->IsShown());
    screenshot(sync, "court-sync-summary-he");
    sync->Close();
    pump();

    // The case card: its hearings and its documents from court, unread in bold.
    auto* caseCard = CaseCardFrame::showFor(frame_, office(), caseIds_.front());
    pump();
    ASSERT_NE(caseCard->hearings(), nullptr);
    const auto hearings = services::CourtService(office()).hearingsOfCase(caseIds_.front());
    EXPECT_EQ(caseCard->hearings()->list()->GetItemCount(), hearings.size());
    EXPECT_FALSE(hearings.empty()) << "the fake gives each case hearings";
    caseCard->notebook()->SetSelection(size_t(caseCard->notebook()->FindPage(caseCard->hearings())));
    pump();
    screenshot(caseCard, "case-card-hearings-he");
    DocumentsPanel* docs = nullptr;
    for (size_t i = 0; i < caseCard->notebook()->GetPageCount(); ++i)
        if (auto* p = dynamic_cast<DocumentsPanel*>(caseCard->notebook()->GetPage(i))) {
            docs = p;
            caseCard->notebook()->SetSelection(i);
        }
    ASSERT_NE(docs, nullptr);
    pump();
    ASSERT_FALSE(docs->documents().empty());
    EXPECT_TRUE(docs->documents().front().unread);
    EXPECT_TRUE(docs->list()->GetTextValue(0, 0).StartsWith("<b>")) << docs->list()->GetTextValue(0, 0);
    EXPECT_FALSE(docs->list()->GetTextValue(0, 1).empty()) << "the court's folder";
    screenshot(caseCard, "case-card-court-documents-he");
    // Opened by its lawyer: read, no longer bold.
    docs->setLauncher([](const wxString&) { return true; });
    docs->list()->SelectRow(0);
    docs->openSelected();
    pump();
    EXPECT_FALSE(docs->list()->GetTextValue(0, 0).StartsWith("<b>"));

    // The report, reopened from the reports list.
    auto* reports = SyncReportsFrame::show(frame_, office());
    pump();
    ASSERT_EQ(reports->reports().size(), 1u);
    EXPECT_EQ(reports->list()->GetTextValue(0, 3), "3");
    screenshot(reports, "court-reports-he");
    reports->list()->SelectRow(0);
    reports->openSelected();
    pump();
    auto* again = dynamic_cast<CourtSyncFrame*>(wxWindow::FindWindowByName("court_sync"));
    ASSERT_NE(again, nullptr);
    EXPECT_FALSE(again->busy());
    EXPECT_EQ(again->cases()->GetItemCount(), caseIds_.size());
    EXPECT_EQ(again->summary().id, s.id);
}

// The seed's path on the shared office server (ctest runs it as ui_postgresql).
TEST_F(Court, OfficeServerTheClientsCasesDownloadedFromItsCard)
{
    startOffice(2, 6, true);
    linkCard();
    auto* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    pump();
    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN")); });
        click(named(card, "court_download"));
        EXPECT_TRUE(dialogs.done());
    }
    auto* sync = waitForSync();
    ASSERT_NE(sync, nullptr);
    EXPECT_EQ(sync->summary().state, "done") << sync->summary().message;
    const auto documents = eventIds(fake_->data(), "document");
    EXPECT_EQ(storedCourtDocuments(), int64_t(documents.size()));
    EXPECT_EQ(sync->summary().newDocuments, int64_t(documents.size()));
    screenshot(sync, "court-sync-summary-server-he");
    closeAllWindows(); // the office closes before its schema is dropped
}

TEST_F(Court, AllCasesFromTheMenuStopCleanlyAndTheNextRunGoesOnWithNothingTwice)
{
    startOffice(4, 10);
    linkCard();
    fake_->control({{"slow", 250}});
    ASSERT_NE(frame_->GetMenuBar()->FindItem(ID_COURT_DOWNLOAD_ALL), nullptr);
    wxCommandEvent menu(wxEVT_MENU, ID_COURT_DOWNLOAD_ALL);
    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN")); });
        frame_->ProcessWindowEvent(menu);
        EXPECT_TRUE(dialogs.done());
    }
    auto* sync = dynamic_cast<CourtSyncFrame*>(wxWindow::FindWindowByName("court_sync"));
    ASSERT_NE(sync, nullptr);
    // Stopped once the first document is in.
    ASSERT_TRUE(pumpUntil([&] { return storedCourtDocuments() > 0 || !sync->busy(); }, std::chrono::seconds(60)));
    click(named(sync, "stop"));
    EXPECT_FALSE(named(sync, "stop")->IsEnabled());
    sync = waitForSync();
    ASSERT_NE(sync, nullptr);
    EXPECT_EQ(sync->summary().state, "cancelled");
    const int64_t first = storedCourtDocuments();
    const auto documents = eventIds(fake_->data(), "document");
    EXPECT_LT(first, int64_t(documents.size())) << "stopped before the end";
    screenshot(sync, "court-sync-stopped-he");
    sync->Close();
    pump();

    // The rest.
    fake_->control({{"reset", true}});
    {
        ModalDriver again;
        again.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN")); });
        frame_->ProcessWindowEvent(menu);
        EXPECT_TRUE(again.done());
    }
    sync = waitForSync();
    ASSERT_NE(sync, nullptr);
    EXPECT_EQ(sync->summary().state, "done") << sync->summary().message;
    EXPECT_EQ(storedCourtDocuments(), int64_t(documents.size())) << "each document once";
    EXPECT_EQ(sync->summary().newDocuments, int64_t(documents.size()) - first);
    sync->Close();
    pump();

    // The court moves one of the first case's hearings to three days from now: a download of that case alone.
    std::string moved;
    for (const auto& ev : fake_->data()["cases"][0]["events"])
        if (ev["kind"] == "hearing") moved = ev["id"].get<std::string>();
    ASSERT_FALSE(moved.empty());
    const auto soon = addDays(text::israelDate(text::now()), 3);
    fake_->control({{"move_hearing", moved}, {"date", soon}, {"start", "11:30"}, {"status", "moved"}});
    {
        ModalDriver third;
        third.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN")); });
        startCourtDownload(frame_, office(), services::SyncScope::Case, caseIds_.front());
        EXPECT_TRUE(third.done());
    }
    sync = waitForSync();
    ASSERT_NE(sync, nullptr);
    EXPECT_EQ(sync->summary().changedHearings, 1);

    // The home screen: the moved hearing among the upcoming ones, marked changed, and the lawyer's new documents.
    HomePanel* home = frame_->home();
    home->readCourt();
    ASSERT_TRUE(pumpUntil([&] { return !home->reading() && home->upcomingHearings()->IsShown(); }));
    ASSERT_TRUE(pumpUntil([&] { return home->upcomingHearings()->GetItemCount() >= 1; }));
    EXPECT_TRUE(home->upcomingHearings()->GetTextValue(0, 5).Contains(_("(changed)")))
        << home->upcomingHearings()->GetTextValue(0, 5);
    ASSERT_EQ(home->newFromCourt()->GetItemCount(), 1u);
    EXPECT_EQ(home->newFromCourt()->GetTextValue(0, 1), wx(std::to_string(documents.size())));
    sync->Close();
    pump();
    frame_->Raise();
    pump();
    screenshot(frame_, "home-upcoming-hearings-he");
}

TEST_F(Court, ADownloadThatCouldNotStartSaysWhyAndTheCodeIsAskedAgain)
{
    startOffice(1, 3);
    linkCard();
    // Nothing listens there: the gateway cannot be reached.
    services::CourtService court(office());
    auto s = court.settings();
    const std::string good = s.gateway.url;
    s.gateway.url = "https://127.0.0.1:9";
    court.saveSettings(s);
    {
        ModalDriver dialogs;
        dialogs.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN")); });
        startCourtDownload(frame_, office(), services::SyncScope::Case, caseIds_.front());
        EXPECT_TRUE(dialogs.done());
    }
    auto* sync = waitForSync();
    ASSERT_NE(sync, nullptr);
    EXPECT_EQ(sync->syncId(), 0);
    EXPECT_EQ(sync->status()->GetLabel(), _("The download did not start."));
    EXPECT_TRUE(named(sync, "try_again")->IsShown());
    screenshot(sync, "court-sync-failed-he");

    s.gateway.url = good;
    court.saveSettings(s);
    {
        ModalDriver again;
        again.whileShown([](wxDialog* d) { typePin(d, env("PRAKLIT_TEST_CARD_PIN")); });
        click(named(sync, "try_again"));
        EXPECT_TRUE(again.done());
    }
    sync = waitForSync();
    ASSERT_NE(sync, nullptr);
    EXPECT_EQ(sync->summary().state, "done") << sync->summary().message;
    EXPECT_FALSE(named(sync, "try_again")->IsShown());
}

} // namespace praklit::ui::test
