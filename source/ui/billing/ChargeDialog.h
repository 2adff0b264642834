#pragma once
#include "domain/Case.h"
#include "domain/Charge.h"

#include <wx/dialog.h>

#include <optional>
#include <vector>

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// חיוב (forms/charge_form.xrc): a charge entered by hand — a fixed fee, an
// expense with VAT or without, or time entered after the fact — or an
// unbilled charge edited. A charge in a transaction account or billed opens
// read-only. OK asks ChargeService; a refusal keeps what was typed and shows
// the service's sentence beside the field.
class ChargeDialog : public wxDialog {
public:
    // A new charge: on the case `caseId`, or (0) on any of the client's files.
    ChargeDialog(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId);
    // An existing charge.
    ChargeDialog(wxWindow* parent, services::OfficeSession& office, const Charge& charge);

    bool readOnly() const { return readOnly_; }
    const std::optional<Charge>& saved() const { return saved_; }
    void setKind(ChargeKind kind);
    ChargeKind kind() const;
    void showMessage(const wxString& sentence, const std::string& field = {});

private:
    ChargeDialog(wxWindow* parent, services::OfficeSession& office);
    void fillCases(int64_t clientId, int64_t caseId);
    void showCharge(const Charge& charge);
    void enableForKind();
    void onOk(wxCommandEvent& event);
    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

    services::OfficeSession& office_;
    std::optional<Charge> existing_;
    std::optional<Charge> saved_;
    int64_t clientId_ = 0;
    std::vector<int64_t> caseIds_; // per choice item; 0 for the general file
    bool readOnly_ = false;
};

} // namespace praklit::ui
