#include "ui/clients/AddressesPhonesPage.h"

#include "domain/Error.h"
#include "ui/clients/AddressDialog.h"
#include "ui/clients/PhoneDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/choicdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {

wxStaticText* heading(wxWindow* parent, const wxString& text)
{
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold());
    return label;
}

wxString streetAndNumber(const Address& a)
{
    return a.house.empty() ? wx(a.street) : wx(a.street + " " + a.house);
}

} // namespace

AddressesPhonesPage::AddressesPhonesPage(wxWindow* parent, services::OfficeSession& office, int64_t clientId,
                                         MessageBar* bar, std::function<void()> changed)
    : CardPage(parent, "addresses_phones", office, clientId, bar, std::move(changed))
{
    auto* addressActions = new wxBoxSizer(wxHORIZONTAL);
    actionButton(addressActions, _("&Add"), "add_address", [this] { addAddress(); });
    actionButton(addressActions, _("&Edit"), "edit_address", [this] { editAddress(); });
    actionButton(addressActions, _("&Delete"), "delete_address", [this] { deleteAddress(); });

    addressList_ = new RecordList(this, "addresses");
    // TRANSLATORS: column of the addresses list: ● marks the primary address
    addressList_->textColumn(_("Primary"), FromDIP(60), wxALIGN_CENTER);
    addressList_->textColumn(_("Street and number"), FromDIP(200));
    addressList_->textColumn(_("City"), FromDIP(140));
    addressList_->textColumn(_("ZIP code"), FromDIP(90));
    addressList_->textColumn(_("P.O. box"), FromDIP(80));
    addressList_->textColumn(_("Country"), FromDIP(100));
    addressList_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { editAddress(); });
    noAddresses_ = emptyNote(_("No addresses yet: add one with [Add]."));

    auto* phoneActions = new wxBoxSizer(wxHORIZONTAL);
    actionButton(phoneActions, _("Add p&hone"), "add_phone", [this] { addPhone(); });
    actionButton(phoneActions, _("Edit ph&one"), "edit_phone", [this] { editPhone(); });
    actionButton(phoneActions, _("Delete phon&e"), "delete_phone", [this] { deletePhone(); });

    phoneList_ = new RecordList(this, "phones");
    phoneList_->textColumn(_("Type"), FromDIP(100));
    phoneList_->textColumn(_("Number"), FromDIP(180));
    phoneList_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { editPhone(); });
    noPhones_ = emptyNote(_("No phones yet: add one with [Add phone]."));

    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading(this, _("Addresses")), wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    column->Add(addressActions, wxSizerFlags().Border(wxALL, gap - 3));
    column->Add(noAddresses_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    column->Add(addressList_, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(heading(this, _("Phones")), wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap * 2));
    column->Add(phoneActions, wxSizerFlags().Border(wxALL, gap - 3));
    column->Add(noPhones_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    column->Add(phoneList_, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(column);

    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE && !event.HasAnyModifiers()) {
            if (FindFocus() == addressList_ || addressList_->IsDescendant(FindFocus())) return deleteAddress();
            if (FindFocus() == phoneList_ || phoneList_->IsDescendant(FindFocus())) return deletePhone();
        }
        event.Skip();
    });
}

void AddressesPhonesPage::show(const services::ClientCard& card)
{
    const int64_t address = addressList_->selectedId();
    const int64_t phone = phoneList_->selectedId();
    addresses_ = card.addresses;
    phones_ = card.phones;

    addressList_->clearRows();
    for (const auto& a : addresses_)
        addressList_->addRow(a.id, {wxString::FromUTF8(a.isPrimary ? "●" : ""), streetAndNumber(a), wx(a.city),
                                    isolated(a.zip), isolated(a.poBox), wx(a.country)});
    phoneList_->clearRows();
    for (const auto& p : phones_) phoneList_->addRow(p.id, {phoneTypeLabel(p.type), phoneForDisplay(p.e164)});
    addressList_->selectId(address);
    phoneList_->selectId(phone);

    noAddresses_->Show(addresses_.empty());
    noPhones_->Show(phones_.empty());
    Layout();
}

const Address* AddressesPhonesPage::selectedAddress() const
{
    const int64_t id = addressList_->selectedId();
    for (const auto& a : addresses_)
        if (a.id == id) return &a;
    return nullptr;
}

const Phone* AddressesPhonesPage::selectedPhone() const
{
    const int64_t id = phoneList_->selectedId();
    for (const auto& p : phones_)
        if (p.id == id) return &p;
    return nullptr;
}

void AddressesPhonesPage::addAddress()
{
    Address address;
    address.ownerId = clientId_;
    address.isPrimary = addresses_.empty(); // what the service will make of it anyway
    AddressDialog dialog(card(), address, [this](const Address& a) { return services::ClientService(office_).addAddress(a); });
    if (dialog.ShowModal() != wxID_OK) return;
    changed_();
    addressList_->selectId(dialog.address().id);
}

void AddressesPhonesPage::editAddress()
{
    const Address* selected = selectedAddress();
    if (!selected) return;
    const int64_t id = selected->id;
    AddressDialog dialog(
        card(), *selected, [this](const Address& a) { return services::ClientService(office_).updateAddress(a); },
        [this, id] {
            for (auto& a : services::ClientService(office_).addresses(clientId_))
                if (a.id == id) return a;
            notFound(utf8(_("Another user deleted this address meanwhile.")));
        });
    if (dialog.ShowModal() != wxID_OK) return;
    changed_();
}

void AddressesPhonesPage::deleteAddress()
{
    const Address* selected = selectedAddress();
    if (!selected) return;
    const Address address = *selected;
    if (!confirmDelete(wxString::Format(_("Delete the address \"%s\"?"), wx(address.oneLine())))) return;
    try {
        services::ClientService(office_).deleteAddress(address.id);
    } catch (const Error& e) {
        // The primary address with two or more others: the service asks which
        // one takes its place, and so does the card.
        if (e.field() != "new_primary") {
            bar_->showProblem(wx(e.what()));
            return;
        }
        std::vector<const Address*> rest;
        wxArrayString choices;
        for (const auto& a : addresses_)
            if (a.id != address.id) {
                rest.push_back(&a);
                choices.Add(wx(a.oneLine()));
            }
        wxSingleChoiceDialog ask(card(), wx(e.what()), _("Which address becomes primary?"), choices);
        if (ask.ShowModal() != wxID_OK || ask.GetSelection() < 0) return;
        const int64_t newPrimary = rest[size_t(ask.GetSelection())]->id;
        if (!attempt([&] { services::ClientService(office_).deleteAddress(address.id, newPrimary); })) return;
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return;
    }
    changed_();
}

void AddressesPhonesPage::addPhone()
{
    Phone phone;
    phone.entityId = clientId_;
    PhoneDialog dialog(card(), phone, [this](PhoneType type, const std::string& typed, bool noSms) {
        return services::ClientService(office_).addPhone(clientId_, type, typed, noSms);
    });
    if (dialog.ShowModal() != wxID_OK) return;
    changed_();
    phoneList_->selectId(dialog.phone().id);
}

void AddressesPhonesPage::editPhone()
{
    const Phone* selected = selectedPhone();
    if (!selected) return;
    PhoneDialog dialog(card(), *selected, [this, phone = *selected](PhoneType type, const std::string& typed, bool noSms) {
        Phone edited = phone;
        edited.type = type;
        edited.noSms = noSms;
        return services::ClientService(office_).updatePhone(edited, typed);
    });
    if (dialog.ShowModal() != wxID_OK) return;
    changed_();
}

void AddressesPhonesPage::deletePhone()
{
    const Phone* selected = selectedPhone();
    if (!selected) return;
    const int64_t id = selected->id;
    if (!confirmDelete(wxString::Format(_("Delete the phone %s?"), phoneForDisplay(selected->e164)))) return;
    if (attempt([&] { services::ClientService(office_).deletePhone(id); })) changed_();
}

} // namespace praklit::ui
