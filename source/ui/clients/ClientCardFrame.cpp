#include "services/HomeService.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/widgets/OpenWindow.h"

#include "ui/billing/AccountsPanel.h"
#include "ui/billing/ChargesPanel.h"
#include "ui/billing/ProduceAccountDialog.h"
#include "ui/clients/AddressesPhonesPage.h"
#include "ui/clients/CasesPage.h"
#include "ui/clients/ClientDetailsPage.h"
#include "ui/clients/ContactsPage.h"
#include "ui/office/Artwork.h"
#include "ui/office/AuditLogFrame.h"
#include "ui/court/CourtWording.h"
#include "ui/sms/SendSmsDialog.h"
#include "ui/sms/SmsPanel.h"
#include "ui/sms/SmsWording.h"
#include "ui/time/TimerButton.h"
#include "ui/widgets/CardFooter.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

namespace praklit::ui {

ClientCardFrame* ClientCardFrame::find(int64_t clientId)
{
    if (!clientId) return nullptr;
    return openWindow<ClientCardFrame>([&](const ClientCardFrame& card) { return card.clientId() == clientId; });
}

ClientCardFrame* ClientCardFrame::showFor(wxWindow* parent, services::OfficeSession& office, int64_t clientId)
{
    ClientCardFrame* card = find(clientId);
    if (!card) card = new ClientCardFrame(parent, office, services::ClientService(office).card(clientId));
    card->Show();
    card->Raise();
    // The main window's recent list; a card opens even when that cannot be written.
    try {
        services::HomeService(office).opened(services::HomeItem::Kind::Client, clientId);
    } catch (const std::exception&) {
    }
    return card;
}

ClientCardFrame* ClientCardFrame::showNew(wxWindow* parent, services::OfficeSession& office)
{
    auto* card = new ClientCardFrame(parent, office, services::ClientCard{});
    card->Show();
    card->Raise();
    return card;
}

ClientCardFrame::ClientCardFrame(wxWindow* parent, services::OfficeSession& office, services::ClientCard card)
    : wxFrame(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE, "client_card"),
      office_(office), card_(std::move(card))
{
    SetIcons(appIcons());
    auto* body = new wxPanel(this);
    bar_ = new MessageBar(body);
    notebook_ = new wxNotebook(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "tabs");
    details_ = new ClientDetailsPage(notebook_);
    notebook_->AddPage(details_, _("General details"));
    messages_ = std::make_unique<FormMessages>(details_, bar_);

    wxButton* closeButton = nullptr;
    wxButton* saveButton = nullptr;
    wxSizer* buttons = cardFooter(body, closeButton, saveButton);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(notebook_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    body->SetSizer(column);

    saveButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    closeButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    saveButton->SetDefault(); // Enter in a field of the details saves, as in a dialog
    Bind(wxEVT_CLOSE_WINDOW, &ClientCardFrame::onClose, this);
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && !event.HasAnyModifiers()) Close();
        else event.Skip();
    });

    SetSize(FromDIP(wxSize(860, 560)));
    SetMinSize(FromDIP(wxSize(620, 420)));
    details_->show(card_.client);
    if (clientId()) addRecordTabs();
    showTitle();
    CentreOnParent();
}

void ClientCardFrame::addRecordTabs()
{
    auto changed = [this] { reloadLists(); };
    addressesPhones_ = new AddressesPhonesPage(notebook_, office_, clientId(), bar_, changed);
    contacts_ = new ContactsPage(notebook_, office_, clientId(), bar_, changed);
    cases_ = new CasesPage(notebook_, office_, clientId(), bar_, changed);
    notebook_->AddPage(addressesPhones_, _("Addresses and phones"));
    notebook_->AddPage(contacts_, _("Contacts"));
    notebook_->AddPage(cases_, _("Cases"));
    notebook_->AddPage(new ChargesPanel(notebook_, office_, clientId(), 0), _("Charges"));
    // A module that is off has no tab and no button.
    if (smsModuleOn(office_)) {
        sms_ = new SmsPanel(notebook_, office_, clientId(), 0, bar_);
        notebook_->AddPage(sms_, _("SMS messages"));
    }
    notebook_->AddPage(new AccountsPanel(notebook_, office_, clientId(), bar_), _("Transaction accounts"));
    // The card's buttons at the top, above the tabs (UI.md); a client not yet
    // stored has no cases to count time on.
    auto* timerButton = new TimerButton(notebook_->GetParent(), office_, clientId(), 0);
    timerButton->MoveBeforeInTabOrder(notebook_);
    wxButton* smsButton = sendSmsButton(notebook_->GetParent(), office_, clientId(), 0, bar_);
    if (smsButton) smsButton->MoveAfterInTabOrder(timerButton);
    wxWindow* before = smsButton ? static_cast<wxWindow*>(smsButton) : timerButton;
    // הורד מסמכי נט המשפט: the client's cases.
    wxButton* courtButton = downloadCourtButton(notebook_->GetParent(), office_, services::SyncScope::Client, clientId());
    if (courtButton) {
        courtButton->MoveAfterInTabOrder(before);
        before = courtButton;
    }
    auto* produceButton = new wxButton(notebook_->GetParent(), wxID_ANY, _("Produce transaction &account"), wxDefaultPosition,
                                       wxDefaultSize, 0, wxDefaultValidator, "produce_account");
    produceButton->MoveAfterInTabOrder(before);
    produceButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { produceTransactionAccount(this, office_, clientId()); });
    auto* topButtons = new wxBoxSizer(wxHORIZONTAL);
    topButtons->Add(timerButton, wxSizerFlags().CenterVertical());
    if (smsButton) topButtons->Add(smsButton, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    if (courtButton) topButtons->Add(courtButton, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    topButtons->Add(produceButton, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    if (office_.can(Permission::SeeAudit)) { // a convenience: the service is the guard
        auto* history = new wxButton(notebook_->GetParent(), wxID_ANY, _("&History of this record"), wxDefaultPosition,
                                     wxDefaultSize, 0, wxDefaultValidator, "record_history");
        history->MoveAfterInTabOrder(produceButton);
        history->Bind(wxEVT_BUTTON,
                      [this](wxCommandEvent&) { AuditLogFrame::showRecord(this, office_, "entities", clientId()); });
        topButtons->Add(history, wxSizerFlags().CenterVertical());
    }
    notebook_->GetContainingSizer()->Insert(1, topButtons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    notebook_->GetParent()->Layout();
    for (CardPage* page : std::initializer_list<CardPage*>{addressesPhones_, contacts_, cases_}) page->show(card_);
}

void ClientCardFrame::showTitle()
{
    // TRANSLATORS: the client card's title; %s is the client's name
    SetTitle(wxString::Format(_("Client card — %s"), clientId() ? wx(card_.client.displayName()) : _("new client")));
}

bool ClientCardFrame::save()
{
    messages_->clear();
    const Client edited = details_->edited(card_.client);
    const bool isNew = clientId() == 0;
    try {
        services::ClientService clients(office_);
        card_.client = isNew ? clients.add(edited) : clients.update(edited);
    } catch (const std::exception& e) {
        messages_->show(e, [this] { reload(); });
        return false;
    }
    details_->show(card_.client);
    if (isNew) addRecordTabs();
    showTitle();
    bar_->showNote(_("Saved."));
    return true;
}

void ClientCardFrame::reload()
{
    try {
        card_ = services::ClientService(office_).refreshCard(clientId());
    } catch (const std::exception& e) {
        messages_->show(e);
        return;
    }
    messages_->clear();
    details_->show(card_.client);
    for (CardPage* page : std::initializer_list<CardPage*>{addressesPhones_, contacts_, cases_}) page->show(card_);
    showTitle();
}

void ClientCardFrame::reloadLists()
{
    if (!clientId()) return;
    services::ClientCard fresh;
    try {
        fresh = services::ClientService(office_).refreshCard(clientId());
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return;
    }
    // The client row itself is the details tab's: keep the one it was read as,
    // so a save there still detects changes made meanwhile.
    fresh.client = card_.client;
    card_ = std::move(fresh);
    for (CardPage* page : std::initializer_list<CardPage*>{addressesPhones_, contacts_, cases_}) page->show(card_);
}

void ClientCardFrame::onClose(wxCloseEvent& event)
{
    if (event.CanVeto() && details_->modified(card_.client)) {
        wxMessageDialog ask(this, _("The general details have changes that are not saved. Save them?"), _("Praklit"),
                            wxYES_NO | wxCANCEL | wxICON_QUESTION);
        ask.SetYesNoCancelLabels(_("&Save"), _("&Discard"), _("&Cancel"));
        const int answer = ask.ShowModal();
        if (answer == wxID_CANCEL || (answer == wxID_YES && !save())) {
            event.Veto();
            return;
        }
    }
    Destroy();
}

} // namespace praklit::ui
