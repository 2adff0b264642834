#include "ui/time/TimersDialog.h"

#include "services/TimerService.h"
#include "text/Bidi.h"
#include "ui/time/StopTimerDialog.h"
#include "ui/time/TimerNotices.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/weakref.h>

namespace praklit::ui {

namespace {
wxWeakRef<TimersDialog> g_open;
enum Column { StateColumn, ElapsedColumn, CaseColumn, ClientColumn, DescriptionColumn, StartedColumn };

wxString clockOf(const Timer& t, text::Timestamp now) { return wx(text::ltr(formatElapsed(t.elapsed(now)))); }
} // namespace

TimersDialog* TimersDialog::current() { return g_open.get(); }

void TimersDialog::closeCurrent()
{
    if (g_open) g_open->close();
}

void TimersDialog::close()
{
    ticker_.Stop();
    TimerNotices::unsubscribe(ticket_);
    ticket_ = 0;
    g_open = nullptr;
    Destroy();
}

TimersDialog* TimersDialog::showFor(wxWindow* parent, services::OfficeSession& office, int64_t selectTimerId)
{
    if (g_open && &g_open->office_ != &office) g_open->close(); // another office was opened meanwhile
    if (!g_open) g_open = new TimersDialog(parent, office);
    g_open->reload();
    if (selectTimerId) g_open->select(selectTimerId);
    g_open->Show();
    g_open->Raise();
    return g_open.get();
}

TimersDialog::TimersDialog(wxWindow* parent, services::OfficeSession& office)
    : wxDialog(parent, wxID_ANY, _("Time counters"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "timers_dialog"),
      office_(office), places_(office), ticker_(this)
{
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);

    // Actions on top, as in every list of the program.
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    pause_ = new wxButton(this, wxID_ANY, _("&Pause"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "pause");
    stop_ = new wxButton(this, wxID_ANY, _("&Stop and record…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                         "stop");
    discard_ = new wxButton(this, wxID_ANY, _("&Discard…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                            "discard");
    actions->Add(pause_, wxSizerFlags().Border(wxRIGHT | wxLEFT, gap / 2));
    actions->Add(stop_, wxSizerFlags().Border(wxRIGHT | wxLEFT, gap / 2));
    actions->Add(discard_, wxSizerFlags().Border(wxRIGHT | wxLEFT, gap / 2));
    column->Add(actions, wxSizerFlags().Border(wxALL, gap));

    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(720, 220)),
                                   wxDV_SINGLE | wxDV_ROW_LINES, wxDefaultValidator);
    list_->SetName("timers");
    list_->AppendTextColumn(_("State"), wxDATAVIEW_CELL_INERT, FromDIP(80));
    list_->AppendTextColumn(_("Time"), wxDATAVIEW_CELL_INERT, FromDIP(80));
    list_->AppendTextColumn(_("Case"), wxDATAVIEW_CELL_INERT, FromDIP(110));
    list_->AppendTextColumn(_("Client"), wxDATAVIEW_CELL_INERT, FromDIP(140));
    list_->AppendTextColumn(_("Description"), wxDATAVIEW_CELL_INERT, FromDIP(190));
    list_->AppendTextColumn(_("Started"), wxDATAVIEW_CELL_INERT, FromDIP(120));
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    empty_ = new wxStaticText(this, wxID_ANY,
                              _("No time counters. Start one with [Time counter] at the top of a case card or a client card."));
    column->Add(empty_, wxSizerFlags().Border(wxALL, gap));

    auto* describe = new wxBoxSizer(wxHORIZONTAL);
    describe->Add(new wxStaticText(this, wxID_ANY, _("D&escription:")), wxSizerFlags().CenterVertical().Border(wxRIGHT | wxLEFT, gap / 2));
    description_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER,
                                  wxDefaultValidator, "description");
    describe->Add(description_, wxSizerFlags(1).CenterVertical().Border(wxRIGHT | wxLEFT, gap / 2));
    saveDescription_ = new wxButton(this, wxID_ANY, _("Save &description"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "save_description");
    describe->Add(saveDescription_, wxSizerFlags().CenterVertical().Border(wxRIGHT | wxLEFT, gap / 2));
    column->Add(describe, wxSizerFlags().Expand().Border(wxALL, gap));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    // Not the stock id: GTK would put its own label, in the system's language.
    auto* close = new wxButton(this, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    buttons->Add(close);
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    SetEscapeId(close->GetId());

    pause_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { pauseOrResume(); });
    stop_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { stopSelected(); });
    discard_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { discardSelected(); });
    saveDescription_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveDescription(); });
    description_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { saveDescription(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->close(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { this->close(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { enableForSelection(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refreshClocks(); });
    ticket_ = TimerNotices::subscribe([this] { reload(); });
    ticker_.Start(1000);
    CentreOnParent();
}

TimersDialog::~TimersDialog()
{
    ticker_.Stop();
    if (ticket_) TimerNotices::unsubscribe(ticket_);
}

void TimersDialog::reload()
{
    const int64_t keep = selectedId();
    if (!attempt(this, [&] { timers_ = services::TimerService(office_).list(); })) timers_.clear();
    const auto now = text::now();
    list_->DeleteAllItems();
    for (const auto& t : timers_) {
        wxVector<wxVariant> row;
        row.push_back(t.running() ? _("Running") : _("Paused"));
        row.push_back(clockOf(t, now));
        row.push_back(places_.caseLabel(t));
        row.push_back(places_.clientName(t));
        row.push_back(wx(t.description));
        row.push_back(wx(text::ltr(text::toIsraelDisplay(t.startedAt))));
        list_->AppendItem(row);
    }
    empty_->Show(timers_.empty());
    Layout();
    if (keep) select(keep);
    if (!selected() && !timers_.empty()) list_->SelectRow(0);
    enableForSelection();
}

void TimersDialog::refreshClocks()
{
    const auto now = text::now();
    for (size_t i = 0; i < timers_.size(); ++i)
        if (timers_[i].running()) list_->SetTextValue(clockOf(timers_[i], now), static_cast<unsigned>(i), ElapsedColumn);
}

void TimersDialog::select(int64_t timerId)
{
    for (size_t i = 0; i < timers_.size(); ++i)
        if (timers_[i].id == timerId) {
            list_->SelectRow(static_cast<unsigned>(i));
            list_->EnsureVisible(list_->RowToItem(static_cast<int>(i)));
        }
    enableForSelection();
}

const Timer* TimersDialog::selected() const
{
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || row >= static_cast<int>(timers_.size())) return nullptr;
    return &timers_[row];
}

int64_t TimersDialog::selectedId() const
{
    const Timer* t = selected();
    return t ? t->id : 0;
}

void TimersDialog::enableForSelection()
{
    const Timer* t = selected();
    for (wxWindow* w : std::initializer_list<wxWindow*>{pause_, stop_, discard_, description_, saveDescription_})
        w->Enable(t != nullptr);
    pause_->SetLabel(t && !t->running() ? _("&Resume") : _("&Pause"));
    description_->ChangeValue(t ? wx(t->description) : wxString());
}

void TimersDialog::pauseOrResume()
{
    const Timer* t = selected();
    if (!t) return;
    const int64_t id = t->id;
    const bool running = t->running();
    attempt(this, [&] {
        services::TimerService timers(office_);
        if (running) timers.pause(id);
        else timers.resume(id);
    });
    TimerNotices::changed();
}

void TimersDialog::stopSelected()
{
    const Timer* t = selected();
    if (!t) return;
    const Timer timer = *t;
    StopTimerDialog::ask(this, office_, timer.id, places_.describe(timer));
    TimerNotices::changed();
}

void TimersDialog::discardSelected(bool confirm)
{
    const Timer* t = selected();
    if (!t) return;
    const Timer timer = *t;
    if (confirm) {
    wxMessageDialog question(this,
                            wxString::Format(_("Discard the counter on %s? Its time (%s) is not recorded anywhere."),
                                             places_.describe(timer), clockOf(timer, text::now())),
                            _("Time counters"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    question.SetYesNoLabels(_("&Discard"), _("&Keep it"));
    if (question.ShowModal() != wxID_YES) return;
    }
    attempt(this, [&] { services::TimerService(office_).discard(timer.id); });
    TimerNotices::changed();
}

void TimersDialog::saveDescription()
{
    const Timer* t = selected();
    if (!t) return;
    const int64_t id = t->id;
    attempt(this, [&] { services::TimerService(office_).describe(id, utf8(description_->GetValue())); });
    TimerNotices::changed();
}

} // namespace praklit::ui
