#include "services/HomeService.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/widgets/OpenWindow.h"

#include "services/CaseService.h"
#include "services/ClientService.h"
#include "ui/billing/ChargesPanel.h"
#include "ui/billing/ProduceAccountDialog.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/DocumentsPanel.h"
#include "ui/office/Artwork.h"
#include "ui/office/AuditLogFrame.h"
#include "ui/court/CourtWording.h"
#include "ui/court/HearingsPanel.h"
#include "ui/sms/SendSmsDialog.h"
#include "ui/sms/SmsPanel.h"
#include "ui/sms/SmsWording.h"
#include "ui/time/TimerButton.h"
#include "ui/widgets/CardFooter.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

CaseCardFrame* CaseCardFrame::find(int64_t caseId)
{
    return openWindow<CaseCardFrame>([&](const CaseCardFrame& card) { return card.caseId() == caseId; });
}

CaseCardFrame* CaseCardFrame::showFor(wxWindow* parent, services::OfficeSession& office, int64_t caseId)
{
    CaseCardFrame* card = find(caseId);
    if (!card) card = new CaseCardFrame(parent, office, services::CaseService(office).open(caseId));
    card->Show();
    card->Raise();
    caseCardOpened(card, office, caseId); // Personal settings – time counter: "on entering a case card"
    // The main window's recent list; a card opens even when that cannot be written.
    try {
        services::HomeService(office).opened(services::HomeItem::Kind::Case, caseId);
    } catch (const std::exception&) {
    }
    return card;
}

CaseCardFrame::CaseCardFrame(wxWindow* parent, services::OfficeSession& office, Case c)
    : wxFrame(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE, "case_card"),
      office_(office), case_(std::move(c))
{
    SetIcons(appIcons());
    auto* body = new wxPanel(this);
    bar_ = new MessageBar(body);
    auto* client = new wxStaticText(body, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "client_name");
    client->SetFont(client->GetFont().Bold());
    client->SetLabel(wxString::Format(_("Client: %s"),
                                      wx(services::ClientService(office_).get(case_.clientId).displayName())));
    // The card's buttons at the top, above the tabs (UI.md).
    auto* timerButton = new TimerButton(body, office_, case_.clientId, case_.id);
    // Tabs from the start: charges, documents, and the modules' hearings and SMS.
    notebook_ = new wxNotebook(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "tabs");
    form_ = wxXmlResource::Get()->LoadPanel(notebook_, "CaseForm");
    notebook_->AddPage(form_, _("Case details"));
    notebook_->AddPage(new ChargesPanel(notebook_, office_, case_.clientId, case_.id), _("Charges"));
    notebook_->AddPage(new DocumentsPanel(notebook_, office_, case_.id), _("Documents"));
    if (courtModuleOn(office_)) {
        hearings_ = new HearingsPanel(notebook_, office_, case_.id, bar_);
        notebook_->AddPage(hearings_, _("Hearings"));
    }
    // The messages tied to this case; a module that is off has no tab and no button.
    if (smsModuleOn(office_)) {
        sms_ = new SmsPanel(notebook_, office_, case_.clientId, case_.id, bar_);
        notebook_->AddPage(sms_, _("SMS messages"));
    }
    services::CaseService cases(office_);
    fields_ = std::make_unique<CaseFields>(form_, cases.users(), cases.courts(), std::string());
    messages_ = std::make_unique<FormMessages>(form_, bar_);

    wxButton* closeButton = nullptr;
    wxButton* saveButton = nullptr;
    wxSizer* buttons = cardFooter(body, closeButton, saveButton);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(client, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    auto* produceButton = new wxButton(body, wxID_ANY, _("Produce transaction &account"), wxDefaultPosition, wxDefaultSize, 0,
                                       wxDefaultValidator, "produce_account");
    wxButton* smsButton = sendSmsButton(body, office_, case_.clientId, case_.id, bar_);
    if (smsButton) smsButton->MoveAfterInTabOrder(timerButton);
    wxWindow* before = smsButton ? static_cast<wxWindow*>(smsButton) : timerButton;
    wxButton* courtButton = downloadCourtButton(body, office_, services::SyncScope::Case, case_.id);
    if (courtButton) {
        courtButton->MoveAfterInTabOrder(before);
        before = courtButton;
    }
    produceButton->MoveAfterInTabOrder(before);
    produceButton->Bind(wxEVT_BUTTON,
                        [this](wxCommandEvent&) { produceTransactionAccount(this, office_, case_.clientId, case_.id); });
    auto* topButtons = new wxBoxSizer(wxHORIZONTAL);
    topButtons->Add(timerButton, wxSizerFlags().CenterVertical());
    if (smsButton) topButtons->Add(smsButton, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    if (courtButton) topButtons->Add(courtButton, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    topButtons->Add(produceButton, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    if (office_.can(Permission::SeeAudit)) { // a convenience: the service is the guard
        auto* history = new wxButton(body, wxID_ANY, _("&History of this record"), wxDefaultPosition, wxDefaultSize, 0,
                                     wxDefaultValidator, "record_history");
        history->MoveAfterInTabOrder(produceButton);
        history->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AuditLogFrame::showRecord(this, office_, "cases", case_.id); });
        topButtons->Add(history, wxSizerFlags().CenterVertical());
    }
    column->Add(topButtons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    column->Add(notebook_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    body->SetSizer(column);

    saveButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    closeButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && !event.HasAnyModifiers()) Close();
        else event.Skip();
    });
    saveButton->SetDefault(); // Enter in a field saves, as in a dialog

    fields_->toWindow(case_);
    showTitle();
    SetClientSize(column->ComputeFittingClientSize(this));
    SetMinSize(GetSize());
    SetSize(wxSize(std::max(GetSize().x, FromDIP(720)), GetSize().y));
    CentreOnParent();
}

void CaseCardFrame::showTitle()
{
    // TRANSLATORS: the case card's title: its number and subject
    SetTitle(wxString::Format(_("Case card — %1$s %2$s"), isolated(case_.internalNumber), wx(case_.subject)));
}

void CaseCardFrame::save()
{
    messages_->clear();
    Case edited = case_;
    fields_->fromWindow(edited);
    try {
        case_ = services::CaseService(office_).update(edited);
    } catch (const std::exception& e) {
        messages_->show(e, [this] { reload(); });
        return;
    }
    fields_->toWindow(case_);
    showTitle();
    bar_->showNote(_("Saved."));
    if (auto* client = ClientCardFrame::find(case_.clientId)) client->reloadLists();
}

void CaseCardFrame::reload()
{
    try {
        case_ = services::CaseService(office_).get(case_.id);
    } catch (const std::exception& e) {
        messages_->show(e);
        return;
    }
    messages_->clear();
    fields_->toWindow(case_);
    showTitle();
}

} // namespace praklit::ui
