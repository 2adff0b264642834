#pragma once
#include "domain/ChargeList.h"

#include <wx/panel.h>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxDataViewCtrl;
class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class DateField;

class ChargeListModel;

// חיובים: the charges tab of a case card (caseId) or a client card (caseId 0):
// a virtual list (date, user, description, minutes, billed hours, rate,
// amount, state), its totals, filters by state, kind and dates, and the
// actions on top: add a charge, edit an unbilled one (a billed one opens
// read-only).
class ChargesPanel : public wxPanel {
public:
    ChargesPanel(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId);
    ~ChargesPanel() override;

    void reload();
    ChargeFilter filter() const;
    const ChargeTotals& totals() const;
    wxString totalsText() const;
    wxDataViewCtrl* list() const { return list_; }
    ChargeListModel& model() const { return *model_; }

    // The buttons' work. Editing opens the selected charge.
    void addCharge();
    void editSelected();

private:
    void showTotals();

    services::OfficeSession& office_;
    int64_t clientId_;
    int64_t caseId_;
    ChargeListModel* model_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxChoice* state_ = nullptr;
    wxChoice* kind_ = nullptr;
    wxCheckBox* useFrom_ = nullptr;
    wxCheckBox* useTo_ = nullptr;
    DateField* from_ = nullptr;
    DateField* to_ = nullptr;
    wxButton* edit_ = nullptr;
    wxStaticText* totals_ = nullptr;
    wxStaticText* empty_ = nullptr;
    int ticket_ = 0; // a counter stopped elsewhere may have added a charge
};

} // namespace praklit::ui
