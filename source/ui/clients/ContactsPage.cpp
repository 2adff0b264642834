#include "ui/clients/ContactsPage.h"

#include "domain/Error.h"
#include "ui/clients/ContactDialog.h"
#include "ui/sms/SendSmsDialog.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {

wxString nameOf(const Contact& c) { return wx(c.displayName()); }

} // namespace

ContactsPage::ContactsPage(wxWindow* parent, services::OfficeSession& office, int64_t clientId, MessageBar* bar,
                           std::function<void()> changed)
    : CardPage(parent, "contacts", office, clientId, bar, std::move(changed))
{
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actionButton(actions, _("&Add"), "add_contact", [this] { addContact(); });
    actionButton(actions, _("&Edit"), "edit_contact", [this] { editContact(); });
    actionButton(actions, _("&Delete"), "delete_contact", [this] { deleteContact(); });
    // A module that is off has no button.
    if (canSendSms(office_)) sms_ = actionButton(actions, _("&SMS"), "sms_contact", [this] { smsContact(); });

    list_ = new RecordList(this, "contacts");
    list_->textColumn(_("Role"), FromDIP(110));
    list_->textColumn(_("Name"), FromDIP(170));
    list_->textColumn(_("Phones"), FromDIP(130));
    list_->textColumn(_("E-mail"), FromDIP(170));
    // TRANSLATORS: short column title: the contact is an addressee for transaction accounts
    list_->AppendToggleColumn(_("Transaction accounts"), wxDATAVIEW_CELL_INERT, FromDIP(120), wxALIGN_CENTER);
    // TRANSLATORS: short column title: the contact is an addressee for invoices and receipts
    list_->AppendToggleColumn(_("Invoices and receipts"), wxDATAVIEW_CELL_INERT, FromDIP(120), wxALIGN_CENTER);
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { editContact(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        if (sms_) sms_->Enable(list_->selectedId() != 0);
    });
    empty_ = emptyNote(_("No contacts yet: add one with [Add]."));

    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(actions, wxSizerFlags().Border(wxALL, gap - 3));
    column->Add(empty_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(column);

    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE && !event.HasAnyModifiers() &&
            (FindFocus() == list_ || list_->IsDescendant(FindFocus())))
            return deleteContact();
        event.Skip();
    });
}

void ContactsPage::show(const services::ClientCard& card)
{
    const int64_t selected = list_->selectedId();
    contacts_ = card.contacts;
    phones_ = card.contactPhones;
    list_->clearRows();
    for (const auto& c : contacts_) {
        wxString phones;
        for (const auto& p : phones_)
            if (p.contactId == c.id) phones += (phones.empty() ? "" : ", ") + phoneForDisplay(p.e164);
        list_->addRow(c.id, {wx(c.roleName), nameOf(c), phones, isolated(c.email), wxVariant(c.addresseeForAccounts),
                             wxVariant(c.addresseeForInvoices)});
    }
    list_->selectId(selected);
    if (sms_) sms_->Enable(list_->selectedId() != 0);
    empty_->Show(contacts_.empty());
    Layout();
}

std::optional<Phone> ContactsPage::mobileOf(int64_t contactId)
{
    // Read again rather than remembered: a first save may have stored it.
    for (const auto& p : services::ClientService(office_).refreshCard(clientId_).contactPhones)
        if (p.contactId == contactId && p.type == PhoneType::Mobile) return p;
    return std::nullopt;
}

void ContactsPage::save(Contact& contact, const std::string& roleName, const std::string& typedMobile)
{
    if (contact.id == 0) contact.clientId = clientId_;
    contact = services::ClientService(office_).saveContact(contact, roleName, typedMobile);
}

std::unique_ptr<ContactDialog> ContactsPage::makeDialog(const Contact& contact)
{
    ContactDialog::Services services;
    services.save = [this](Contact& c, const std::string& role, const std::string& mobile) { save(c, role, mobile); };
    services.roles = [this] {
        std::vector<std::string> names;
        for (const auto& role : services::ClientService(office_).roles()) names.push_back(role.name);
        return names;
    };
    services.addRole = [this](const std::string& name) { return services::ClientService(office_).addRole(name).name; };
    std::string mobile;
    if (contact.id) {
        const int64_t id = contact.id;
        if (const auto phone = mobileOf(id)) mobile = displayPhoneNumber(phone->e164);
        services.load = [this, id] {
            for (auto& c : services::ClientService(office_).contacts(clientId_))
                if (c.id == id) {
                    const auto phone = mobileOf(id);
                    return std::make_pair(c, phone ? displayPhoneNumber(phone->e164) : std::string());
                }
            notFound(utf8(_("Another user deleted this contact meanwhile.")));
        };
    }
    return std::make_unique<ContactDialog>(card(), contact, mobile, std::move(services));
}

void ContactsPage::addContact()
{
    Contact contact;
    contact.clientId = clientId_;
    auto dialog = makeDialog(contact);
    const int answer = dialog->ShowModal();
    // Saved once even when a later step was refused and the person gave up.
    if (answer == wxID_OK || dialog->contact().id) changed_();
    if (dialog->contact().id) list_->selectId(dialog->contact().id);
}

void ContactsPage::editContact()
{
    const int64_t id = list_->selectedId();
    for (const auto& c : contacts_)
        if (c.id == id) {
            auto dialog = makeDialog(c);
            dialog->ShowModal();
            changed_(); // a refused phone after a saved contact is still a change
            return;
        }
}

void ContactsPage::smsContact()
{
    const int64_t id = list_->selectedId();
    if (id) openSendSms(this, office_, clientId_, 0, id, bar_);
}

void ContactsPage::deleteContact()
{
    const int64_t id = list_->selectedId();
    for (const auto& c : contacts_)
        if (c.id == id) {
            if (!confirmDelete(wxString::Format(_("Delete the contact %s?"), nameOf(c)))) return;
            if (attempt([&] { services::ClientService(office_).deleteContact(id); })) changed_();
            return;
        }
}

} // namespace praklit::ui
