#include "ui/billing/AccountsPanel.h"

#include "services/AccountService.h"
#include "ui/billing/AccountPapers.h"
#include "ui/billing/ChargeText.h"
#include "ui/billing/PaymentDialog.h"
#include "ui/time/TimerNotices.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

AccountsPanel::AccountsPanel(wxWindow* parent, services::OfficeSession& office, int64_t clientId, MessageBar* bar)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "accounts_panel"), office_(office),
      clientId_(clientId), bar_(bar)
{
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto button = [&](const wxString& label, const char* name) {
        auto* b = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
        top->Add(b, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap / 2));
        return b;
    };
    pdf_ = button(_("Open &PDF"), "open_pdf");
    issue_ = button(_("&Issue"), "issue_account");
    cancel_ = button(_("Ca&ncel account"), "cancel_account");
    pay_ = button(_("&Record payment"), "record_payment");
    taxInvoice_ = button(_("&Tax invoice before payment"), "tax_invoice");
    column->Add(top, wxSizerFlags().Border(wxALL, gap));

    const auto number = static_cast<wxAlignment>(numberAlignment(this));
    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 200)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("accounts");
    list_->AppendTextColumn(_("Number"), wxDATAVIEW_CELL_INERT, FromDIP(90));
    list_->AppendTextColumn(_("Date"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    list_->AppendTextColumn(_("State"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    list_->AppendTextColumn(_("Total"), wxDATAVIEW_CELL_INERT, FromDIP(120), number);
    list_->AppendTextColumn(_("Paid"), wxDATAVIEW_CELL_INERT, FromDIP(120), number);
    list_->AppendTextColumn(_("Balance"), wxDATAVIEW_CELL_INERT, FromDIP(120), number);
    column->Add(list_, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, gap));
    empty_ = new wxStaticText(this, wxID_ANY,
                              _("No transaction accounts yet. Use [Produce transaction account] at the top of the card."),
                              wxDefaultPosition, wxDefaultSize, 0, "accounts_empty");
    column->Add(empty_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));

    auto* invoicesTop = new wxBoxSizer(wxHORIZONTAL);
    invoicesTitle_ = new wxStaticText(this, wxID_ANY, _("Tax invoice-receipts"));
    invoicesTitle_->SetFont(invoicesTitle_->GetFont().Bold());
    invoicesTop->Add(invoicesTitle_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    invoicePdf_ = new wxButton(this, wxID_ANY, _("Open in&voice PDF (copy)"), wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "open_invoice_pdf");
    invoicesTop->Add(invoicePdf_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    column->Add(invoicesTop, wxSizerFlags().Border(wxALL, gap));
    invoiceList_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 120)), wxDV_SINGLE | wxDV_ROW_LINES);
    invoiceList_->SetName("invoices");
    invoiceList_->AppendTextColumn(_("Document"), wxDATAVIEW_CELL_INERT, FromDIP(150));
    invoiceList_->AppendTextColumn(_("Number"), wxDATAVIEW_CELL_INERT, FromDIP(90));
    invoiceList_->AppendTextColumn(_("Date"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    invoiceList_->AppendTextColumn(_("Before VAT"), wxDATAVIEW_CELL_INERT, FromDIP(120), number);
    invoiceList_->AppendTextColumn(_("VAT"), wxDATAVIEW_CELL_INERT, FromDIP(110), number);
    invoiceList_->AppendTextColumn(_("Total"), wxDATAVIEW_CELL_INERT, FromDIP(120), number);
    invoiceList_->AppendTextColumn(_("Allocation number"), wxDATAVIEW_CELL_INERT, FromDIP(130));
    column->Add(invoiceList_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(column);

    pdf_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openPdf(); });
    issue_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { issueSelected(); });
    cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancelSelected(); });
    pay_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { paySelected(); });
    taxInvoice_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { taxInvoiceSelected(); });
    invoicePdf_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openInvoicePdf(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { enableButtons(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openPdf(); });
    invoiceList_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { enableButtons(); });
    invoiceList_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openInvoicePdf(); });
    reload();
}

void AccountsPanel::reload()
{
    const int was = list_->GetSelectedRow();
    attempt(this, [&] {
        services::AccountService accounts(office_);
        accounts_ = accounts.forClient(clientId_);
        invoices_ = accounts.invoices(clientId_);
    });
    list_->DeleteAllItems();
    for (const auto& a : accounts_) {
        wxVector<wxVariant> row;
        row.push_back(a.number.empty() ? wxString::FromUTF8("—") : isolated(a.number));
        row.push_back(displayDate(a.accountDate));
        row.push_back(accountStateText(a.state));
        row.push_back(moneyText(a.totalAgorot));
        row.push_back(moneyText(a.paidAgorot));
        row.push_back(a.state == AccountState::Cancelled ? wxString() : moneyText(a.balanceAgorot()));
        list_->AppendItem(row);
    }
    invoiceList_->DeleteAllItems();
    for (const auto& d : invoices_) {
        wxVector<wxVariant> row;
        row.push_back(wx(taxDocumentKindName(d.kind)));
        row.push_back(isolated(std::to_string(d.number)));
        row.push_back(displayDate(d.issuedOn));
        row.push_back(moneyText(d.amountBeforeVatAgorot));
        row.push_back(moneyText(d.vatAgorot));
        row.push_back(moneyText(d.totalAgorot));
        row.push_back(d.allocationNumber.empty() ? wxString() : isolated(d.allocationNumber));
        invoiceList_->AppendItem(row);
    }
    empty_->Show(accounts_.empty());
    // Measured by wx, not asked of GTK: a label sized while its tab was
    // hidden kept its regular (not bold) width and cut the title off.
    for (wxStaticText* label : {empty_, invoicesTitle_}) {
        const wxSize text = label->GetTextExtent(label->GetLabel());
        label->SetMinSize(wxSize(std::max(text.x + FromDIP(4), label->GetBestSize().x), -1));
    }
    if (was >= 0 && was < static_cast<int>(accounts_.size())) list_->SelectRow(was);
    enableButtons();
    Layout();
}

void AccountsPanel::select(int row)
{
    list_->UnselectAll();
    if (row >= 0 && row < static_cast<int>(accounts_.size())) list_->SelectRow(row);
    enableButtons();
}

const TransactionAccount* AccountsPanel::selected() const
{
    const int row = list_->GetSelectedRow();
    return row >= 0 && row < static_cast<int>(accounts_.size()) ? &accounts_[row] : nullptr;
}

void AccountsPanel::enableButtons()
{
    const TransactionAccount* a = selected();
    pdf_->Enable(a != nullptr);
    issue_->Enable(a && a->state == AccountState::Draft);
    cancel_->Enable(a && (a->state == AccountState::Draft || a->state == AccountState::Issued) && a->paidAgorot == 0);
    pay_->Enable(a && a->state == AccountState::Issued && a->balanceAgorot() > 0);
    bool invoiced = false;
    for (const auto& d : invoices_)
        if (a && d.accountId == a->id && d.kind == "invoice") invoiced = true;
    taxInvoice_->Enable(a && a->state == AccountState::Issued && a->paidAgorot == 0 && !invoiced);
    invoicePdf_->Enable(invoiceList_->GetSelectedRow() != wxNOT_FOUND);
}

void AccountsPanel::openPdf()
{
    if (const TransactionAccount* a = selected()) produceAccountPdf(this, office_, a->id);
}

void AccountsPanel::issueSelected()
{
    const TransactionAccount* a = selected();
    if (!a) return;
    TransactionAccount issued;
    if (!attempt(this, [&] { issued = services::AccountService(office_).issue(a->id); })) return;
    reload();
    TimerNotices::changed(); // the charges tabs: billed now
    // TRANSLATORS: %s is the account's number
    if (bar_) bar_->showNote(wxString::Format(_("Transaction account %s is issued."), isolated(issued.number)));
}

void AccountsPanel::cancelSelected()
{
    const TransactionAccount* a = selected();
    if (!a) return;
    const wxString what = a->number.empty() ? _("this draft") : wxString::Format(_("transaction account %s"), isolated(a->number));
    wxMessageDialog ask(this,
                        wxString::Format(_("Cancel %s? Its charges return to the unbilled ones; an issued account's number "
                                           "stays used, marked cancelled."),
                                         what),
                        _("Praklit"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("Cancel the &account"), _("&Keep it"));
    if (ask.ShowModal() != wxID_YES) return;
    const int64_t id = a->id;
    if (!attempt(this, [&] { services::AccountService(office_).cancel(id); })) return;
    reload();
    TimerNotices::changed(); // the charges tabs: unbilled again
}

void AccountsPanel::paySelected()
{
    const TransactionAccount* a = selected();
    if (!a) return;
    PaymentDialog dialog(this, office_, *a);
    if (dialog.ShowModal() == wxID_OK) reload();
}

void AccountsPanel::taxInvoiceSelected()
{
    const TransactionAccount* a = selected();
    if (!a) return;
    bool missing = false;
    TaxDocument invoice;
    const int64_t id = a->id;
    if (!attempt(this, [&] { invoice = services::AccountService(office_).issueTaxInvoice(id, {}, {}, &missing); })) return;
    reload();
    // TRANSLATORS: %s is the tax invoice's number
    wxString note = wxString::Format(_("Tax invoice %s is issued; payments against it will issue receipts."),
                                     isolated(std::to_string(invoice.number)));
    if (missing) note += " " + _("Its amount before VAT is above the threshold in force: it needs an allocation number.");
    if (bar_) bar_->showNote(note);
    produceInvoicePdf(this, office_, invoice.id, true);
}

void AccountsPanel::openInvoicePdf()
{
    const int row = invoiceList_->GetSelectedRow();
    if (row < 0 || row >= static_cast<int>(invoices_.size())) return;
    produceInvoicePdf(this, office_, invoices_[row].id, false);
}

} // namespace praklit::ui
