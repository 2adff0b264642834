#pragma once
#include "domain/User.h"
#include "services/OfficeSession.h"

#include <wx/dialog.h>

#include <memory>
#include <vector>

class wxButton;
class wxCheckListBox;
class wxNotebook;

namespace praklit::ui {

class MessageBar;
class RecordList;
class UserDialog;

// משתמשים (≡ → כלים ותחזוקה): the office's users, and its user groups with
// their permissions as a checklist. Everything goes through
// services::UserService; without ManageUsers the lists only show.
class UsersDialog : public wxDialog {
public:
    UsersDialog(wxWindow* parent, services::OfficeSession& office);

    RecordList* usersList() const { return users_; }
    RecordList* groupsList() const { return groups_; }
    wxCheckListBox* permissionsList() const { return permissions_; }
    MessageBar* messageBar() const { return bar_; }
    wxNotebook* pages() const { return pages_; }

    // The user dialog for a new user (0) or the given one, not shown: the
    // caller shows it modally (the buttons) or not (tests).
    std::unique_ptr<UserDialog> makeUserDialog(int64_t userId);
    // [Reset password…] for the selected user, [Save permissions], [New group…].
    void resetPassword();
    bool savePermissions();
    void addGroup();
    void showUsers();
    void showGroups();
    void showPermissions(); // the selected group's, in the checklist

private:
    void editUser(int64_t userId);

    services::OfficeSession& office_;
    std::vector<User> userRows_;
    std::vector<UserGroup> groupRows_;
    MessageBar* bar_ = nullptr;
    wxNotebook* pages_ = nullptr;
    RecordList* users_ = nullptr;
    RecordList* groups_ = nullptr;
    wxCheckListBox* permissions_ = nullptr;
    std::vector<wxButton*> managing_;
};

} // namespace praklit::ui
