#pragma once
#include "services/HomeService.h"
#include "ui/widgets/BackgroundReader.h"

#include <wx/panel.h>

#include <chrono>
#include <vector>

class wxChoice;
class wxDataViewListCtrl;
class wxSizer;
class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// The main window's body: the clients and cases the user opened last (or,
// while the top bar's quick search holds text, what it finds), the user's
// time counters, the office's SMS scheduled for today (only while the SMS
// module is on), the upcoming hearings and what is new from court (only
// while Net HaMishpat is on), and a line about the office. Each part reads only what it
// shows, in the background (BackgroundReader), so the window never waits
// for the database.
class HomePanel : public wxPanel {
public:
    HomePanel(wxWindow* parent, services::OfficeSession& office);

    // Reads everything again (back from a card, or another office opened).
    void showOffice();
    // What the quick search box holds: empty shows the recent ones again.
    void quickSearch(const wxString& text);
    // The selected line's card (the first line's when none is selected).
    void openSelected();
    // Enter in the quick search box: the first line found opens, once the
    // search typed is answered.
    void openWhenRead();

    wxDataViewListCtrl* items() const { return items_; }
    wxDataViewListCtrl* counters() const { return counters_; }
    // Shown only while the SMS module is on.
    wxDataViewListCtrl* scheduledSms() const { return sms_; }
    // Shown only while the Net HaMishpat module is on.
    wxDataViewListCtrl* upcomingHearings() const { return hearings_; }
    wxDataViewListCtrl* newFromCourt() const { return unread_; }
    wxChoice* hearingsLawyer() const { return lawyer_; }
    // Reads the hearings and the court's new documents again (a lawyer chosen, a download ended).
    void readCourt();
    // Reads asked for and not answered yet: for tests.
    bool reading() const { return reader_.busy(); }

private:
    void showItems(std::vector<services::HomeItem> items, const wxString& problem);
    void wrapNote();
    void readScheduledSms();
    void showCourt(bool on);

    services::OfficeSession& office_;
    BackgroundReader reader_;
    wxStaticText* heading_ = nullptr;
    wxDataViewListCtrl* items_ = nullptr;
    wxDataViewListCtrl* counters_ = nullptr;
    std::vector<int64_t> counterIds_;
    wxStaticText* smsHeading_ = nullptr;
    wxDataViewListCtrl* sms_ = nullptr;
    std::vector<int64_t> smsClientIds_;
    wxSizer* courtRow_ = nullptr;
    wxStaticText* hearingsHeading_ = nullptr;
    wxDataViewListCtrl* hearings_ = nullptr;
    std::vector<int64_t> hearingCases_;
    wxChoice* lawyer_ = nullptr;
    std::vector<int64_t> lawyerIds_;
    wxStaticText* unreadHeading_ = nullptr;
    wxDataViewListCtrl* unread_ = nullptr;
    std::chrono::steady_clock::time_point courtReadAt_{};
    wxStaticText* summary_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxString noteText_;
    std::vector<services::HomeItem> shown_;
    wxString searched_;
    uint64_t asked_ = 0; // the latest quick search or recent list asked for
    uint64_t answered_ = 0;
    bool openWhenAnswered_ = false;
};

} // namespace praklit::ui
