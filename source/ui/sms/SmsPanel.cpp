#include "ui/sms/SmsPanel.h"

#include "services/SmsService.h"
#include "ui/sms/EditSmsDialog.h"
#include "ui/sms/SmsListModel.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <set>

namespace praklit::ui {

namespace {

// The state filter's items, after "All".
constexpr SmsState kSmsStates[] = {SmsState::Scheduled, SmsState::Sending, SmsState::Sent,
                                   SmsState::Delivered, SmsState::Failed,  SmsState::Cancelled};

// The tabs open now, for reloadFor.
std::set<SmsPanel*>& openPanels()
{
    static std::set<SmsPanel*> panels;
    return panels;
}

} // namespace

SmsPanel::SmsPanel(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId, MessageBar* bar)
    : // Born at the notebook's size, not 20×20, where GTK would lay its buttons out with no room.
      wxPanel(parent, wxID_ANY, wxDefaultPosition, parent->GetClientSize(), wxTAB_TRAVERSAL, "sms_panel"),
      office_(office), clientId_(clientId), caseId_(caseId), bar_(bar)
{
    const int gap = FromDIP(6);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto button = [&](const wxString& label, const char* name) {
        auto* b = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
        top->Add(b, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
        return b;
    };
    // Changing a message is sending it: without SendSms the tab only shows them.
    if (office_.can(Permission::SendSms)) {
        edit_ = button(_("&Edit"), "edit_sms");
        cancel_ = button(_("&Cancel message"), "cancel_sms");
        resend_ = button(_("Send &again"), "resend_sms");
    }
    auto* refresh = button(_("&Refresh"), "refresh_sms");
    top->AddSpacer(FromDIP(16));
    top->Add(new wxStaticText(this, wxID_ANY, _("S&tate:")),
             wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    state_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                          "state_filter");
    state_->Append(_("All"));
    for (auto s : kSmsStates) state_->Append(wx(stateName(s)));
    state_->SetSelection(0);
    top->Add(state_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));

    list_ =
        new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(820, 300)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("sms_messages");
    model_ = new SmsListModel(office_);
    list_->AssociateModel(model_);
    model_->DecRef(); // the control holds it
    model_->onProblem([this](const std::string& problem) { bar_->showProblem(wx(problem)); });
    struct ColumnSpec {
        SmsListModel::Column column;
        wxString title;
        int width;
    };
    // Sized to fit a card of its first size (860): the state, at the end edge, is never out of sight.
    const ColumnSpec columns[] = {
        {SmsListModel::Time, _("Time"), 132},   {SmsListModel::Recipient, _("Recipient"), 180},
        {SmsListModel::Text, _("Text"), 160},   {SmsListModel::Sender, _("Sent by"), 60},
        {SmsListModel::Case, _("Case"), 75},    {SmsListModel::Parts, _("Parts"), 55},
        {SmsListModel::State, _("State"), 168},
    };
    for (const auto& c : columns) {
        if (c.column == SmsListModel::Case && caseId_) continue; // the case card is one case
        auto* column = list_->AppendTextColumn(c.title, c.column, wxDATAVIEW_CELL_INERT, FromDIP(c.width), wxALIGN_NOT,
                                               wxDATAVIEW_COL_RESIZABLE);
        // Long values end in "…" rather than lose their start (RecordList's reason).
        column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    }
    empty_ = new wxStaticText(
        this, wxID_ANY,
        caseId_ ? _("No SMS messages for this case yet: send one with [Send SMS] at the top of the card.")
                : _("No SMS messages yet: send one with [Send SMS] at the top of the card."),
        wxDefaultPosition, wxDefaultSize, 0, "sms_empty");
    empty_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(top, wxSizerFlags().Border(wxALL, gap));
    column->Add(empty_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(column);

    if (edit_) {
        edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editSelected(); });
        cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancelSelected(); });
        resend_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { resendSelected(); });
        list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { editSelected(); });
    }
    refresh->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reload(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { enableButtons(); });
    state_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { reload(); });

    openPanels().insert(this);
    reload();
}

SmsPanel::~SmsPanel() { openPanels().erase(this); }

void SmsPanel::reloadFor(int64_t clientId)
{
    for (SmsPanel* panel : openPanels())
        if (panel->clientId_ == clientId) panel->reload();
}

bool SmsPanel::attempt(const std::function<void()>& call)
{
    if (bar_) bar_->clear();
    try {
        call();
        return true;
    } catch (const std::exception& e) {
        if (bar_) bar_->showProblem(wx(e.what()));
        return false;
    }
}

void SmsPanel::reload()
{
    const SmsMessage* before = selected();
    const int64_t keep = before ? before->id : 0;
    const int choice = state_->GetSelection();
    const std::optional<SmsState> state = choice > 0 ? std::optional(kSmsStates[choice - 1]) : std::nullopt;
    try {
        model_->show(clientId_, caseId_, state);
    } catch (const std::exception& e) {
        if (bar_) bar_->showProblem(wx(e.what()));
    }
    empty_->Show(model_->rows() == 0 && choice <= 0);
    if (keep) select(keep);
    enableButtons();
    Layout();
}

void SmsPanel::filterBy(std::optional<SmsState> state)
{
    int choice = 0;
    for (size_t i = 0; state && i < std::size(kSmsStates); ++i)
        if (kSmsStates[i] == *state) choice = int(i) + 1;
    state_->SetSelection(choice);
    reload();
}

const SmsMessage* SmsPanel::selected() const
{
    if (!list_->HasSelection()) return nullptr;
    return model_->rowAt(model_->GetRow(list_->GetSelection()));
}

void SmsPanel::select(int64_t messageId)
{
    if (const auto row = model_->rowOf(messageId)) {
        const wxDataViewItem item = model_->GetItem(*row);
        list_->Select(item);
        list_->EnsureVisible(item);
    } else {
        list_->UnselectAll();
    }
    enableButtons();
}

void SmsPanel::enableButtons()
{
    const SmsMessage* m = selected();
    // The whole of what a narrow cell cuts short: the text, and why a message failed.
    list_->SetToolTip(m ? wx(m->text) + "\n" + smsStateText(*m) : wxString());
    if (!edit_) return;
    edit_->Enable(m && m->state == SmsState::Scheduled);
    cancel_->Enable(m && m->state == SmsState::Scheduled);
    resend_->Enable(m && m->state == SmsState::Failed);
}

void SmsPanel::editSelected()
{
    const SmsMessage* m = selected();
    if (!m || m->state != SmsState::Scheduled) return;
    const int64_t id = m->id;
    // The message as it is now: another workstation may have changed it.
    SmsMessage fresh;
    if (!attempt([&] { fresh = services::SmsService(office_).message(id); })) return;
    if (fresh.state != SmsState::Scheduled) { // a dispatcher took it meanwhile
        reload();
        // TRANSLATORS: %s is a message's state: sending, sent …
        if (bar_) bar_->showProblem(wxString::Format(_("The message is %s now."), wx(stateName(fresh.state))));
        return;
    }
    EditSmsDialog dialog(wxGetTopLevelParent(this), office_, fresh);
    const int answer = dialog.ShowModal();
    reload(); // a refused edit may be one claimed meanwhile: the list shows what it is now
    select(id);
    if (answer == wxID_OK && bar_) bar_->showNote(_("The message is changed."));
}

void SmsPanel::cancelSelected()
{
    const SmsMessage* m = selected();
    if (!m || m->state != SmsState::Scheduled) return;
    const SmsMessage message = *m;
    wxMessageDialog ask(wxGetTopLevelParent(this),
                        // TRANSLATORS: %1$s is the recipient (name and number), %2$s the time it was to go
                        wxString::Format(_("Cancel the message to %1$s, due on %2$s? It will not be sent."),
                                         smsRecipientText(message.recipientName, message.e164), smsTimeText(message)),
                        _("Praklit"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("Cancel the &message"), _("&Keep it"));
    if (ask.ShowModal() != wxID_YES) return;
    const bool done = attempt([&] { services::SmsService(office_).cancel(message.id, message.version); });
    // Refused or not, the row shows the message as it is now (claimed by a dispatcher, say);
    // a refusal stays in the bar.
    reload();
    select(message.id);
    if (done && bar_) bar_->showNote(_("The message is cancelled: it will not be sent."));
}

void SmsPanel::resendSelected()
{
    const SmsMessage* m = selected();
    if (!m || m->state != SmsState::Failed) return;
    const SmsMessage message = *m;
    const bool done = attempt([&] { services::SmsService(office_).resend(message.id, message.version); });
    reload();
    select(message.id);
    if (done && bar_) bar_->showNote(_("The message will be sent again."));
}

} // namespace praklit::ui
