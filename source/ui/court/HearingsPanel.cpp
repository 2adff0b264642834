#include "ui/court/HearingsPanel.h"

#include "services/CourtService.h"
#include "text/Bidi.h"
#include "ui/court/CourtWording.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {

// One hearing's values in the list's columns.
std::vector<wxString> cellsOf(const HearingEvent& h)
{
    return {hearingTimeText(h), wx(h.court), wx(h.hall), wx(h.judge), wx(h.type), wx(statusName(h.status)),
            hearingVideoText(h)};
}

wxDataViewListCtrl* hearingList(wxWindow* parent, const char* name, const wxString& firstTitle)
{
    auto* list = new wxDataViewListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES);
    list->SetName(name);
    const std::pair<wxString, int> columns[] = {
        {firstTitle, 130},  {_("Date and hours"), 175}, {_("Court"), 170},          {_("Hall"), 70},
        {_("Before"), 160}, {_("Hearing type"), 120},   {_("Hearing status"), 110}, {_("Video"), 110}};
    for (const auto& [title, width] : columns) {
        if (title.empty()) continue;
        auto* column = list->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, parent->FromDIP(width), wxALIGN_NOT,
                                              wxDATAVIEW_COL_RESIZABLE);
        column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
        // Bold for a hearing the court changed.
        static_cast<wxDataViewTextRenderer*>(column->GetRenderer())->EnableMarkup();
    }
    return list;
}

} // namespace

HearingsPanel::HearingsPanel(wxWindow* parent, services::OfficeSession& office, int64_t caseId, MessageBar* bar)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "hearings_tab"), office_(office),
      caseId_(caseId), bar_(bar)
{
    list_ = hearingList(this, "hearings", wxString());
    auto* history = new wxButton(this, wxID_ANY, _("&History of the hearing…"), wxDefaultPosition, wxDefaultSize, 0,
                                 wxDefaultValidator, "hearing_history");
    auto* note = new wxStaticText(this, wxID_ANY,
                                  _("Hearings come from Net HaMishpat with the case's documents. One the court changed "
                                    "since it came is in bold."));
    note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(history);
    buttons->AddSpacer(FromDIP(12));
    buttons->Add(note, wxSizerFlags().CenterVertical());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    column->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    SetSizer(column);
    history->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showHistory(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { showHistory(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                [this, history](wxDataViewEvent&) { history->Enable(list_->GetSelectedRow() != wxNOT_FOUND); });
    history->Disable();
    reload();
}

void HearingsPanel::reload()
{
    try {
        hearings_ = services::CourtService(office_).hearingsOfCase(caseId_);
    } catch (const std::exception& e) {
        if (bar_) bar_->showProblem(wx(e.what()));
        return;
    }
    list_->DeleteAllItems();
    for (const auto& h : hearings_) {
        wxVector<wxVariant> row;
        auto cells = cellsOf(h.values);
        cells[5] = hearingStatusText(h);
        for (const auto& cell : cells) row.push_back(wxVariant(markupCell(cell, h.changed)));
        list_->AppendItem(row);
    }
}

void HearingsPanel::showHistory()
{
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || size_t(row) >= hearings_.size()) return;
    const Hearing& h = hearings_[size_t(row)];
    std::vector<HearingChange> changes;
    try {
        changes = services::CourtService(office_).hearingHistory(h.id);
    } catch (const std::exception& e) {
        if (bar_) bar_->showProblem(wx(e.what()));
        return;
    }
    wxDialog dialog(wxGetTopLevelParent(this), wxID_ANY, _("History of the hearing"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "hearing_history_dialog");
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* now = new wxStaticText(&dialog, wxID_ANY,
                                 // TRANSLATORS: %s is the hearing's date and hours as they are now
                                 wxString::Format(_("Now: %1$s, %2$s."), hearingTimeText(h.values), hearingStatusText(h)));
    column->Add(now, wxSizerFlags().Border(wxALL, dialog.FromDIP(10)));
    auto* list = hearingList(&dialog, "history", _("Changed on"));
    for (const auto& c : changes) {
        wxVector<wxVariant> line;
        line.push_back(wxVariant(markupCell(israelTimeText(c.changedAt), false)));
        for (const auto& cell : cellsOf(c.before)) line.push_back(wxVariant(markupCell(cell, false)));
        list->AppendItem(line);
    }
    list->SetMinSize(dialog.FromDIP(wxSize(860, 160)));
    column->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(10)));
    if (changes.empty())
        column->Add(new wxStaticText(&dialog, wxID_ANY, _("The court has not changed this hearing since it came.")),
                    wxSizerFlags().Border(wxALL, dialog.FromDIP(10)));
    auto* close = new wxButton(&dialog, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                               "close");
    close->Bind(wxEVT_BUTTON, [&dialog](wxCommandEvent&) { dialog.EndModal(wxID_CANCEL); });
    dialog.SetEscapeId(wxID_CANCEL);
    column->Add(close, wxSizerFlags().Right().Border(wxALL, dialog.FromDIP(10)));
    dialog.SetSizerAndFit(column);
    dialog.CentreOnParent();
    dialog.ShowModal();
}

} // namespace praklit::ui
