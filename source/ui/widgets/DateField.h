#pragma once
#include <string>
#include <wx/datetime.h>
#include <wx/panel.h>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace praklit::ui {

// A date as an Israeli office writes it, whatever the machine's locale says:
// dd/mm/yyyy in a box that also takes 1.12.26, 1/12/2026 and 2026-12-01
// (text::readDate), a button that opens a month to pick the day from, and,
// in Hebrew, the day in the Hebrew calendar beside it. Sends
// wxEVT_DATE_CHANGED when the box holds another date, as DateField
// does. In forms: <object class="DateField" name="…"/> (registered by
// registerDateFieldXrc).
class DateField : public wxPanel {
public:
    DateField(wxWindow* parent, wxWindowID id = wxID_ANY, const wxDateTime& value = wxDateTime::Today(),
              const wxString& name = "date", bool hebrewDate = true);

    void SetValue(const wxDateTime& date);
    // Invalid while the box holds no date.
    wxDateTime GetValue() const;
    // yyyy-mm-dd when the box holds a date, else what was typed: a service
    // then says in one sentence why it is no date, and nothing is lost.
    std::string typed() const;
    wxTextCtrl* box() const { return box_; }
    bool Enable(bool enable = true) override;

private:
    void typedChanged();
    void pick();

    wxTextCtrl* box_ = nullptr;
    wxButton* calendar_ = nullptr;
    wxStaticText* hebrew_ = nullptr;
    wxDateTime last_;
};

// Lets XRC forms hold DateFields; called once at start.
void registerDateFieldXrc();

} // namespace praklit::ui
