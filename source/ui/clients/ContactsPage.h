#pragma once
#include "ui/widgets/CardPage.h"

#include <optional>
#include <vector>

namespace praklit::ui {

class ContactDialog;
class RecordList;

// כרטיס לקוח → אנשי קשר: the people around the client, with their role,
// phones, e-mail and whether transaction accounts and invoices go to them.
class ContactsPage : public CardPage {
public:
    ContactsPage(wxWindow* parent, services::OfficeSession& office, int64_t clientId, MessageBar* bar,
                 std::function<void()> changed);

    void show(const services::ClientCard& card) override;
    RecordList* list() const { return list_; }

    void addContact();
    void editContact();
    void deleteContact();
    // [SMS]: the send dialog with the selected contact's mobile ticked.
    void smsContact();

    // The dialog [Add] / [Edit] show, not yet shown: for tests, which show
    // it without a modal loop.
    std::unique_ptr<ContactDialog> makeDialog(const Contact& contact);

private:
    std::optional<Phone> mobileOf(int64_t contactId);
    void save(Contact& contact, const std::string& roleName, const std::string& mobile);

    RecordList* list_ = nullptr;
    wxButton* sms_ = nullptr; // null while the SMS module is off or the user may not send
    wxStaticText* empty_ = nullptr;
    std::vector<Contact> contacts_;
    std::vector<Phone> phones_;
};

} // namespace praklit::ui
