#pragma once
#include "ui/office/SettingsPage.h"
#include "ui/office/SystemSettingsDialog.h"

#include <array>

class wxCheckBox;
class wxChoice;
class wxSpinCtrl;
class wxTextCtrl;

namespace praklit::ui {

// הודעות SMS: the gateway the office's messages leave through, its secret,
// and the hours they may go out. Kept at [OK] (SmsService::saveSettings; the
// secret through GatewaySecret). Controls are named as the service names
// its fields, so a refusal's sentence lands on this page.
class SmsSettingsPage : public SettingsPage {
public:
    explicit SmsSettingsPage(wxWindow* parent);

    void show(const SystemSettingsDialog::Values::Sms& sms);
    void read(SystemSettingsDialog::Values::Sms& sms) const;

private:
    struct Day {
        wxCheckBox* open = nullptr;
        wxChoice* from = nullptr;
        wxChoice* until = nullptr;
    };
    void enableDays();
    wxSizer* gatewayFields();
    wxSizer* sendingHours();

    wxChoice* kind_ = nullptr;
    wxTextCtrl* url_ = nullptr;
    wxTextCtrl* username_ = nullptr;
    wxTextCtrl* secret_ = nullptr;
    wxStaticText* secretNote_ = nullptr;
    wxTextCtrl* sender_ = nullptr;
    wxTextCtrl* reportUrl_ = nullptr;
    wxTextCtrl* listen_ = nullptr;
    wxSpinCtrl* timeout_ = nullptr;
    wxSpinCtrl* attempts_ = nullptr;
    std::array<Day, 7> days_;
    wxCheckBox* holidays_ = nullptr;
    bool editable_ = false;
};

} // namespace praklit::ui
