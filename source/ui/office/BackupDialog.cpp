#include "ui/office/BackupDialog.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/dirdlg.h>
#include <wx/gauge.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

namespace praklit::ui {

namespace {

wxString isolatedText(const std::string& s) { return wx(text::ltr(s)); }

wxString bytesText(int64_t n) { return wx(text::formatBytes(static_cast<uint64_t>(n))); }

} // namespace

wxString manifestText(const services::BackupManifest& m)
{
    wxString out;
    out << wxString::Format(_("Made: %s by %s (Praklit %s)"), wx(text::toIsraelDisplay(m.at)), isolatedText(m.user),
                            wx(m.programVersion))
        << "\n"
        << wxString::Format(_("Office: %s (%s)"), isolatedText(m.office), wx(m.backend)) << "\n"
        << wxString::Format(_("Backup: %s"), isolatedText(m.folder.string())) << "\n"
        << wxString::Format(_("File: %s, %s"), wx(m.database.path), bytesText(m.database.bytes)) << "\n"
        << wxString::Format(_("SHA-256: %s"), isolatedText(m.database.sha256)) << "\n"
        << wxString::Format(_("Schema: %d"), m.schemaVersion) << "\n"
        << wxString::Format(_("Audit chain head: row %lld, %s"), static_cast<long long>(m.auditHeadId),
                            isolatedText(m.auditHead.empty() ? "-" : m.auditHead))
        << "\n"
        << wxString::Format(wxPLURAL("Documents: %u file, %s", "Documents: %u files, %s", pluralCount(static_cast<int64_t>(m.documents.size()))),
                            pluralCount(static_cast<int64_t>(m.documents.size())), bytesText(m.documentBytes()));
    return out;
}

BackupDialog::BackupDialog(wxWindow* parent, services::OfficeSession& office)
    : wxDialog(parent, wxID_ANY, _("Backup and restore"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "backup_restore"),
      office_(office), alive_(std::make_shared<bool>(true))
{
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(this);
    column->Add(bar_, wxSizerFlags().Expand());

    auto* grid = new wxFlexGridSizer(3, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Backup &folder:")), wxSizerFlags().CenterVertical());
    folder_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(380, -1)), 0, wxDefaultValidator,
                             "backup_folder");
    grid->Add(folder_, wxSizerFlags().Expand().CenterVertical());
    auto* browse = new wxButton(this, wxID_ANY, _("&Choose…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "browse");
    grid->Add(browse, wxSizerFlags().CenterVertical());
    grid->Add(new wxStaticText(this, wxID_ANY, _("Back up &every (hours):")), wxSizerFlags().CenterVertical());
    interval_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(120, -1)), wxSP_ARROW_KEYS, 1,
                               24 * 31, 24, "backup_interval");
    grid->Add(interval_, wxSizerFlags().CenterVertical());
    grid->AddSpacer(0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Keep (backups):")), wxSizerFlags().CenterVertical());
    generations_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(120, -1)), wxSP_ARROW_KEYS, 1,
                                  365, 7, "backup_generations");
    grid->Add(generations_, wxSizerFlags().CenterVertical());
    auto* save = new wxButton(this, wxID_ANY, _("&Save settings"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                              "save_settings");
    grid->Add(save, wxSizerFlags().CenterVertical());
    column->Add(grid, wxSizerFlags().Expand().Border(wxALL, gap * 2));

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    auto* now = new wxButton(this, wxID_ANY, _("&Back up now"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                             "back_up_now");
    actions->Add(now, wxSizerFlags().CenterVertical());
    waiting_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "waiting");
    actions->Add(waiting_, wxSizerFlags(1).CenterVertical().Border(wxLEFT | wxRIGHT, gap * 2));
    gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(120, -1)));
    gauge_->Hide();
    actions->Add(gauge_, wxSizerFlags().CenterVertical());
    column->Add(actions, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap * 2));

    auto* heading = new wxStaticText(this, wxID_ANY, _("Backups in the folder"));
    heading->SetFont(heading->GetFont().Bold());
    column->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap * 2));
    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 160)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("backups");
    list_->AppendTextColumn(_("Made"), wxDATAVIEW_CELL_INERT, FromDIP(140));
    list_->AppendTextColumn(_("Database"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    list_->AppendTextColumn(_("Size"), wxDATAVIEW_CELL_INERT, FromDIP(90));
    list_->AppendTextColumn(_("Schema"), wxDATAVIEW_CELL_INERT, FromDIP(70));
    list_->AppendTextColumn(_("Documents"), wxDATAVIEW_CELL_INERT, FromDIP(80));
    list_->AppendTextColumn(_("Made by"), wxDATAVIEW_CELL_INERT, FromDIP(120));
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, gap * 2));
    details_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(640, 150)),
                              wxTE_MULTILINE | wxTE_READONLY, wxDefaultValidator, "manifest");
    column->Add(details_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap * 2));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    restore_ = new wxButton(this, wxID_ANY, _("&Restore…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "restore");
    buttons->Add(restore_, wxSizerFlags().Border(wxALL, FromDIP(4)));
    buttons->AddStretchSpacer();
    // Not the stock id: GTK would show its own label, in the system's language.
    auto* close = new wxButton(this, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    buttons->Add(close, wxSizerFlags().Border(wxALL, FromDIP(4)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    buttons_ = {browse, save, now, restore_, close};

    confirm_ = [this](const wxString& manifest) {
        wxMessageDialog ask(this,
                            _("Replace the office with this backup? The office as it is now is kept aside first.") + "\n\n" +
                                manifest,
                            _("Restore from a backup"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        ask.SetYesNoLabels(_("&Restore"), _("&Keep the office as it is"));
        return ask.ShowModal() == wxID_YES;
    };
    pulse_ = std::make_unique<wxTimer>(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { gauge_->Pulse(); });
    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxDirDialog choose(this, _("Choose the backup folder"), folder_->GetValue());
        if (choose.ShowModal() == wxID_OK) folder_->ChangeValue(choose.GetPath());
    });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveSettings(); });
    now->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { backUpNow(); });
    restore_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { restoreSelected(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { showSelected(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (working_ && event.CanVeto()) {
            event.Veto(); // the copy finishes first; closing would leave it half made
            return;
        }
        event.Skip();
    });
    SetEscapeId(wxID_NONE);

    attempt(parent, [&] {
        const auto s = services::BackupService(office_).settings();
        folder_->ChangeValue(wxPath(s.folder));
        interval_->SetValue(s.intervalHours);
        generations_->SetValue(s.generations);
    });
    // Fitted before the list and the manifest are filled: a long path must
    // wrap in its box, not widen the dialog past the screen.
    SetSizerAndFit(column);
    showBackups();
    CentreOnParent();
}

BackupDialog::~BackupDialog()
{
    *alive_ = false;
    if (worker_.joinable()) worker_.join();
}

bool BackupDialog::saveSettings()
{
    bar_->clear();
    try {
        services::BackupSettings s;
        s.folder = pathOf(folder_->GetValue().Strip(wxString::both));
        s.intervalHours = interval_->GetValue();
        s.generations = generations_->GetValue();
        services::BackupService(office_).saveSettings(s);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return false;
    }
    bar_->showNote(_("The backup settings were saved."));
    showBackups();
    return true;
}

void BackupDialog::showBackups()
{
    backups_.clear();
    try {
        const auto folder = pathOf(folder_->GetValue().Strip(wxString::both));
        std::error_code ec;
        if (!folder.empty() && std::filesystem::is_directory(folder, ec)) backups_ = services::BackupService(office_).list(folder);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
    }
    list_->DeleteAllItems();
    for (const auto& m : backups_) {
        wxVector<wxVariant> row;
        row.push_back(wx(text::toIsraelDisplay(m.at)));
        row.push_back(wx(m.backend));
        row.push_back(bytesText(m.database.bytes + m.documentBytes()));
        row.push_back(wxString::Format("%d", m.schemaVersion));
        row.push_back(wxString::Format("%zu", m.documents.size()));
        row.push_back(isolatedText(m.user));
        list_->AppendItem(row);
    }
    if (!backups_.empty()) list_->SelectRow(0);
    showSelected();
}

void BackupDialog::showSelected()
{
    const int row = list_->GetSelectedRow();
    const bool chosen = row != wxNOT_FOUND && row < static_cast<int>(backups_.size());
    details_->ChangeValue(chosen ? manifestText(backups_[static_cast<size_t>(row)]) : _("No backup is chosen."));
    restore_->Enable(chosen && !working_);
}

void BackupDialog::run(const wxString& waiting, std::function<wxString(services::OfficeSession&)> work)
{
    if (working_) return;
    if (worker_.joinable()) worker_.join();
    bar_->clear();
    working_ = true;
    for (auto* b : buttons_) b->Disable();
    waiting_->SetLabel(waiting);
    gauge_->Show();
    pulse_->Start(100);
    Layout();
    // A session of its own: one SOCI session per thread, and the office stays in use here.
    const ConnectionUrl url = office_.url();
    const std::string login = office_.user().login;
    std::weak_ptr<bool> alive = alive_;
    worker_ = std::thread([this, url, login, alive, work = std::move(work)] {
        wxString said;
        bool failed = false;
        try {
            auto session = services::OfficeSession::open(url, login);
            said = work(*session);
        } catch (const std::exception& e) {
            said = wx(e.what());
            failed = true;
        }
        // The dialog waits for this thread before it goes, so `this` is still there.
        CallAfter([this, alive, said, failed] {
            if (auto a = alive.lock(); a && *a) finished(said, failed);
        });
    });
}

void BackupDialog::finished(const wxString& said, bool failed)
{
    pulse_->Stop();
    gauge_->Hide();
    waiting_->SetLabel(wxString());
    for (auto* b : buttons_) b->Enable();
    working_ = false;
    if (failed) bar_->showProblem(said);
    else bar_->showNote(said);
    showBackups();
    Layout();
}

void BackupDialog::backUpNow()
{
    const auto folder = pathOf(folder_->GetValue().Strip(wxString::both));
    run(_("Backing up… the office stays in use meanwhile."), [folder](services::OfficeSession& session) {
        const auto m = services::BackupService(session).backUp(folder.empty() ? std::nullopt
                                                                               : std::optional<std::filesystem::path>(folder));
        return wxString::Format(_("The office was backed up to %s."), isolatedText(m.folder.filename().string()));
    });
}

void BackupDialog::restoreSelected()
{
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || row >= static_cast<int>(backups_.size())) return;
    const auto m = backups_[static_cast<size_t>(row)];
    if (!confirm_(manifestText(m))) return;
    run(_("Checking the backup, then restoring…"), [this, m](services::OfficeSession& session) {
        const auto r = services::BackupService(session).restore(m.folder);
        restored_ = true; // read on the UI thread only after this thread is joined or its answer delivered
        return wxString::Format(_("The office was restored from the backup of %s; the office as it was is kept at %s."),
                                wx(text::toIsraelDisplay(r.manifest.at)),
                                isolatedText(std::filesystem::path(r.keptAside).filename().string()));
    });
}

} // namespace praklit::ui
