#include "ui/billing/PaymentDialog.h"

#include "domain/Money.h"
#include "services/AccountService.h"
#include "text/Amount.h"
#include "text/Bidi.h"
#include "ui/billing/AccountPapers.h"
#include "ui/billing/ChargeText.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/choice.h>
#include "ui/widgets/DateField.h"
#include <wx/dateevt.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

namespace {
const PaymentMethod kMethods[] = {PaymentMethod::Transfer, PaymentMethod::Cheque, PaymentMethod::Card, PaymentMethod::Cash};
} // namespace

PaymentDialog::PaymentDialog(wxWindow* parent, services::OfficeSession& office, const TransactionAccount& account)
    : wxDialog(parent, wxID_ANY, _("Record payment"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE, "payment"),
      office_(office), account_(account)
{
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(this);
    column->Add(bar_, wxSizerFlags().Expand());

    auto* heading = new wxStaticText(this, wxID_ANY,
                                     // TRANSLATORS: %s is the transaction account's number
                                     wxString::Format(_("Transaction account %s"), isolated(account_.number)));
    heading->SetFont(heading->GetFont().Bold());
    column->Add(heading, wxSizerFlags().Border(wxALL, gap * 2));
    const wxString dot = wxString::FromUTF8("   ·   ");
    column->Add(new wxStaticText(this, wxID_ANY,
                                 wxString::Format(_("Total: %s"), moneyText(account_.totalAgorot)) + dot +
                                     wxString::Format(_("Paid: %s"), moneyText(account_.paidAgorot)) + dot +
                                     wxString::Format(_("Balance: %s"), moneyText(account_.balanceAgorot())),
                                 wxDefaultPosition, wxDefaultSize, 0, "account_amounts"),
                wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap * 2));

    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1);
    auto row = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(control, wxSizerFlags().Expand());
    };
    date_ = new DateField(this, wxID_ANY, wxDateTime::Today(), "date");
    row(_("&Date paid:"), date_);
    amount_ = new wxTextCtrl(this, wxID_ANY, wx(text::plainAmount(std::max<int64_t>(0, account_.balanceAgorot()))), wxDefaultPosition,
                             FromDIP(wxSize(160, -1)), 0, wxDefaultValidator, "amount");
    row(_("&Amount (VAT included):"), amount_);
    method_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "method");
    for (auto m : kMethods) method_->Append(paymentMethodText(m));
    method_->SetSelection(0);
    row(_("&Method:"), method_);
    cheque_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "cheque_number");
    row(_("Cheque &number:"), cheque_);
    bank_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "bank");
    row(_("&Bank:"), bank_);
    allocation_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                 "allocation_number");
    row(_("A&llocation number:"), allocation_);
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap * 2));
    threshold_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "allocation_threshold");
    column->Add(threshold_, wxSizerFlags().Border(wxALL, gap * 2));
    bool invoiced = false;
    attempt(this, [&] { invoiced = services::AccountService(office_).hasTaxInvoice(account_.id); });
    column->Add(new wxStaticText(this, wxID_ANY,
                                 invoiced ? _("Saving issues a receipt: the account's tax invoice was issued before.")
                                          : _("Saving issues a tax invoice-receipt (original and copies).")),
                wxSizerFlags().Border(wxLEFT | wxRIGHT, gap * 2));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* cancel = new wxButton(this, wxID_ANY, _("&Cancel"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "cancel");
    // Not the stock id: GTK would show its own label, in the system's language.
    cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); });
    auto* save = new wxButton(this, wxID_ANY, _("&Save"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "save");
    buttons->AddStretchSpacer();
    buttons->Add(cancel, wxSizerFlags().Border(wxALL, FromDIP(4)));
    buttons->Add(save, wxSizerFlags().Border(wxALL, FromDIP(4)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    messages_ = std::make_unique<FormMessages>(this, bar_);

    method_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { enableForMethod(); });
    date_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { showThreshold(); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->save(); });
    save->SetDefault();
    SetEscapeId(wxID_CANCEL);
    enableForMethod();
    showThreshold();
    SetSizerAndFit(column);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(520)), GetSize().y));
    CentreOnParent();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::enableForMethod()
{
    const bool cheque = kMethods[std::max(0, method_->GetSelection())] == PaymentMethod::Cheque;
    cheque_->Enable(cheque);
    bank_->Enable(cheque);
}

void PaymentDialog::showThreshold()
{
    std::optional<int64_t> threshold;
    try {
        threshold = services::AccountService(office_).allocationThresholdOn(date_->typed());
    } catch (const std::exception&) {
    }
    threshold_->SetLabel(threshold ? wxString::Format(_("An allocation number is required when the amount before VAT is above %s."),
                                                      moneyText(*threshold))
                                   : wxString());
    Layout();
}

bool PaymentDialog::save()
{
    messages_->clear();
    bar_->clear();
    const PaymentMethod method = kMethods[std::max(0, method_->GetSelection())];
    const bool cheque = method == PaymentMethod::Cheque;
    try {
        const auto agorot = agorotFromText(utf8(amount_->GetValue()), MoneyField::Payment);
        result_ = services::AccountService(office_).pay(account_.id, agorot, method, date_->typed(),
                                                        cheque ? utf8(cheque_->GetValue().Strip(wxString::both)) : std::string(),
                                                        cheque ? utf8(bank_->GetValue().Strip(wxString::both)) : std::string(),
                                                        utf8(allocation_->GetValue().Strip(wxString::both)));
    } catch (const std::exception& e) {
        messages_->show(e);
        return false;
    }
    wxString text = wx(services::paymentSentence(*result_));
    if (result_->allocationNumberMissing) text += "\n\n" + wx(services::allocationNumberWarning());
    text += "\n\n" + _("Produce the original's PDF now? It is saved in the client's documents.");
    wxMessageDialog ask(this, text, _("Praklit"), wxYES_NO | (result_->allocationNumberMissing ? wxICON_WARNING : wxICON_QUESTION));
    ask.SetYesNoLabels(_("&Produce PDF"), _("&Not now"));
    if (ask.ShowModal() == wxID_YES)
        produceInvoicePdf(this, office_, result_->invoiceReceipt.id, true);
    EndModal(wxID_OK);
    return true;
}

} // namespace praklit::ui
