#include "ui/clients/DocumentsPanel.h"

#include "services/CaseService.h"
#include "services/DocumentService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/billing/ChargeText.h"
#include "ui/time/TimerNotices.h"
#include "ui/widgets/Attempt.h"
#include "ui/court/CourtWording.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

namespace praklit::ui {

DocumentsPanel::DocumentsPanel(wxWindow* parent, services::OfficeSession& office, int64_t caseId)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "documents_panel"), office_(office),
      caseId_(caseId), launcher_([](const wxString& path) { return wxLaunchDefaultApplication(path); })
{
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto button = [&](const wxString& label, const char* name) {
        auto* b = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
        top->Add(b, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
        return b;
    };
    auto* add = button(_("&Add…"), "add_document");
    open_ = button(_("&Open"), "open_document");
    rename_ = button(_("Re&name…"), "rename_document");
    delete_ = button(_("&Delete"), "delete_document");
    restore_ = button(_("Res&tore"), "restore_document");
    top->AddStretchSpacer();
    showDeleted_ = new wxCheckBox(this, wxID_ANY, _("Show &deleted"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "show_deleted");
    top->Add(showDeleted_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
    column->Add(top, wxSizerFlags().Expand().Border(wxALL, gap));

    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 260)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("documents");
    // A court document not opened yet by the case's lawyer is in bold.
    static_cast<wxDataViewTextRenderer*>(
        list_->AppendTextColumn(_("Name"), wxDATAVIEW_CELL_INERT, FromDIP(260), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE)
            ->GetRenderer())
        ->EnableMarkup();
    // How the court filed what came from Net HaMishpat, while the module is on.
    courtColumns_ = courtModuleOn(office_);
    if (courtColumns_) {
        list_->AppendTextColumn(_("Court folder"), wxDATAVIEW_CELL_INERT, FromDIP(135), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
        list_->AppendTextColumn(_("Court date"), wxDATAVIEW_CELL_INERT, FromDIP(120), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
        list_->AppendTextColumn(_("Judge"), wxDATAVIEW_CELL_INERT, FromDIP(120), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    }
    list_->AppendTextColumn(_("Size"), wxDATAVIEW_CELL_INERT, FromDIP(90), static_cast<wxAlignment>(numberAlignment(this)),
                            wxDATAVIEW_COL_RESIZABLE);
    list_->AppendTextColumn(_("Added by"), wxDATAVIEW_CELL_INERT, FromDIP(110), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    list_->AppendTextColumn(_("Added on"), wxDATAVIEW_CELL_INERT, FromDIP(130), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    list_->AppendTextColumn(_("State"), wxDATAVIEW_CELL_INERT, FromDIP(90), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    empty_ = new wxStaticText(this, wxID_ANY, _("No documents in this case yet — [Add…] copies files into the office's store."),
                              wxDefaultPosition, wxDefaultSize, 0, "documents_empty");
    column->Add(empty_, wxSizerFlags().Border(wxALL, gap));
    SetSizer(column);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseFiles(); });
    open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelected(); });
    rename_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { renameSelected(); });
    delete_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { deleteSelected(); });
    restore_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { restoreSelected(); });
    showDeleted_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { reload(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { enableForSelection(); });
    reload();
}

wxString DocumentsPanel::userName(int64_t userId)
{
    if (users_.empty())
        attempt(this, [&] {
            for (const auto& u : services::CaseService(office_).users())
                users_[u.id] = wx(u.shownName());
        });
    const auto it = users_.find(userId);
    return it == users_.end() ? wxString() : it->second;
}

void DocumentsPanel::reload()
{
    const Document* was = selected();
    const int64_t keep = was ? was->id : 0;
    if (!attempt(this, [&] { documents_ = services::DocumentService(office_).forCase(caseId_, showDeleted_->GetValue()); }))
        documents_.clear();
    list_->DeleteAllItems();
    for (const auto& d : documents_) {
        wxVector<wxVariant> row;
        row.push_back(markupCell(wx(d.name), d.unread));
        if (courtColumns_) {
            const bool court = !d.courtDocumentId.empty();
            row.push_back(court ? wx(folderName(d.courtFolder)) : wxString());
            row.push_back(court ? displayDate(d.courtSignedOn) : wxString());
            row.push_back(court ? wx(d.courtJudge) : wxString());
        }
        row.push_back(wx(text::ltr(text::formatBytes(static_cast<uint64_t>(d.sizeBytes)))));
        row.push_back(userName(d.addedBy));
        row.push_back(wx(text::ltr(text::toIsraelDisplay(d.addedAt))));
        row.push_back(d.deletedAt ? _("Deleted") : wxString());
        list_->AppendItem(row);
    }
    empty_->Show(documents_.empty());
    Layout();
    if (keep) select(keep);
    enableForSelection();
}

void DocumentsPanel::showDeleted(bool show)
{
    showDeleted_->SetValue(show);
    reload();
}

void DocumentsPanel::select(int64_t documentId)
{
    for (size_t i = 0; i < documents_.size(); ++i)
        if (documents_[i].id == documentId) list_->SelectRow(static_cast<unsigned>(i));
    enableForSelection();
}

const Document* DocumentsPanel::selected() const
{
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || row >= static_cast<int>(documents_.size())) return nullptr;
    return &documents_[row];
}

void DocumentsPanel::enableForSelection()
{
    const Document* d = selected();
    const bool live = d && !d->deletedAt;
    open_->Enable(live);
    rename_->Enable(live);
    delete_->Enable(live);
    restore_->Show(showDeleted_->GetValue());
    restore_->Enable(d && d->deletedAt);
    Layout();
}

void DocumentsPanel::chooseFiles()
{
    wxFileDialog dialog(this, _("Add documents to the case"), wxString(), wxString(), _("All files") + "|*",
                        wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<std::filesystem::path> files;
    for (const auto& p : paths) files.push_back(pathOf(p));
    addFiles(files);
}

void DocumentsPanel::addFiles(const std::vector<std::filesystem::path>& files)
{
    int64_t last = 0;
    {
        wxBusyCursor busy;
        for (const auto& file : files)
            if (!attempt(this, [&] { last = services::DocumentService(office_).add(caseId_, file).id; })) break;
    }
    reload();
    if (last) select(last);
}

void DocumentsPanel::openSelected()
{
    const Document* d = selected();
    if (!d || d->deletedAt) return;
    const int64_t id = d->id;
    const bool unread = d->unread;
    std::filesystem::path path;
    if (!attempt(this, [&] { path = services::DocumentService(office_).open(id); })) return;
    TimerNotices::changed(); // opening may have started a counter
    if (unread) reload();    // read now, when its lawyer opened it
    if (!launcher_(wxPath(path)))
        showProblem(this, wxString::Format(_("No program on this computer opens %s."), wx(text::ltr(path.filename().string()))));
}

void DocumentsPanel::renameSelected(const wxString& name)
{
    const Document* d = selected();
    if (!d || d->deletedAt) return;
    const int64_t id = d->id;
    wxString chosen = name;
    if (chosen.empty()) {
        wxTextEntryDialog dialog(this, _("The document's new name:"), _("Rename document"), wx(d->name));
        if (dialog.ShowModal() != wxID_OK) return;
        chosen = dialog.GetValue();
    }
    attempt(this, [&] { services::DocumentService(office_).rename(id, utf8(chosen)); });
    reload();
}

void DocumentsPanel::deleteSelected(bool confirm)
{
    const Document* d = selected();
    if (!d || d->deletedAt) return;
    const int64_t id = d->id;
    if (confirm) {
        wxMessageDialog question(this, wxString::Format(_("Delete \"%s\"? It can be seen again with \"Show deleted\"."), wx(d->name)),
                                 _("Documents"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
        question.SetYesNoLabels(_("&Delete"), _("&Keep it"));
        if (question.ShowModal() != wxID_YES) return;
    }
    attempt(this, [&] { services::DocumentService(office_).remove(id); });
    reload();
}

void DocumentsPanel::restoreSelected()
{
    const Document* d = selected();
    if (!d || !d->deletedAt) return;
    const int64_t id = d->id;
    attempt(this, [&] { services::DocumentService(office_).restore(id); });
    reload();
}

} // namespace praklit::ui
