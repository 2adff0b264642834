#pragma once
#include <wx/panel.h>

class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// The main window's body for now: what the office holds, and what to do
// when it holds nothing yet. The home panels of UI.md (hearings, recent
// clients, SMS) replace it as their issues arrive.
class HomePanel : public wxPanel {
public:
    explicit HomePanel(wxWindow* parent);

    // Reads the summary again; a failure shows its sentence in place of it.
    void showOffice(services::OfficeSession& office);

private:
    wxStaticText* addRow(wxSizer* grid, const wxString& label);
    void wrapNote();

    wxStaticText* database_ = nullptr;
    wxStaticText* clients_ = nullptr;
    wxStaticText* cases_ = nullptr;
    wxStaticText* users_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxString noteText_;
};

} // namespace praklit::ui
