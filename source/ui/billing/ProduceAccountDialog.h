#pragma once
#include "domain/Case.h"
#include "domain/ChargeList.h"
#include "domain/TransactionAccount.h"
#include "domain/User.h"
#include "services/AccountService.h"

#include <wx/dataview.h>
#include <wx/dialog.h>

#include <optional>
#include <set>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxRadioBox;
class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class DateField;

class MessageBar;

// The unbilled charges shown for ticking: the filter's rows, each with a box.
// What is unticked is remembered by charge, so a filter changed and changed
// back keeps the choice.
class ChargePickModel : public wxDataViewVirtualListModel {
public:
    enum Column { Ticked, Date, Case, User, Kind, Description, Amount, ColumnCount };
    ChargePickModel() : wxDataViewVirtualListModel(0) {}

    void show(std::vector<ChargeRow> rows);
    const std::vector<ChargeRow>& rows() const { return rows_; }
    bool ticked(unsigned row) const;
    void setTicked(unsigned row, bool ticked);
    std::vector<int64_t> tickedIds() const;
    std::vector<AccountLineAmount> tickedAmounts() const;

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant& value, unsigned row, unsigned column) override;
    bool IsEnabledByRow(unsigned, unsigned) const override { return true; }

private:
    std::vector<ChargeRow> rows_;
    std::set<int64_t> unticked_;
};

// [הפק חשבון עסקה] from a client card (caseId 0) or a case card: the
// client's unbilled charges to tick (all by default), filters by case, dates,
// user and kind, the account's date and how time lines read, the subtotal,
// VAT at the rate in force that day and the total as the boxes change, and
// who the account goes to. [Save draft] makes a draft; [Produce] makes and
// issues it; either then offers its PDF.
class ProduceAccountDialog : public wxDialog {
public:
    ProduceAccountDialog(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId = 0);

    ChargePickModel& model() const { return *model_; }
    wxDataViewCtrl* list() const { return list_; }
    MessageBar* messageBar() const { return bar_; }
    // The preview: what the service will compute on save.
    const TransactionAccount& preview() const { return preview_; }
    wxString totalsText() const;
    bool hasPrimaryAddress() const;
    // The account made, once [Save draft] or [Produce] succeeded.
    const std::optional<TransactionAccount>& made() const { return made_; }

    void reload();     // the filters changed
    void updateTotals(); // a box, or the date, changed
    bool saveDraft();  // the buttons' work; true when the dialog closed
    bool produce();

private:
    // The dialog top to bottom: who it goes to, which charges, the list of
    // them, the account's own choices, and its buttons.
    wxSizer* addresseesPart();
    wxSizer* filtersPart(int64_t caseId);
    wxDataViewCtrl* chargesList();
    wxSizer* ticksPart();
    wxSizer* accountPart();
    wxSizer* buttonsPart();

    ChargeFilter filter() const;
    std::string accountDate() const;
    // The ticked charges as a draft, or produced and issued in one service call.
    std::optional<TransactionAccount> make(bool issue);
    void finish(const TransactionAccount& account);

    services::OfficeSession& office_;
    int64_t clientId_;
    std::vector<Case> cases_;
    std::vector<User> users_;
    std::vector<services::Addressee> addressees_;
    TransactionAccount preview_;
    std::optional<TransactionAccount> made_;
    ChargePickModel* model_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    MessageBar* bar_ = nullptr;
    wxChoice* case_ = nullptr;
    wxChoice* user_ = nullptr;
    wxChoice* kind_ = nullptr;
    wxCheckBox* useFrom_ = nullptr;
    wxCheckBox* useTo_ = nullptr;
    DateField* from_ = nullptr;
    DateField* to_ = nullptr;
    DateField* date_ = nullptr;
    wxRadioBox* timeLines_ = nullptr;
    wxStaticText* totals_ = nullptr;
    wxStaticText* count_ = nullptr;
};

// The cards' button: runs the dialog, then lets the client card's tabs
// (accounts, charges) read again. True when an account was made.
bool produceTransactionAccount(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId = 0);

} // namespace praklit::ui
