#pragma once
#include "services/ClientService.h"
#include "services/OfficeSession.h"
#include "ui/widgets/FormMessages.h"

#include <wx/frame.h>

#include <memory>

class wxNotebook;

namespace praklit::ui {

class AddressesPhonesPage;
class CasesPage;
class ClientDetailsPage;
class ContactsPage;
class MessageBar;
class SmsPanel;

// כרטיס לקוח: one client's window — general details (saved with [Save]),
// addresses and phones, contacts, cases (each saved as it is changed),
// and, with the SMS module on, the messages sent to the client.
// Several may be open; a new client's card shows the details alone until
// the client is stored.
class ClientCardFrame : public wxFrame {
public:
    // Raises the client's card when it is open already.
    static ClientCardFrame* showFor(wxWindow* parent, services::OfficeSession& office, int64_t clientId);
    static ClientCardFrame* showNew(wxWindow* parent, services::OfficeSession& office);
    static ClientCardFrame* find(int64_t clientId);

    int64_t clientId() const { return card_.client.id; }
    const Client& storedClient() const { return card_.client; }
    wxNotebook* notebook() const { return notebook_; }
    ClientDetailsPage* details() const { return details_; }
    AddressesPhonesPage* addressesPhones() const { return addressesPhones_; }
    ContactsPage* contacts() const { return contacts_; }
    CasesPage* cases() const { return cases_; }
    SmsPanel* sms() const { return sms_; } // null while the SMS module is off
    MessageBar* messageBar() const { return bar_; }
    FormMessages& messages() { return *messages_; }

    // [Save]: the general details. True when stored.
    bool save();
    // Everything from the office again, what is typed in the details too.
    void reload();
    // The lists only: what is typed in the details stays.
    void reloadLists();

private:
    ClientCardFrame(wxWindow* parent, services::OfficeSession& office, services::ClientCard card);
    void addRecordTabs();
    void showTitle();
    void onClose(wxCloseEvent& event);

    services::OfficeSession& office_;
    services::ClientCard card_;
    MessageBar* bar_ = nullptr;
    wxNotebook* notebook_ = nullptr;
    ClientDetailsPage* details_ = nullptr;
    AddressesPhonesPage* addressesPhones_ = nullptr;
    ContactsPage* contacts_ = nullptr;
    CasesPage* cases_ = nullptr;
    SmsPanel* sms_ = nullptr;
    std::unique_ptr<FormMessages> messages_;
};

} // namespace praklit::ui
