#pragma once
#include "services/CourtService.h"

#include <wx/frame.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <thread>

class wxButton;
class wxDataViewListCtrl;
class wxGauge;
class wxStaticText;

namespace praklit::ui {

class MessageBar;

// הורדת מסמכי נט המשפט: the window following a download — each case with
// its state (waiting, downloading, done, failed and why, skipped and why)
// and its new documents and hearings, an overall bar, and [Stop], which
// stops after the document in hand. The download runs on a thread of its
// own with its own session as the signed-in user (the service's workers
// have theirs), so every other window stays usable. At the end the window
// becomes the download's summary; a report reopened from the reports list
// is shown in the same window.
class CourtSyncFrame : public wxFrame {
public:
    // Starts a download with the card's code; one at a time in a Praklit.
    static CourtSyncFrame* start(wxWindow* parent, services::OfficeSession& office, services::SyncScope scope,
                                 int64_t id, std::string pin);
    static CourtSyncFrame* showReport(wxWindow* parent, services::OfficeSession& office, int64_t syncId);
    // The window of the download running now, if any.
    static CourtSyncFrame* running();

    ~CourtSyncFrame() override;

    bool busy() const { return busy_; }
    void stop();
    // The download's id once it has begun (0 before, and when it did not).
    int64_t syncId() const { return summary_.id; }
    const services::SyncSummary& summary() const { return summary_; }
    wxDataViewListCtrl* cases() const { return cases_; }
    wxGauge* gauge() const { return gauge_; }
    wxStaticText* status() const { return status_; }
    MessageBar* bar() const { return bar_; }
    // How many times the list was brought up to date while running: for tests.
    int64_t updates() const { return updates_; }

    struct Shared;
    struct Outcome;

private:
    CourtSyncFrame(wxWindow* parent, services::OfficeSession& office, services::SyncScope scope, int64_t id);
    void run(std::string pin);
    void show(const services::CaseSyncProgress& p);
    void showCounts();
    void finished(const Outcome& outcome);
    void showSummary(const services::SyncSummary& s);
    void tryAgain();
    void openSelectedCase();

    services::OfficeSession& office_;
    services::SyncScope scope_;
    int64_t scopeId_;
    std::shared_ptr<Shared> shared_;
    std::thread worker_;
    bool busy_ = false;
    bool closeWhenDone_ = false;
    services::SyncSummary summary_;
    std::map<int64_t, services::CaseSyncProgress> shown_; // by case
    std::map<int64_t, unsigned> rows_;                    // case → its row
    std::vector<int64_t> caseOfRow_;
    int64_t updates_ = 0;
    wxWindow* body_ = nullptr;
    MessageBar* bar_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxDataViewListCtrl* cases_ = nullptr;
    wxButton* stop_ = nullptr;
    wxButton* again_ = nullptr;
    wxButton* close_ = nullptr;
};

} // namespace praklit::ui
