#include "ui/clients/AddressDialog.h"

#include "ui/widgets/Utf8.h"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace praklit::ui {

namespace {
constexpr const char* kTextFields[] = {"street", "house", "city", "zip", "po_box", "country"};
}

AddressDialog::AddressDialog(wxWindow* parent, Address address, SaveFn save, LoadFn load)
    : RecordDialog(parent, address.id ? _("Edit address") : _("New address"), "AddressForm"),
      address_(std::move(address)), save_(std::move(save))
{
    // An empty country is Israel: say so rather than leave a blank to guess at.
    control<wxTextCtrl>("country")->SetHint(_("Israel"));
    // The primary address stays primary until another one takes its place
    // (there is always exactly one): it cannot be unmarked here.
    if (address_.id && address_.isPrimary) {
        control("is_primary")->Disable();
        control("is_primary")->SetToolTip(_("To change the primary address, mark another address as primary."));
    }
    if (load)
        setReload([this, load] { address_ = load(); });
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

bool AddressDialog::TransferDataToWindow()
{
    control<wxCheckBox>("is_primary")->SetValue(address_.isPrimary);
    const std::string* values[] = {&address_.street, &address_.house, &address_.city,
                                   &address_.zip,    &address_.poBox, &address_.country};
    for (size_t i = 0; i < std::size(kTextFields); ++i) control<wxTextCtrl>(kTextFields[i])->ChangeValue(wx(*values[i]));
    return RecordDialog::TransferDataToWindow();
}

bool AddressDialog::TransferDataFromWindow()
{
    address_.isPrimary = control<wxCheckBox>("is_primary")->GetValue();
    std::string* values[] = {&address_.street, &address_.house, &address_.city,
                             &address_.zip,    &address_.poBox, &address_.country};
    for (size_t i = 0; i < std::size(kTextFields); ++i) *values[i] = utf8(control<wxTextCtrl>(kTextFields[i])->GetValue());
    return RecordDialog::TransferDataFromWindow();
}

} // namespace praklit::ui
