#include "ui/court/SyncReportsFrame.h"

#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/billing/ChargeText.h"
#include "ui/court/CourtSyncFrame.h"
#include "ui/office/Artwork.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/OpenWindow.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/sizer.h>

namespace praklit::ui {

SyncReportsFrame* SyncReportsFrame::show(wxWindow* parent, services::OfficeSession& office)
{
    auto* frame = openWindow<SyncReportsFrame>();
    if (!frame) frame = new SyncReportsFrame(parent, office);
    else frame->reload();
    frame->Show();
    frame->Raise();
    return frame;
}

SyncReportsFrame::SyncReportsFrame(wxWindow* parent, services::OfficeSession& office)
    : wxFrame(parent, wxID_ANY, _("Net HaMishpat download reports"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, "court_reports"),
      office_(office)
{
    SetIcons(appIcons());
    auto* body = new wxPanel(this);
    bar_ = new MessageBar(body);
    list_ = new wxDataViewListCtrl(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("reports");
    const auto numbers = static_cast<wxAlignment>(numberAlignment(this));
    const std::tuple<wxString, int, wxAlignment> columns[] = {
        {_("Started"), 130, wxALIGN_NOT},        {_("By"), 110, wxALIGN_NOT},
        {_("Covered"), 170, wxALIGN_NOT},        {_("Cases"), 60, numbers},
        {_("New documents"), 90, numbers},       {_("New hearings"), 80, numbers},
        {_("Changed hearings"), 90, numbers},    {_("Failed"), 60, numbers},
        {_("State"), 80, wxALIGN_NOT}};
    for (const auto& [title, width, align] : columns)
        list_->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, FromDIP(width), align, wxDATAVIEW_COL_RESIZABLE);
    auto* open = new wxButton(body, wxID_ANY, _("&Open the report"), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "open_report");
    auto* close = new wxButton(body, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(open);
    buttons->AddStretchSpacer();
    buttons->Add(close);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(10)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
    body->SetSizer(column);
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelected(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && !event.HasAnyModifiers()) Close();
        else event.Skip();
    });
    // A download that ended meanwhile is in the list when the window comes back.
    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive()) reload();
        event.Skip();
    });
    reload();
    SetSize(FromDIP(wxSize(980, 460)));
    CentreOnParent();
}

void SyncReportsFrame::reload()
{
    const int selected = list_->GetSelectedRow();
    try {
        reports_ = services::CourtService(office_).reports();
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return;
    }
    list_->DeleteAllItems();
    const auto n = [](int64_t v) { return wxVariant(wx(text::formatCount(v))); };
    for (const auto& s : reports_) {
        wxVector<wxVariant> row;
        row.push_back(wxVariant(israelTimeText(s.startedAt)));
        row.push_back(wxVariant(wx(text::isolate(s.userName))));
        row.push_back(wxVariant(wx(services::scopeName(s))));
        row.push_back(n(s.cases));
        row.push_back(n(s.newDocuments));
        row.push_back(n(s.newHearings));
        row.push_back(n(s.changedHearings));
        row.push_back(n(s.failed));
        row.push_back(wxVariant(wx(services::syncStateName(s.state))));
        list_->AppendItem(row);
    }
    if (reports_.empty()) bar_->showNote(_("No download from Net HaMishpat yet."));
    else bar_->clear();
    if (selected != wxNOT_FOUND && size_t(selected) < reports_.size()) list_->SelectRow(unsigned(selected));
    else if (!reports_.empty()) list_->SelectRow(0);
}

void SyncReportsFrame::openSelected()
{
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || size_t(row) >= reports_.size()) return;
    try {
        CourtSyncFrame::showReport(this, office_, reports_[size_t(row)].id);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
    }
}

} // namespace praklit::ui
