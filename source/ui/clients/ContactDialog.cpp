#include "ui/clients/ContactDialog.h"

#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include <algorithm>

namespace praklit::ui {

ContactDialog::ContactDialog(wxWindow* parent, Contact contact, std::string mobile, Services services)
    : RecordDialog(parent, contact.id ? _("Edit contact") : _("New contact"), "ContactForm", {{"number", "mobile"}}),
      contact_(std::move(contact)), roleName_(contact_.roleName), mobile_(std::move(mobile)),
      services_(std::move(services))
{
    control("mobile")->SetLayoutDirection(wxLayout_LeftToRight);
    control("email")->SetLayoutDirection(wxLayout_LeftToRight);
    fillRoles();
    Bind(wxEVT_BUTTON, &ContactDialog::onAddRole, this, control("add_role")->GetId());
    if (services_.load)
        setReload([this] {
            auto [stored, storedMobile] = services_.load();
            contact_ = std::move(stored);
            roleName_ = contact_.roleName;
            mobile_ = std::move(storedMobile);
        });
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

void ContactDialog::fillRoles()
{
    roles_ = services_.roles ? services_.roles() : std::vector<std::string>();
    auto* role = control<wxChoice>("role");
    role->Clear();
    // TRANSLATORS: the first entry of a contact's role list: the contact has no role
    role->Append(_("(no role)"));
    for (const auto& name : roles_) role->Append(wx(name));
}

bool ContactDialog::TransferDataToWindow()
{
    const auto found = std::find(roles_.begin(), roles_.end(), roleName_);
    control<wxChoice>("role")->SetSelection(found == roles_.end() ? 0 : int(found - roles_.begin()) + 1);
    control<wxTextCtrl>("first_name")->ChangeValue(wx(contact_.firstName));
    control<wxTextCtrl>("last_name")->ChangeValue(wx(contact_.lastName));
    control<wxTextCtrl>("title")->ChangeValue(wx(contact_.title));
    control<wxTextCtrl>("mobile")->ChangeValue(wx(mobile_));
    control<wxTextCtrl>("email")->ChangeValue(wx(contact_.email));
    control<wxCheckBox>("addressee_accounts")->SetValue(contact_.addresseeForAccounts);
    control<wxCheckBox>("addressee_invoices")->SetValue(contact_.addresseeForInvoices);
    control<wxCheckBox>("no_sms")->SetValue(contact_.noSms);
    return RecordDialog::TransferDataToWindow();
}

bool ContactDialog::TransferDataFromWindow()
{
    const int selected = control<wxChoice>("role")->GetSelection();
    roleName_ = selected > 0 ? roles_[size_t(selected - 1)] : std::string();
    contact_.firstName = utf8(control<wxTextCtrl>("first_name")->GetValue());
    contact_.lastName = utf8(control<wxTextCtrl>("last_name")->GetValue());
    contact_.title = utf8(control<wxTextCtrl>("title")->GetValue());
    mobile_ = utf8(control<wxTextCtrl>("mobile")->GetValue());
    contact_.email = utf8(control<wxTextCtrl>("email")->GetValue());
    contact_.addresseeForAccounts = control<wxCheckBox>("addressee_accounts")->GetValue();
    contact_.addresseeForInvoices = control<wxCheckBox>("addressee_invoices")->GetValue();
    contact_.noSms = control<wxCheckBox>("no_sms")->GetValue();
    return RecordDialog::TransferDataFromWindow();
}

void ContactDialog::onAddRole(wxCommandEvent&)
{
    wxTextEntryDialog ask(this, _("The new role's name (every user will see it in the list):"), _("Add new role"));
    // Our own labels: the stock ones follow the system's language, not the office's.
    labelStockButtons(&ask, _("&Add"));
    if (ask.ShowModal() == wxID_OK) addRole(ask.GetValue());
}

void ContactDialog::addRole(const wxString& name)
{
    messages().clear();
    // What is typed elsewhere in the dialog survives the list being refilled.
    TransferDataFromWindow();
    try {
        roleName_ = services_.addRole(utf8(name));
    } catch (const std::exception& e) {
        messages().show(e);
        return;
    }
    fillRoles();
    TransferDataToWindow();
    control("role")->SetFocus();
}

} // namespace praklit::ui
