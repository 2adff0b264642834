#pragma once
// טבלאות מע"מ ומספרי הקצאה: the VAT rates and the allocation-number
// thresholds, each in force from a date on.
#include "domain/TransactionAccount.h"

#include <wx/dialog.h>

#include <memory>
#include <vector>

class wxDataViewListCtrl;
class wxTextCtrl;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class DateField;

class FormMessages;
class MessageBar;

// Tools → VAT and allocation tables. Each [Add / update] stores one row
// through AccountService at once; a refused value's sentence shows beneath
// its field and nothing is stored.
class DatedTablesDialog : public wxDialog {
public:
    DatedTablesDialog(wxWindow* parent, services::OfficeSession& office);
    ~DatedTablesDialog() override;

    bool addVatRate();   // true when stored (the list then shows it)
    bool addThreshold(); // likewise
    FormMessages& vatMessages() { return *vatMessages_; }
    FormMessages& thresholdMessages() { return *thresholdMessages_; }

private:
    void showTables();

    services::OfficeSession& office_;
    MessageBar* bar_ = nullptr;
    std::unique_ptr<FormMessages> vatMessages_;
    std::unique_ptr<FormMessages> thresholdMessages_;
    wxDataViewListCtrl* vatList_ = nullptr;
    DateField* vatDate_ = nullptr;
    wxTextCtrl* rate_ = nullptr;
    wxDataViewListCtrl* thresholdList_ = nullptr;
    DateField* thresholdDate_ = nullptr;
    wxTextCtrl* amount_ = nullptr;
    std::vector<DatedValue> rates_;      // as the lists show them
    std::vector<DatedValue> thresholds_;
};

} // namespace praklit::ui
