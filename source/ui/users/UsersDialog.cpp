#include "ui/users/UsersDialog.h"

#include "domain/Error.h"
#include "domain/Money.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "ui/users/ChangePasswordDialog.h"
#include "ui/users/UserDialog.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

namespace {

// A new group: its stable key and the name the office calls it.
class NewGroupDialog : public wxDialog {
public:
    explicit NewGroupDialog(wxWindow* parent)
        : wxDialog(parent, wxID_ANY, _("New user group"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
                   "new_group")
    {
        const int gap = FromDIP(8);
        auto* column = new wxBoxSizer(wxVERTICAL);
        auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
        grid->AddGrowableCol(1);
        name_ = addTextField(this, grid, _("&Name:"), "name");
        key_ = addTextField(this, grid, _("&Key (English letters, for the command line):"), "key", 0, true);
        column->Add(grid, wxSizerFlags().Expand().Border(wxALL, gap * 2));
        message_ = makeFormMessage(this, FromDIP(380));
        column->Add(message_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap * 2));
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        buttons->AddStretchSpacer();
        auto* cancel = new wxButton(this, wxID_ANY, _("Cancel"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "cancel");
        auto* add = new wxButton(this, wxID_ANY, _("&Add"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "add");
        buttons->Add(cancel, wxSizerFlags().Border(wxALL, FromDIP(4)));
        buttons->Add(add, wxSizerFlags().Border(wxALL, FromDIP(4)));
        column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
        add->SetDefault();
        cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); });
        SetEscapeId(cancel->GetId());
        SetSizerAndFit(column);
        CentreOnParent();
        add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (!add_) return;
            try {
                add_(trimmedText(key_), trimmedText(name_));
            } catch (const std::exception& e) {
                showFormMessage(message_, wx(e.what()));
                return;
            }
            EndModal(wxID_OK);
        });
    }
    std::function<void(const std::string& key, const std::string& name)> add_;

private:
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* key_ = nullptr;
    wxStaticText* message_ = nullptr;
};

wxButton* makeButton(wxWindow* parent, wxSizer* row, const wxString& label, const char* name)
{
    auto* button = new wxButton(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
    row->Add(button, wxSizerFlags().Border(wxALL, parent->FromDIP(4)));
    return button;
}

} // namespace

UsersDialog::UsersDialog(wxWindow* parent, services::OfficeSession& office)
    : wxDialog(parent, wxID_ANY, _("Users"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER,
               "users"),
      office_(office)
{
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(this);
    column->Add(bar_, wxSizerFlags().Expand());
    pages_ = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "pages");
    column->Add(pages_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));

    // Users.
    auto* usersPage = new wxPanel(pages_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "users_page");
    auto* usersColumn = new wxBoxSizer(wxVERTICAL);
    users_ = new RecordList(usersPage, "users_list");
    users_->textColumn(_("User name"), FromDIP(110));
    users_->textColumn(_("Display name"), FromDIP(170));
    users_->textColumn(_("Role"), FromDIP(110));
    users_->textColumn(_("User group"), FromDIP(130));
    users_->textColumn(_("Active"), FromDIP(60));
    users_->SetMinSize(FromDIP(wxSize(640, 300)));
    usersColumn->Add(users_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    auto* userButtons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = makeButton(usersPage, userButtons, _("&New user…"), "add_user");
    auto* edit = makeButton(usersPage, userButtons, _("&Edit…"), "edit_user");
    auto* reset = makeButton(usersPage, userButtons, _("&Reset password…"), "reset_password");
    usersColumn->Add(userButtons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4)));
    usersPage->SetSizer(usersColumn);
    pages_->AddPage(usersPage, _("Users"));

    // User groups and their permissions.
    auto* groupsPage = new wxPanel(pages_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "groups_page");
    auto* groupsColumn = new wxBoxSizer(wxVERTICAL);
    auto* groupsRow = new wxBoxSizer(wxHORIZONTAL);
    groups_ = new RecordList(groupsPage, "groups_list");
    groups_->textColumn(_("User group"), FromDIP(180));
    // Tall enough for every permission without scrolling.
    groups_->SetMinSize(FromDIP(wxSize(220, 380)));
    groupsRow->Add(groups_, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    auto* permissionsColumn = new wxBoxSizer(wxVERTICAL);
    permissionsColumn->Add(new wxStaticText(groupsPage, wxID_ANY, _("The group's members may:")),
                           wxSizerFlags().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    wxArrayString names;
    for (Permission p : kAllPermissions) names.Add(wx(permissionName(p)));
    permissions_ = new wxCheckListBox(groupsPage, wxID_ANY, wxDefaultPosition, wxDefaultSize, names, 0,
                                      wxDefaultValidator, "permissions");
    permissions_->SetMinSize(FromDIP(wxSize(300, 380)));
    permissionsColumn->Add(permissions_, wxSizerFlags(1).Expand());
    groupsRow->Add(permissionsColumn, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    groupsColumn->Add(groupsRow, wxSizerFlags(1).Expand());
    auto* groupButtons = new wxBoxSizer(wxHORIZONTAL);
    auto* addGroupButton = makeButton(groupsPage, groupButtons, _("New &group…"), "add_group");
    auto* savePermissionsButton = makeButton(groupsPage, groupButtons, _("&Save permissions"), "save_permissions");
    groupsColumn->Add(groupButtons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4)));
    groupsPage->SetSizer(groupsColumn);
    pages_->AddPage(groupsPage, _("User groups and permissions"));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    auto* close = new wxButton(this, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    buttons->Add(close, wxSizerFlags().Border(wxALL, FromDIP(4)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (IsModal()) EndModal(wxID_CLOSE);
        else Hide();
    });
    SetEscapeId(close->GetId());

    // The service refuses anyway; what would be refused is not offered.
    managing_ = {add, edit, reset, addGroupButton, savePermissionsButton};
    const bool manages = office_.can(Permission::ManageUsers);
    for (wxButton* button : managing_) button->Enable(manages);
    permissions_->Enable(manages);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editUser(0); });
    edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (users_->selectedId()) editUser(users_->selectedId());
    });
    users_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (office_.can(Permission::ManageUsers) && users_->selectedId()) editUser(users_->selectedId());
    });
    reset->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { resetPassword(); });
    groups_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { showPermissions(); });
    savePermissionsButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { savePermissions(); });
    addGroupButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addGroup(); });

    showUsers();
    showGroups();
    SetSizerAndFit(column);
    CentreOnParent();
}

void UsersDialog::showUsers()
{
    const int64_t selected = users_->selectedId();
    try {
        services::UserService service(office_);
        userRows_ = service.list();
        if (groupRows_.empty()) groupRows_ = service.groups();
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return;
    }
    users_->clearRows();
    for (const User& u : userRows_) {
        wxString group = wx(u.groupKey);
        for (const auto& g : groupRows_)
            if (g.id == u.groupId) group = wx(g.name);
        users_->addRow(u.id, {isolated(u.login), wx(u.displayName), wx(u.title), group,
                              u.active ? _("Yes") : _("No")});
    }
    if (selected) users_->selectId(selected);
}

void UsersDialog::showGroups()
{
    const int64_t selected = groups_->selectedId();
    try {
        groupRows_ = services::UserService(office_).groups();
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return;
    }
    groups_->clearRows();
    for (const auto& g : groupRows_) groups_->addRow(g.id, {wx(g.name)});
    groups_->selectId(selected ? selected : (groupRows_.empty() ? 0 : groupRows_.front().id));
    showPermissions();
}

void UsersDialog::showPermissions()
{
    const int64_t id = groups_->selectedId();
    for (size_t i = 0; i < kAllPermissions.size(); ++i) {
        bool has = false;
        for (const auto& g : groupRows_)
            if (g.id == id) has = g.permissions.has(kAllPermissions[i]);
        permissions_->Check(unsigned(i), has);
    }
}

bool UsersDialog::savePermissions()
{
    bar_->clear();
    const int64_t id = groups_->selectedId();
    const auto group = std::find_if(groupRows_.begin(), groupRows_.end(), [&](const UserGroup& g) { return g.id == id; });
    if (group == groupRows_.end()) return false;
    Permissions chosen;
    for (size_t i = 0; i < kAllPermissions.size(); ++i)
        if (permissions_->IsChecked(unsigned(i))) chosen.grant(kAllPermissions[i]);
    try {
        services::UserService(office_).setPermissions(id, chosen, group->version);
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::Conflict)
            bar_->showConflict(wx(e.what()), [this] { showGroups(); });
        else bar_->showProblem(wx(e.what()));
        return false;
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return false;
    }
    showGroups();
    bar_->showNote(_("The group's permissions were saved. Its members have them from their next action."));
    return true;
}

void UsersDialog::addGroup()
{
    NewGroupDialog dialog(this);
    int64_t added = 0;
    dialog.add_ = [&](const std::string& key, const std::string& name) {
        added = services::UserService(office_).addGroup(key, name, Permissions()).id;
    };
    if (dialog.ShowModal() != wxID_OK) return;
    showGroups();
    groups_->selectId(added);
    showPermissions();
}

std::unique_ptr<UserDialog> UsersDialog::makeUserDialog(int64_t userId)
{
    UserDialog::Values values;
    try {
        if (userId) {
            values.user = services::UserService(office_).get(userId);
            values.rate = services::SettingsService(office_).userRate(userId);
        } else {
            values.user.groupKey = kLawyers;
        }
        groupRows_ = services::UserService(office_).groups();
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return nullptr;
    }
    return std::make_unique<UserDialog>(this, values, groupRows_, [this](UserDialog::Values& v) {
        std::optional<int64_t> rate;
        if (!v.rateText.empty()) rate = agorotFromText(v.rateText, MoneyField::HourlyRate);
        services::UserService users(office_);
        const User saved = v.user.id ? users.update(v.user) : users.add(v.user, v.password);
        // The user is saved: a second [Save] after a refused rate edits it.
        v.user = saved;
        if (rate != v.rate) {
            services::SettingsService(office_).setUserRate(saved.id, rate);
            v.rate = rate;
        }
        return saved;
    });
}

void UsersDialog::editUser(int64_t userId)
{
    bar_->clear();
    auto dialog = makeUserDialog(userId);
    if (!dialog) return;
    if (dialog->ShowModal() != wxID_OK) return;
    showUsers();
    users_->selectId(dialog->user().id);
}

void UsersDialog::resetPassword()
{
    bar_->clear();
    const int64_t id = users_->selectedId();
    const auto user = std::find_if(userRows_.begin(), userRows_.end(), [&](const User& u) { return u.id == id; });
    if (user == userRows_.end()) return;
    ChangePasswordDialog dialog(this, ChangePasswordDialog::Purpose::Reset, false,
                                [this, id](const std::string&, const std::string& next) {
                                    try {
                                        services::UserService(office_).resetPassword(id, next);
                                    } catch (const std::exception& e) {
                                        const auto* error = dynamic_cast<const Error*>(&e);
                                        return std::pair(wx(e.what()), error ? error->field() : std::string());
                                    }
                                    return std::pair(wxString(), std::string());
                                },
                                wx(user->shownName()));
    if (dialog.ShowModal() == wxID_OK)
        bar_->showNote(wxString::Format(_("The password of %s was reset."), wx(user->shownName())));
}

} // namespace praklit::ui
