#include "ui/court/CourtSyncFrame.h"

#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/billing/ChargeText.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/DocumentsPanel.h"
#include "ui/court/HearingsPanel.h"
#include "ui/office/HomePanel.h"
#include "ui/court/CardPinDialog.h"
#include "ui/office/Artwork.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/OpenWindow.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <mutex>
#include <set>

namespace praklit::ui {

using services::CaseSyncProgress;
using services::CaseSyncState;

// What the download's thread and the window share. The thread keeps the
// latest word on each case and asks the window once to show what came:
// a case of many documents does not flood the event queue.
struct CourtSyncFrame::Shared : std::enable_shared_from_this<Shared> {
    std::mutex lock;
    CourtSyncFrame* frame = nullptr; // null once the window is gone
    std::vector<CaseSyncProgress> waiting;
    bool asked = false;
    std::atomic<bool> cancel{false};

    void tell(const CaseSyncProgress& p)
    {
        std::lock_guard guard(lock);
        waiting.push_back(p);
        if (asked || !frame) return;
        asked = true;
        wxTheApp->CallAfter([self = shared_from_this()] { self->flush(); });
    }
    void flush()
    {
        std::vector<CaseSyncProgress> came;
        CourtSyncFrame* to = nullptr;
        {
            std::lock_guard guard(lock);
            came.swap(waiting);
            asked = false;
            to = frame;
        }
        if (!to) return;
        for (const auto& p : came) to->show(p);
        to->showCounts();
        ++to->updates_;
    }
};

struct CourtSyncFrame::Outcome {
    bool ran = false;
    services::SyncSummary summary;
    std::string problem; // why it did not run: the card, the gateway, the office
};

namespace {

bool finalState(CaseSyncState s) { return s != CaseSyncState::Waiting && s != CaseSyncState::Downloading; }

wxString count(int64_t n) { return wx(text::formatCount(n)); }

// What a download changed, shown again wherever it is open: the cases'
// documents and hearings tabs and the home screen's hearings and new
// documents.
void showWhatCame(const std::vector<CaseSyncProgress>& cases)
{
    std::set<int64_t> changed;
    for (const auto& p : cases)
        if (p.newDocuments || p.newHearings || p.changedHearings) changed.insert(p.caseId);
    std::vector<wxWindow*> stack(wxTopLevelWindows.begin(), wxTopLevelWindows.end());
    while (!stack.empty()) {
        wxWindow* w = stack.back();
        stack.pop_back();
        if (auto* documents = dynamic_cast<DocumentsPanel*>(w); documents && changed.count(documents->caseId()))
            documents->reload();
        else if (auto* hearings = dynamic_cast<HearingsPanel*>(w); hearings && changed.count(hearings->caseId()))
            hearings->reload();
        else if (auto* home = dynamic_cast<HomePanel*>(w))
            home->readCourt();
        for (wxWindow* child : w->GetChildren()) stack.push_back(child);
    }
}

} // namespace

CourtSyncFrame* CourtSyncFrame::running()
{
    return openWindow<CourtSyncFrame>([](const CourtSyncFrame& f) { return f.busy(); });
}

CourtSyncFrame* CourtSyncFrame::start(wxWindow* parent, services::OfficeSession& office, services::SyncScope scope,
                                      int64_t id, std::string pin)
{
    auto* frame = new CourtSyncFrame(parent, office, scope, id);
    frame->Show();
    frame->run(std::move(pin));
    return frame;
}

CourtSyncFrame* CourtSyncFrame::showReport(wxWindow* parent, services::OfficeSession& office, int64_t syncId)
{
    const auto report = services::CourtService(office).report(syncId); // throws before a window opens
    auto* frame = new CourtSyncFrame(parent, office, services::SyncScope::All, 0);
    frame->stop_->Hide();
    frame->close_->Show();
    frame->showSummary(report);
    frame->Show();
    return frame;
}

CourtSyncFrame::CourtSyncFrame(wxWindow* parent, services::OfficeSession& office, services::SyncScope scope, int64_t id)
    : wxFrame(parent, wxID_ANY, _("Net HaMishpat download"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE,
              "court_sync"),
      office_(office), scope_(scope), scopeId_(id), shared_(std::make_shared<Shared>())
{
    SetIcons(appIcons());
    shared_->frame = this;
    auto* body = body_ = new wxPanel(this);
    const int margin = FromDIP(10);
    bar_ = new MessageBar(body);
    heading_ = new wxStaticText(body, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "heading");
    heading_->SetFont(heading_->GetFont().Bold());
    status_ = new wxStaticText(body, wxID_ANY, _("Signing in with the smart card…"), wxDefaultPosition, wxDefaultSize, 0,
                               "status");
    gauge_ = new wxGauge(body, wxID_ANY, 1, wxDefaultPosition, wxDefaultSize, wxGA_HORIZONTAL | wxGA_SMOOTH,
                         wxDefaultValidator, "progress");
    cases_ = new wxDataViewListCtrl(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES);
    cases_->SetName("cases");
    const auto numbers = static_cast<wxAlignment>(numberAlignment(this));
    cases_->AppendTextColumn(_("Case"), wxDATAVIEW_CELL_INERT, FromDIP(260), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    cases_->AppendTextColumn(_("State"), wxDATAVIEW_CELL_INERT, FromDIP(80), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    cases_->AppendTextColumn(_("New documents"), wxDATAVIEW_CELL_INERT, FromDIP(110), numbers, wxDATAVIEW_COL_RESIZABLE);
    cases_->AppendTextColumn(_("New hearings"), wxDATAVIEW_CELL_INERT, FromDIP(105), numbers, wxDATAVIEW_COL_RESIZABLE);
    cases_->AppendTextColumn(_("Changed hearings"), wxDATAVIEW_CELL_INERT, FromDIP(120), numbers, wxDATAVIEW_COL_RESIZABLE);
    cases_->AppendTextColumn(_("Why"), wxDATAVIEW_CELL_INERT, FromDIP(200), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    cases_->GetColumn(5)->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);

    stop_ = new wxButton(body, wxID_ANY, _("&Stop the download"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                         "stop");
    again_ = new wxButton(body, wxID_ANY, _("Type the code &again…"), wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "try_again");
    auto* open = new wxButton(body, wxID_ANY, _("&Open the case"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                              "open_case");
    close_ = new wxButton(body, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    again_->Hide();
    close_->Hide();
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(open);
    buttons->AddStretchSpacer();
    buttons->Add(again_, wxSizerFlags().Border(wxRIGHT | wxLEFT, FromDIP(6)));
    buttons->Add(stop_);
    buttons->Add(close_);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(heading_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column->Add(status_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column->Add(gauge_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column->Add(cases_, wxSizerFlags(1).Expand().Border(wxALL, margin));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, margin));
    body->SetSizer(column);

    services::SyncSummary what;
    what.scope = std::string(services::toString(scope));
    what.scopeId = id;
    heading_->SetLabel(wx(services::scopeName(what)));

    stop_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { stop(); });
    again_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { tryAgain(); });
    close_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelectedCase(); });
    cases_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelectedCase(); });
    // Closing while it runs stops it; the window goes once the thread is done.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (busy_ && event.CanVeto()) {
            closeWhenDone_ = true;
            stop();
            event.Veto();
            return;
        }
        event.Skip();
    });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && !event.HasAnyModifiers() && !busy_) Close();
        else event.Skip();
    });
    SetSize(FromDIP(wxSize(900, 520)));
    SetMinSize(FromDIP(wxSize(560, 360)));
    CentreOnParent();
}

CourtSyncFrame::~CourtSyncFrame()
{
    {
        std::lock_guard guard(shared_->lock);
        shared_->frame = nullptr;
    }
    shared_->cancel = true;
    if (worker_.joinable()) worker_.join(); // after the document in hand
}

void CourtSyncFrame::run(std::string pin)
{
    busy_ = true;
    bar_->clear();
    again_->Hide();
    close_->Hide();
    stop_->Show();
    stop_->Enable();
    stop_->SetLabel(_("&Stop the download"));
    status_->SetLabel(_("Signing in with the smart card…"));
    body_->Layout();
    if (worker_.joinable()) worker_.join();
    shared_->cancel = false;
    worker_ = std::thread([shared = shared_, url = office_.url(), login = office_.user().login, scope = scope_,
                           id = scopeId_, pin = std::move(pin)]() mutable {
        Outcome outcome;
        try {
            auto session = services::OfficeSession::open(url, login);
            services::CourtService court(*session);
            outcome.summary = court.sync(scope, id, std::move(pin),
                                         [&shared](const CaseSyncProgress& p) { shared->tell(p); }, &shared->cancel);
            outcome.ran = true;
        } catch (const std::exception& e) {
            outcome.problem = e.what();
        }
        std::lock_guard guard(shared->lock);
        if (shared->frame)
            wxTheApp->CallAfter([shared, outcome] {
                shared->flush(); // the last words on the cases first
                CourtSyncFrame* frame = nullptr;
                {
                    std::lock_guard inner(shared->lock);
                    frame = shared->frame;
                }
                if (frame) frame->finished(outcome);
            });
    });
}

void CourtSyncFrame::stop()
{
    if (!busy_) return;
    shared_->cancel = true;
    stop_->Disable();
    stop_->SetLabel(_("Stopping after the document in hand…"));
    body_->Layout();
}

void CourtSyncFrame::show(const CaseSyncProgress& p)
{
    auto found = rows_.find(p.caseId);
    if (found == rows_.end()) {
        wxVector<wxVariant> row(6, wxVariant(wxString()));
        cases_->AppendItem(row);
        found = rows_.emplace(p.caseId, cases_->GetItemCount() - 1).first;
        caseOfRow_.push_back(p.caseId);
    }
    auto& kept = shown_[p.caseId];
    // A label comes once; later words may carry it again.
    const std::string label = p.label.empty() ? kept.label : p.label;
    kept = p;
    kept.label = label;
    const unsigned row = found->second;
    cases_->SetTextValue(wx(text::isolate(label)), row, 0);
    cases_->SetTextValue(wx(services::stateName(p.state)), row, 1);
    cases_->SetTextValue(count(p.newDocuments), row, 2);
    cases_->SetTextValue(count(p.newHearings), row, 3);
    cases_->SetTextValue(count(p.changedHearings), row, 4);
    cases_->SetTextValue(wx(p.message), row, 5);
}

void CourtSyncFrame::showCounts()
{
    int64_t finished = 0, documents = 0, hearings = 0, failed = 0;
    for (const auto& [id, p] : shown_) {
        if (finalState(p.state)) ++finished;
        if (p.state == CaseSyncState::Failed) ++failed;
        documents += p.newDocuments;
        hearings += p.newHearings;
    }
    const auto all = static_cast<int64_t>(shown_.size());
    gauge_->SetRange(static_cast<int>(std::max<int64_t>(all, 1)));
    gauge_->SetValue(static_cast<int>(finished));
    wxString line = wxString::Format(_("%1$s of %2$s cases"), count(finished), count(all));
    line += wxString::FromUTF8(" · ") +
            wxString::Format(wxPLURAL("%s new document", "%s new documents", pluralCount(documents)), count(documents));
    line += wxString::FromUTF8(" · ") +
            wxString::Format(wxPLURAL("%s new hearing", "%s new hearings", pluralCount(hearings)), count(hearings));
    if (failed)
        line += wxString::FromUTF8(" · ") + wxString::Format(wxPLURAL("%s failed", "%s failed", pluralCount(failed)), count(failed));
    status_->SetLabel(line);
}

void CourtSyncFrame::finished(const Outcome& outcome)
{
    if (worker_.joinable()) worker_.join();
    busy_ = false;
    stop_->Hide();
    close_->Show();
    if (outcome.ran) {
        showSummary(outcome.summary);
        showWhatCame(outcome.summary.perCase);
    } else {
        // Nothing was downloaded: the card, its code, the gateway or the office said no.
        status_->SetLabel(_("The download did not start."));
        bar_->showProblem(wx(outcome.problem));
        again_->Show();
        again_->SetFocus();
    }
    body_->Layout();
    if (closeWhenDone_) Close();
}

void CourtSyncFrame::showSummary(const services::SyncSummary& s)
{
    summary_ = s;
    for (const auto& p : s.perCase) show(p);
    showCounts();
    SetTitle(_("Net HaMishpat download") + wxString::FromUTF8(" — ") + wx(services::scopeName(s)));
    heading_->SetLabel(wx(services::scopeName(s)) + wxString::FromUTF8(" · ") + wx(services::syncStateName(s.state)));
    wxString line = wx(services::summaryLine(s));
    if (!s.startedAt.empty())
        // TRANSLATORS: %1$s is when a download started, %2$s who started it
        line += "\n" + wxString::Format(_("Started %1$s by %2$s."), israelTimeText(s.startedAt), wx(text::isolate(s.userName)));
    status_->SetLabel(line);
    gauge_->SetRange(1);
    gauge_->SetValue(1);
    if (!s.message.empty()) bar_->showProblem(wx(s.message));
    else if (s.state == "cancelled") bar_->showNote(_("The download was stopped: what came before it stopped is kept, and the next download goes on from there."));
    close_->SetFocus();
    body_->Layout();
}

void CourtSyncFrame::tryAgain()
{
    std::optional<services::LinkedCard> card;
    try {
        card = services::CourtService(office_).linkedCard();
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return;
    }
    if (!card) return;
    auto pin = askCardPin(this, *card, _("Type the card's code again to download from Net HaMishpat."));
    if (!pin) return;
    run(std::move(*pin));
}

void CourtSyncFrame::openSelectedCase()
{
    const int row = cases_->GetSelectedRow();
    if (row < 0 || size_t(row) >= caseOfRow_.size()) return;
    try {
        CaseCardFrame::showFor(this, office_, caseOfRow_[size_t(row)]);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
    }
}

} // namespace praklit::ui
