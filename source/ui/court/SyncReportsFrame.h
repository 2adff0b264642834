#pragma once
#include "services/CourtService.h"

#include <wx/frame.h>

#include <vector>

class wxDataViewListCtrl;

namespace praklit::ui {

class MessageBar;

// דוחות הורדה: the office's Net HaMishpat downloads, the newest first —
// when, who, what they covered, their counts and how they ended. A report
// opens as its download's window showed it at the end (CourtSyncFrame).
class SyncReportsFrame : public wxFrame {
public:
    static SyncReportsFrame* show(wxWindow* parent, services::OfficeSession& office);

    void reload();
    void openSelected();
    wxDataViewListCtrl* list() const { return list_; }
    const std::vector<services::SyncSummary>& reports() const { return reports_; }

private:
    SyncReportsFrame(wxWindow* parent, services::OfficeSession& office);

    services::OfficeSession& office_;
    std::vector<services::SyncSummary> reports_;
    MessageBar* bar_ = nullptr;
    wxDataViewListCtrl* list_ = nullptr;
};

} // namespace praklit::ui
