#pragma once
#include "domain/TaxDocument.h"
#include "domain/TransactionAccount.h"

#include <wx/panel.h>

#include <vector>

class wxButton;
class wxDataViewListCtrl;
class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class MessageBar;

// חשבונות עסקה: the client card's tab of transaction accounts (number, date,
// state, total, paid, balance) with their actions — open the PDF, issue a
// draft, cancel (the number stays, visibly cancelled), record a payment — and
// beneath, the tax invoice-receipts the payments issued.
class AccountsPanel : public wxPanel {
public:
    AccountsPanel(wxWindow* parent, services::OfficeSession& office, int64_t clientId, MessageBar* bar);

    void reload();
    const std::vector<TransactionAccount>& accounts() const { return accounts_; }
    const std::vector<TaxDocument>& invoices() const { return invoices_; }
    wxDataViewListCtrl* list() const { return list_; }
    wxDataViewListCtrl* invoiceList() const { return invoiceList_; }
    void select(int row);

    // The buttons' work on the selected account.
    void openPdf();
    void issueSelected();
    void cancelSelected();
    void paySelected();
    void taxInvoiceSelected();
    void openInvoicePdf();

private:
    const TransactionAccount* selected() const;
    void enableButtons();

    services::OfficeSession& office_;
    int64_t clientId_;
    MessageBar* bar_;
    std::vector<TransactionAccount> accounts_;
    std::vector<TaxDocument> invoices_;
    wxDataViewListCtrl* list_ = nullptr;
    wxDataViewListCtrl* invoiceList_ = nullptr;
    wxButton* pdf_ = nullptr;
    wxButton* issue_ = nullptr;
    wxButton* cancel_ = nullptr;
    wxButton* pay_ = nullptr;
    wxButton* taxInvoice_ = nullptr;
    wxButton* invoicePdf_ = nullptr;
    wxStaticText* empty_ = nullptr;
    wxStaticText* invoicesTitle_ = nullptr;
};

} // namespace praklit::ui
