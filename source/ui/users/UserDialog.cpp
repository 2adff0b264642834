#include "ui/users/UserDialog.h"

#include "domain/Error.h"
#include "text/Amount.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/Utf8.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace praklit::ui {

UserDialog::UserDialog(wxWindow* parent, Values values, std::vector<UserGroup> groups, SaveFn save)
    : RecordDialog(parent, values.user.id ? _("Edit user") : _("New user"), "UserForm"), values_(std::move(values)),
      groups_(std::move(groups)), save_(std::move(save))
{
    auto* group = control<wxChoice>("group");
    for (const auto& g : groups_) group->Append(wx(g.name));
    for (const char* name : {"login", "email", "password", "password_again", "rate"})
        control(name)->SetLayoutDirection(wxLayout_LeftToRight);
    // Passwords are set once, for a new user; afterwards [Reset password…].
    const bool isNew = values_.user.id == 0;
    for (const char* name : {"password_label", "password", "password_again_label", "password_again", "password_note"})
        control(name)->Show(isNew);
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

bool UserDialog::TransferDataToWindow()
{
    const User& u = values_.user;
    control<wxTextCtrl>("login")->ChangeValue(wx(u.login));
    control<wxTextCtrl>("display_name")->ChangeValue(wx(u.displayName));
    control<wxTextCtrl>("email")->ChangeValue(wx(u.email));
    control<wxTextCtrl>("title")->ChangeValue(wx(u.title));
    int selected = wxNOT_FOUND;
    for (size_t i = 0; i < groups_.size(); ++i)
        if (groups_[i].id == u.groupId || (u.groupId == 0 && groups_[i].key == u.groupKey)) selected = int(i);
    control<wxChoice>("group")->SetSelection(selected);
    control<wxTextCtrl>("rate")->ChangeValue(values_.rate ? wx(text::plainAmount(*values_.rate)) : wxString());
    control<wxCheckBox>("active")->SetValue(u.active);
    return RecordDialog::TransferDataToWindow();
}

bool UserDialog::TransferDataFromWindow()
{
    User& u = values_.user;
    u.login = trimmedText(control<wxTextCtrl>("login"));
    u.displayName = trimmedText(control<wxTextCtrl>("display_name"));
    u.email = trimmedText(control<wxTextCtrl>("email"));
    u.title = trimmedText(control<wxTextCtrl>("title"));
    const int selected = control<wxChoice>("group")->GetSelection();
    u.groupId = selected >= 0 ? groups_[size_t(selected)].id : 0;
    u.groupKey = selected >= 0 ? groups_[size_t(selected)].key : std::string();
    u.active = control<wxCheckBox>("active")->GetValue();
    values_.rateText = trimmedText(control<wxTextCtrl>("rate"));
    if (u.id == 0) values_.password = utf8(control<wxTextCtrl>("password")->GetValue());
    return RecordDialog::TransferDataFromWindow();
}

void UserDialog::saveValues()
{
    if (values_.user.id == 0 && values_.password != utf8(control<wxTextCtrl>("password_again")->GetValue())) {
        control<wxTextCtrl>("password_again")->ChangeValue(wxString());
        invalid(utf8(_("The two passwords differ: type the same password twice.")), "password_again");
    }
    values_.user = save_(values_);
    std::fill(values_.password.begin(), values_.password.end(), '\0');
    values_.password.clear();
    control<wxTextCtrl>("password")->ChangeValue(wxString());
    control<wxTextCtrl>("password_again")->ChangeValue(wxString());
}

} // namespace praklit::ui
