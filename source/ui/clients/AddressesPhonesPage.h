#pragma once
#include "ui/widgets/CardPage.h"

#include <vector>

namespace praklit::ui {

class RecordList;

// כרטיס לקוח → כתובות וטלפונים: the client's addresses, exactly one of them
// primary (●), and its phones, each list with [Add] [Edit] [Delete] on top.
class AddressesPhonesPage : public CardPage {
public:
    AddressesPhonesPage(wxWindow* parent, services::OfficeSession& office, int64_t clientId, MessageBar* bar,
                        std::function<void()> changed);

    void show(const services::ClientCard& card) override;

    RecordList* addressList() const { return addressList_; }
    RecordList* phoneList() const { return phoneList_; }

    // What the buttons do, on the selected row.
    void addAddress();
    void editAddress();
    void deleteAddress();
    void addPhone();
    void editPhone();
    void deletePhone();

private:
    const Address* selectedAddress() const;
    const Phone* selectedPhone() const;

    RecordList* addressList_ = nullptr;
    RecordList* phoneList_ = nullptr;
    wxStaticText* noAddresses_ = nullptr;
    wxStaticText* noPhones_ = nullptr;
    std::vector<Address> addresses_;
    std::vector<Phone> phones_;
};

} // namespace praklit::ui
