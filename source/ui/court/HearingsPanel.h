#pragma once
#include "domain/Court.h"

#include <wx/panel.h>

#include <cstdint>
#include <vector>

class wxDataViewListCtrl;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class MessageBar;

// דיונים: the case card's hearings, as the court last gave them — date and
// hours, court, hall, judge (בפני), hearing type, status and whether it is
// by video. A hearing the court moved or cancelled since it first came is
// bold and marked "(changed)"; [History] shows what it was before.
class HearingsPanel : public wxPanel {
public:
    HearingsPanel(wxWindow* parent, services::OfficeSession& office, int64_t caseId, MessageBar* bar);

    void reload();
    const std::vector<Hearing>& hearings() const { return hearings_; }
    wxDataViewListCtrl* list() const { return list_; }
    // The selected hearing's earlier values, in a dialog.
    void showHistory();

    int64_t caseId() const { return caseId_; }

private:
    services::OfficeSession& office_;
    int64_t caseId_;
    MessageBar* bar_;
    std::vector<Hearing> hearings_;
    wxDataViewListCtrl* list_ = nullptr;
};

} // namespace praklit::ui
