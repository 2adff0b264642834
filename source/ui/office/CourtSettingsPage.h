#pragma once
#include "ui/office/SettingsPage.h"
#include "ui/office/SystemSettingsDialog.h"

class wxButton;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace praklit::ui {

// נט המשפט: the court gateway the office downloads from (its address and
// the certificate authority its certificate is checked against), how many
// cases go at once, how far ahead the home screen's hearings look — kept at
// [OK] by CourtService::saveSettings — and the signed-in user's own smart
// card, linked and checked at once through the caller's actions.
class CourtSettingsPage : public SettingsPage {
public:
    explicit CourtSettingsPage(wxWindow* parent);

    void show(const SystemSettingsDialog::Values::Court& court);
    void read(SystemSettingsDialog::Values::Court& court) const;

private:
    void showCard(const std::optional<services::LinkedCard>& card);

    SystemSettingsDialog::Values::Court values_;
    wxTextCtrl* url_ = nullptr;
    wxTextCtrl* caFile_ = nullptr;
    wxSpinCtrl* parallel_ = nullptr;
    wxSpinCtrl* upcomingDays_ = nullptr;
    wxStaticText* card_ = nullptr;
    wxButton* link_ = nullptr;
    wxButton* check_ = nullptr;
};

} // namespace praklit::ui
