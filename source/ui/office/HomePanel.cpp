#include "ui/office/HomePanel.h"

#include "domain/Error.h"
#include "services/OfficeService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/widgets/Utf8.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {

int64_t rowsOf(const services::OfficeInfo& info, const std::string& table)
{
    for (const auto& [name, rows] : info.rowCounts)
        if (name == table) return rows;
    return 0;
}

} // namespace

HomePanel::HomePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "home")
{
    auto* column = new wxBoxSizer(wxVERTICAL);

    auto* heading = new wxStaticText(this, wxID_ANY, _("Office summary"));
    heading->SetFont(heading->GetFont().Bold().Scaled(1.3f));
    column->Add(heading, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(16, 6)));
    database_ = addRow(grid, _("Database:"));
    clients_ = addRow(grid, _("Clients:"));
    cases_ = addRow(grid, _("Cases:"));
    users_ = addRow(grid, _("Users:"));
    column->Add(grid);

    note_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "home_note");
    column->Add(note_, wxSizerFlags().Border(wxTOP, FromDIP(18)));

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(column, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(24)));
    SetSizer(outer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrapNote();
        event.Skip();
    });
}

wxStaticText* HomePanel::addRow(wxSizer* grid, const wxString& label)
{
    grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
    auto* value = new wxStaticText(this, wxID_ANY, wxString());
    grid->Add(value, wxSizerFlags().CentreVertical());
    return value;
}

void HomePanel::showOffice(services::OfficeSession& office)
{
    try {
        const auto info = services::OfficeService::info(office);
        database_->SetLabel(wx(text::ltr(info.display)));
        clients_->SetLabel(wx(text::formatCount(rowsOf(info, "entities"))));
        cases_->SetLabel(wx(text::formatCount(rowsOf(info, "cases"))));
        users_->SetLabel(wx(text::formatCount(rowsOf(info, "users"))));
        if (rowsOf(info, "entities") == 0)
            noteText_ = wxString::Format(
                // TRANSLATORS: %s is a command, shown as typed: praklit-cli demo generate
                _("The office has no clients yet: add them in Cases and clients → Clients (Ctrl+F). To try Praklit "
                  "with an office full of sample clients, run %s and open Praklit again."),
                wx(text::ltr("praklit-cli demo generate")));
        else
            noteText_.clear();
    } catch (const std::exception& e) {
        for (auto* value : {database_, clients_, cases_, users_}) value->SetLabel(wxString());
        noteText_ = wx(e.what());
    }
    wrapNote();
}

void HomePanel::wrapNote()
{
    // Wrap to the room the panel has, or a readable width before it is laid out.
    const int room = GetClientSize().x - FromDIP(48);
    note_->SetLabel(noteText_);
    note_->Wrap(std::min(room > FromDIP(150) ? room : FromDIP(560), FromDIP(720)));
    Layout();
}

} // namespace praklit::ui
