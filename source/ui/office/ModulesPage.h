#pragma once
#include "ui/office/SettingsPage.h"
#include "ui/office/SystemSettingsDialog.h"

class wxCheckBox;

namespace praklit::ui {

// מודולים: the office's optional modules, each on or off for every user of
// the office. Kept at [OK] (SmsService::setModule).
class ModulesPage : public SettingsPage {
public:
    explicit ModulesPage(wxWindow* parent);

    void show(const SystemSettingsDialog::Values::Modules& modules);
    void read(SystemSettingsDialog::Values::Modules& modules) const;

private:
    wxCheckBox* sms_ = nullptr;
    wxCheckBox* court_ = nullptr;
};

} // namespace praklit::ui
