#pragma once
#include "domain/Contact.h"
#include "ui/widgets/RecordDialog.h"

#include <functional>
#include <string>
#include <vector>

namespace praklit::ui {

// איש קשר (forms/contact_form.xrc), the screen of the source article: role
// from the office's shared list (with [Add new role]), names, title, mobile
// phone, e-mail, the two addressee flags and "no SMS" (the contact asked not
// to get any; it rides along in the contact the service saves). The last name is required — the
// service says so, and the dialog stays open with the sentence beneath it.
class ContactDialog : public RecordDialog {
public:
    struct Services {
        // Stores the contact (and its mobile phone); fills in the id, so a
        // second try after a refusal updates rather than adds.
        std::function<void(Contact& contact, const std::string& roleName, const std::string& mobile)> save;
        std::function<std::vector<std::string>()> roles;
        // Adds a role every user then sees; returns its name as stored.
        std::function<std::string(const std::string& name)> addRole;
        // The stored contact and its mobile again, after a stale save.
        std::function<std::pair<Contact, std::string>()> load;
    };

    ContactDialog(wxWindow* parent, Contact contact, std::string mobile, Services services);

    const Contact& contact() const { return contact_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    // [Add new role] with the name already asked for (the button asks first).
    void addRole(const wxString& name);

protected:
    void saveValues() override { services_.save(contact_, roleName_, mobile_); }

private:
    void fillRoles();
    void onAddRole(wxCommandEvent& event);

    Contact contact_;
    std::string roleName_;
    std::string mobile_;
    Services services_;
    std::vector<std::string> roles_;
};

} // namespace praklit::ui
