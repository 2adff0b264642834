#pragma once
#include "domain/TransactionAccount.h"
#include "services/AccountService.h"

#include <wx/dialog.h>

#include <memory>
#include <optional>

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class DateField;

class FormMessages;
class MessageBar;

// [רשום תשלום]: a payment against a transaction account — date, amount (the
// balance unless changed), method (transfer, cheque with its number and
// bank, card, cash) and the invoice's allocation number (מספר הקצאה). Saving
// issues a tax invoice-receipt; the dialog then warns when the allocation
// number was required and missing, and offers the original's PDF.
class PaymentDialog : public wxDialog {
public:
    PaymentDialog(wxWindow* parent, services::OfficeSession& office, const TransactionAccount& account);
    ~PaymentDialog() override;

    bool save(); // [Save]; true when recorded (the dialog then closed)
    const std::optional<services::PaymentResult>& result() const { return result_; }
    MessageBar* messageBar() const { return bar_; }
    FormMessages& messages() { return *messages_; }

private:
    void enableForMethod();
    void showThreshold();

    services::OfficeSession& office_;
    TransactionAccount account_;
    std::optional<services::PaymentResult> result_;
    MessageBar* bar_ = nullptr;
    std::unique_ptr<FormMessages> messages_;
    DateField* date_ = nullptr;
    wxTextCtrl* amount_ = nullptr;
    wxChoice* method_ = nullptr;
    wxTextCtrl* cheque_ = nullptr;
    wxTextCtrl* bank_ = nullptr;
    wxTextCtrl* allocation_ = nullptr;
    wxStaticText* threshold_ = nullptr;
};

} // namespace praklit::ui
