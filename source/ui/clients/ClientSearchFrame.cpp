#include "ui/clients/ClientSearchFrame.h"
#include "ui/widgets/OpenWindow.h"

#include "text/Format.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/office/Artwork.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include <utility>

namespace praklit::ui {

namespace {
// Long enough that a typist's next letter cancels the search, short enough to feel immediate.
constexpr int kTypingPauseMs = 150;
// An answer later than this gets a line saying the search waits for the database.
constexpr int kWaitingNoteMs = 400;
} // namespace

ClientSearchFrame* ClientSearchFrame::find()
{
    return openWindow<ClientSearchFrame>();
}

ClientSearchFrame* ClientSearchFrame::show(wxWindow* parent, services::OfficeSession& office)
{
    ClientSearchFrame* frame = find();
    if (!frame) frame = new ClientSearchFrame(parent, office);
    frame->Show();
    frame->Raise();
    frame->box_->SetFocus();
    frame->box_->SelectAll();
    return frame;
}

ClientSearchFrame::ClientSearchFrame(wxWindow* parent, services::OfficeSession& office)
    : wxFrame(parent, wxID_ANY, _("Clients search"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE,
              "client_search"),
      office_(office), model_(new ClientListModel(office)), typing_(this), waiting_(this)
{
    SetIcons(appIcons());
    CreateStatusBar(1);
    body_ = new wxPanel(this);
    wxPanel* body = body_;

    auto* label = new wxStaticText(body, wxID_ANY, _("&Search:"));
    box_ = new wxSearchCtrl(body, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER, wxDefaultValidator, "search_box");
    box_->ShowCancelButton(true);
    box_->SetDescriptiveText(_("Name, ID number, phone, e-mail or case number"));
    newClient_ = new wxButton(body, wxID_NEW, _("&New client"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                              "new_client");

    list_ = new wxDataViewCtrl(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES,
                               wxDefaultValidator, "results");
    list_->AssociateModel(model_.get());
    // Fixed widths keep GTK in fixed-height mode, where it asks only for the rows it draws.
    list_->AppendTextColumn(_("Name"), ClientListModel::Name, wxDATAVIEW_CELL_INERT, FromDIP(260));
    // TRANSLATORS: column title: an Israeli ID number or a company number
    list_->AppendTextColumn(_("ID / company number"), ClientListModel::IdNumber, wxDATAVIEW_CELL_INERT, FromDIP(150));
    list_->AppendTextColumn(_("Phone"), ClientListModel::Phone, wxDATAVIEW_CELL_INERT, FromDIP(130));
    list_->AppendTextColumn(_("City"), ClientListModel::City, wxDATAVIEW_CELL_INERT, FromDIP(150));
    // Long names end in "…" rather than lose their start (GTK clips the start edge).
    for (unsigned i = 0; i < list_->GetColumnCount(); ++i)
        list_->GetColumn(i)->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);

    note_ = new wxStaticText(body, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "empty_note");

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(label, wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT, FromDIP(4)));
    top->Add(box_, wxSizerFlags(1).CentreVertical().Border(wxLEFT | wxRIGHT, FromDIP(4)));
    top->AddSpacer(FromDIP(16));
    top->Add(newClient_, wxSizerFlags().CentreVertical());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    // Not expanded: a label as wide as the window would start at its left edge, right to left too.
    column->Add(note_, wxSizerFlags().Border(wxALL, FromDIP(16)));
    body->SetSizer(column);

    box_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typing_.StartOnce(kTypingPauseMs); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { searchNow(); }, typing_.GetId());
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (model_->searching()) SetStatusText(_("Searching… the database has not answered yet"));
    }, waiting_.GetId());
    model_->onAnswered([this] { answered(); });
    box_->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { box_->Clear(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    newClient_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { newClient(); });
    Bind(wxEVT_CHAR_HOOK, &ClientSearchFrame::onKey, this);
    // Back from a client card: names, phones or whole clients may have changed.
    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        event.Skip();
        if (!event.GetActive() || !searched_) return;
        refreshing_ = true;
        model_->refresh();
    });

    SetSize(FromDIP(wxSize(760, 560)));
    SetMinSize(FromDIP(wxSize(520, 360)));
    CentreOnParent();
    searchNow(); // the whole office, in order, before anything is typed
}

bool ClientSearchFrame::inBox(const wxWindow* focus) const
{
    return focus && (focus == box_ || box_->IsDescendant(const_cast<wxWindow*>(focus)));
}

bool ClientSearchFrame::inList(const wxWindow* focus) const
{
    return focus && (focus == list_ || list_->IsDescendant(const_cast<wxWindow*>(focus)));
}

void ClientSearchFrame::searchNow()
{
    typing_.Stop();
    searched_ = true;
    refreshing_ = false;
    model_->search(utf8(box_->GetValue()));
    waiting_.StartOnce(kWaitingNoteMs);
}

void ClientSearchFrame::answered()
{
    waiting_.Stop();
    const bool refreshed = refreshing_;
    refreshing_ = false;
    if (!model_->problem().empty()) {
        note_->SetLabel(model_->problem());
        note_->Show();
        list_->Hide();
        SetStatusText(wxString());
        body_->Layout();
        return;
    }
    showResults();
    if (refreshed) {
        list_->Refresh();
        return;
    }
    if (model_->count() > 0) {
        const wxDataViewItem first = model_->GetItem(0);
        list_->Select(first);
        list_->EnsureVisible(first);
    }
    // Enter or Down pressed before the answer came: done now, on it.
    if (std::exchange(openWhenAnswered_, false)) openSelected();
    if (std::exchange(listWhenAnswered_, false)) enterList();
}

bool ClientSearchFrame::searching() const { return typing_.IsRunning() || model_->searching(); }

void ClientSearchFrame::showResults()
{
    const int64_t count = model_->count();
    const wxString text = box_->GetValue();
    wxString empty;
    if (count == 0 && text.Strip(wxString::both).empty())
        empty = _("The office has no clients yet. Add the first one with [New client].");
    else if (count == 0)
        empty = wxString::Format(_("No client matches \"%s\". Search by any part of a name, an ID or company number, a "
                                   "phone, an e-mail or a case number — or add a new client with [New client]."),
                                 text);
    note_->SetLabel(empty);
    note_->Wrap(std::max(GetClientSize().x - FromDIP(40), FromDIP(300)));
    note_->Show(!empty.empty());
    list_->Show(empty.empty());
    if (model_->more())
        SetStatusText(wxString::Format(_("More than %s clients: type more to narrow the list"), wx(text::formatCount(count))));
    else
        SetStatusText(count ? wxString::Format(wxPLURAL("%s client", "%s clients", pluralCount(count)), wx(text::formatCount(count)))
                            : wxString());
    body_->Layout();
}

void ClientSearchFrame::openSelected()
{
    if (typing_.IsRunning()) searchNow(); // Enter before the pause ends: the search comes first
    if (model_->searching()) {
        openWhenAnswered_ = true;
        return;
    }
    if (model_->count() == 0) return;
    wxDataViewItem item = list_->GetSelection();
    if (!item.IsOk()) item = model_->GetItem(0);
    const ClientSummary* client = model_->row(model_->GetRow(item));
    if (!client) {
        if (!model_->problem().empty()) SetStatusText(model_->problem());
        return;
    }
    try {
        ClientCardFrame::showFor(GetParent(), office_, client->id);
    } catch (const std::exception& e) {
        SetStatusText(wx(e.what())); // deleted meanwhile, or the office is unreachable
    }
}

void ClientSearchFrame::enterList()
{
    if (model_->count() == 0) return;
    if (!list_->GetSelection().IsOk()) list_->Select(model_->GetItem(0));
    list_->SetFocus();
}

void ClientSearchFrame::newClient() { ClientCardFrame::showNew(GetParent(), office_); }

void ClientSearchFrame::onKey(wxKeyEvent& event)
{
    const wxWindow* focus = FindFocus();
    const int key = event.GetKeyCode();
    if (event.HasAnyModifiers()) {
        if (event.GetModifiers() == wxMOD_CONTROL && (key == 'F' || key == 'L')) {
            box_->SetFocus();
            box_->SelectAll();
            return;
        }
        event.Skip();
        return;
    }
    if (key == WXK_ESCAPE) {
        Close();
        return;
    }
    if (inBox(focus) && (key == WXK_DOWN || key == WXK_NUMPAD_DOWN)) {
        if (typing_.IsRunning()) searchNow();
        if (model_->searching())
            listWhenAnswered_ = true;
        else
            enterList();
        return;
    }
    if (inBox(focus) && (key == WXK_RETURN || key == WXK_NUMPAD_ENTER)) {
        openSelected();
        return;
    }
    if (inList(focus) && key == WXK_UP && list_->GetSelection().IsOk() &&
        model_->GetRow(list_->GetSelection()) == 0) {
        box_->SetFocus(); // above the first row is the box the rows came from
        return;
    }
    event.Skip();
}

} // namespace praklit::ui
