#include "ui/clients/PhoneDialog.h"

#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace praklit::ui {

PhoneDialog::PhoneDialog(wxWindow* parent, const Phone& phone, SaveFn save)
    : RecordDialog(parent, phone.id ? _("Edit phone") : _("New phone"), "PhoneForm"), phone_(phone), type_(phone.type),
      typed_(phone.e164.empty() ? std::string() : displayPhoneNumber(phone.e164)), noSms_(phone.noSms),
      save_(std::move(save))
{
    auto* type = control<wxChoice>("type");
    for (PhoneType t : phoneTypes()) type->Append(phoneTypeLabel(t));
    // Digits read and are typed left to right even in a Hebrew form.
    control("number")->SetLayoutDirection(wxLayout_LeftToRight);
    control<wxTextCtrl>("number")->SetHint(wxString::FromUTF8("050-1234567"));
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

bool PhoneDialog::TransferDataToWindow()
{
    const auto& types = phoneTypes();
    control<wxChoice>("type")->SetSelection(int(std::find(types.begin(), types.end(), type_) - types.begin()));
    control<wxTextCtrl>("number")->ChangeValue(wx(typed_));
    control<wxCheckBox>("no_sms")->SetValue(noSms_);
    return RecordDialog::TransferDataToWindow();
}

bool PhoneDialog::TransferDataFromWindow()
{
    const int selected = control<wxChoice>("type")->GetSelection();
    type_ = selected >= 0 ? phoneTypes()[size_t(selected)] : PhoneType::Mobile;
    typed_ = utf8(control<wxTextCtrl>("number")->GetValue());
    noSms_ = control<wxCheckBox>("no_sms")->GetValue();
    return RecordDialog::TransferDataFromWindow();
}

} // namespace praklit::ui
