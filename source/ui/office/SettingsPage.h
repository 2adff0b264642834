#pragma once
#include <wx/panel.h>

class wxSizer;
class wxStaticText;

namespace praklit::ui {

// A page of System settings built in code (the SMS module's): a column with
// a margin, and at its foot the sentence a refused [OK] leaves on it, named
// so SystemSettingsDialog::showMessage finds it.
class SettingsPage : public wxPanel {
public:
    SettingsPage(wxWindow* parent, const char* name, const char* messageName);

protected:
    wxSizer* column() const { return column_; }
    // After the page's own rows: the read-only note and the message go last;
    // the message takes the room left unless a row of the page (a list) does.
    void finish(const wxString& readOnlyNote, bool messageTakesTheRest = true);
    // Shown to a user who may not change the page.
    void showReadOnly(bool readOnly);
    // A grey line of explanation beneath a field.
    wxStaticText* note(wxWindow* parent, const wxString& text);

private:
    wxSizer* column_ = nullptr;
    wxStaticText* readOnly_ = nullptr;
    const char* messageName_;
};

} // namespace praklit::ui
