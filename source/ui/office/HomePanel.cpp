#include "ui/office/HomePanel.h"

#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/CourtService.h"
#include "services/SmsService.h"
#include "services/TimerService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/court/CourtWording.h"
#include "ui/court/HearingsPanel.h"
#include "ui/sms/SmsPanel.h"
#include "ui/sms/SmsWording.h"
#include "ui/time/TimerPlaces.h"
#include "ui/time/TimersDialog.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <array>
#include <utility>

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {

constexpr int64_t kQuickFound = 20;

wxString kindLabel(services::HomeItem::Kind kind)
{
    // TRANSLATORS: the kind of a line in the main window's list: a client or a case
    return kind == services::HomeItem::Kind::Client ? _("Client") : _("Case");
}

void appendRow(wxDataViewListCtrl* list, std::initializer_list<wxString> cells)
{
    wxVector<wxVariant> row;
    for (const auto& cell : cells) row.push_back(wxVariant(cell));
    list->AppendItem(row);
}

} // namespace

HomePanel::HomePanel(wxWindow* parent, services::OfficeSession& office)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "home"), office_(office),
      reader_(office.url(), office.user().login)
{
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* courtRow = new wxBoxSizer(wxHORIZONTAL);
    wxSizer* into = row;
    wxSizer* headingRow = nullptr; // when a panel's heading has a control beside it
    // A panel of the home screen: a bold heading over a list of `columns` (title, width).
    auto panel = [&](wxStaticText*& heading, const wxString& title, const char* name,
                     std::initializer_list<std::pair<wxString, int>> columns, int proportion) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        heading = new wxStaticText(this, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, 0, wxString(name) + "_heading");
        heading->SetFont(heading->GetFont().Bold());
        if (headingRow) {
            headingRow->Insert(0, heading, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
            column->Add(headingRow, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
            headingRow = nullptr;
        } else {
            column->Add(heading, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
        }
        auto* list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES);
        list->SetName(name);
        for (const auto& [text, width] : columns) list->AppendTextColumn(text, wxDATAVIEW_CELL_INERT, FromDIP(width));
        column->Add(list, wxSizerFlags(1).Expand());
        into->Add(column, wxSizerFlags(proportion).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
        return list;
    };
    items_ = panel(heading_, _("Recent clients and cases"), "items", {{_("Kind"), 60}, {_("Name"), 280}, {_("Details"), 160}}, 3);
    wxStaticText* timersHeading = nullptr;
    counters_ = panel(timersHeading, _("My time counters"), "counters", {{_("Where"), 200}, {_("Time"), 80}, {_("State"), 70}}, 2);
    sms_ = panel(smsHeading_, _("SMS scheduled for today"), "scheduled_sms",
                 {{_("Time"), 45}, {_("Recipient"), 95}, {_("Text"), 80}}, 2);
    // A text longer than its cell ends in "…" rather than lose its first words (RecordList's reason).
    for (unsigned i = 0; i < sms_->GetColumnCount(); ++i) sms_->GetColumn(i)->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    // Until the office says its SMS module is on: a module that is off shows nothing.
    smsHeading_->Hide();
    sms_->Hide();

    // Net HaMishpat, while the module is on: the office's hearings of the
    // coming days (by lawyer, when one is chosen) and, per lawyer, the court's
    // documents not opened yet.
    into = courtRow;
    headingRow = new wxBoxSizer(wxHORIZONTAL);
    lawyer_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                           "hearings_lawyer");
    headingRow->Add(lawyer_, wxSizerFlags().CenterVertical());
    hearings_ = panel(hearingsHeading_, _("Upcoming hearings"), "upcoming_hearings",
                      {{_("Date and hours"), 125}, {_("Client"), 110}, {_("Case"), 45}, {_("Court"), 120},
                       {_("Lawyer"), 70}, {_("Hearing status"), 110}},
                      3);
    unread_ = panel(unreadHeading_, _("New from court"), "new_from_court", {{_("Lawyer"), 140}, {_("Documents"), 80}}, 1);
    for (wxDataViewListCtrl* list : {hearings_, unread_})
        for (unsigned i = 0; i < list->GetColumnCount(); ++i)
            list->GetColumn(i)->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    courtRow_ = courtRow;
    lawyer_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { readCourt(); });
    hearings_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        const int selected = hearings_->GetSelectedRow();
        if (selected < 0 || size_t(selected) >= hearingCases_.size()) return;
        try {
            auto* card = CaseCardFrame::showFor(wxGetTopLevelParent(this), office_, hearingCases_[size_t(selected)]);
            if (card->hearings()) card->notebook()->SetSelection(size_t(card->notebook()->FindPage(card->hearings())));
        } catch (const std::exception& e) {
            noteText_ = wx(e.what());
            wrapNote();
        }
    });

    summary_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "summary");
    note_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "home_note");
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(row, wxSizerFlags(1).Expand().Border(wxTOP | wxBOTTOM, FromDIP(12)));
    column->Add(courtRow, wxSizerFlags(1).Expand().Border(wxBOTTOM, FromDIP(12)));
    column->Add(summary_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    column->Add(note_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    SetSizer(column);
    showCourt(false); // until the office says its module is on

    items_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    counters_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        const int selected = counters_->GetSelectedRow();
        TimersDialog::showFor(wxGetTopLevelParent(this), office_,
                              selected >= 0 && size_t(selected) < counterIds_.size() ? counterIds_[size_t(selected)] : 0);
    });
    sms_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        const int selected = sms_->GetSelectedRow();
        if (selected < 0 || size_t(selected) >= smsClientIds_.size()) return;
        try {
            auto* card = ClientCardFrame::showFor(wxGetTopLevelParent(this), office_, smsClientIds_[size_t(selected)]);
            if (card->sms()) card->notebook()->SetSelection(size_t(card->notebook()->FindPage(card->sms())));
        } catch (const std::exception& e) {
            noteText_ = wx(e.what()); // deleted meanwhile, or the office is unreachable
            wrapNote();
        }
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrapNote();
        event.Skip();
    });
}

void HomePanel::showOffice()
{
    quickSearch(searched_);
    readScheduledSms();
    // The court's lists count every unread court document of the office:
    // read again on coming back at most once a minute, and when a download ends.
    const auto since = std::chrono::steady_clock::now() - courtReadAt_;
    if (courtReadAt_ == std::chrono::steady_clock::time_point{} || since > std::chrono::minutes(1)) readCourt();
    // The counters and the line about the office, each read by itself.
    reader_.add([this](services::OfficeSession* session, const std::string& problem) -> std::function<void()> {
        std::vector<std::array<wxString, 3>> rows;
        std::vector<int64_t> ids;
        int64_t clients = -1;
        std::string failed = problem;
        if (session) {
            try {
                TimerPlaces places(*session);
                const auto now = text::now();
                for (const auto& t : services::TimerService(*session).list()) {
                    rows.push_back({places.describe(t), wx(text::ltr(formatElapsed(t.elapsed(now)))),
                                    // TRANSLATORS: a time counter's state in the main window's list
                                    t.running() ? _("Running") : _("Paused")});
                    ids.push_back(t.id);
                }
                clients = services::ClientService(*session).count();
            } catch (const std::exception& e) {
                failed = e.what();
            }
        }
        return [this, rows = std::move(rows), ids = std::move(ids), clients, failed] {
            counters_->DeleteAllItems();
            for (const auto& r : rows) appendRow(counters_, {r[0], r[1], r[2]});
            counterIds_ = ids;
            const wxString office = wxString::Format(_("Database: %s"), wx(text::ltr(office_.url().display())));
            summary_->SetLabel(clients < 0 ? office
                                           : office + wxString::FromUTF8("   ·   ") +
                                                 wxString::Format(wxPLURAL("%s client", "%s clients", pluralCount(clients)),
                                                                  wx(text::formatCount(clients))));
            if (!failed.empty())
                noteText_ = wx(failed);
            else if (clients == 0)
                noteText_ = wxString::Format(
                    // TRANSLATORS: %s is a command, shown as typed: praklit-cli demo generate
                    _("The office has no clients yet: add them in Cases and clients → Clients (Ctrl+F). To try Praklit "
                      "with an office full of sample clients, run %s and open Praklit again."),
                    wx(text::ltr("praklit-cli demo generate")));
            else
                noteText_.clear();
            wrapNote();
            Layout();
        };
    });
}

void HomePanel::readScheduledSms()
{
    reader_.add([this](services::OfficeSession* session, const std::string&) -> std::function<void()> {
        bool on = false;
        std::vector<std::array<wxString, 3>> rows;
        std::vector<int64_t> clientIds;
        if (session) {
            try {
                services::SmsService sms(*session);
                on = sms.moduleOn(Module::Sms);
                if (on)
                    for (const auto& m : sms.scheduledToday()) {
                        // Today's: the time of day says when.
                        const auto due = text::parseTimestamp(m.dueAt);
                        const std::string when = due ? text::toIsraelDisplay(*due) : std::string();
                        // The name only: the panel is narrow, and the card shows the number.
                        rows.push_back({wx(text::ltr(when.size() > 11 ? when.substr(11) : when)),
                                        m.recipientName.empty() ? phoneForDisplay(m.e164) : wx(text::isolate(m.recipientName)),
                                        smsFirstLine(m.text)});
                        clientIds.push_back(m.clientId);
                    }
            } catch (const std::exception&) {
                // The line about the office says when the office cannot be read.
            }
        }
        return [this, on, rows = std::move(rows), clientIds = std::move(clientIds)] {
            sms_->DeleteAllItems();
            for (const auto& r : rows) appendRow(sms_, {r[0], r[1], r[2]});
            smsClientIds_ = clientIds;
            smsHeading_->Show(on);
            sms_->Show(on);
            Layout();
        };
    });
}

void HomePanel::showCourt(bool on)
{
    for (wxWindow* w : std::initializer_list<wxWindow*>{hearingsHeading_, hearings_, unreadHeading_, unread_, lawyer_})
        w->Show(on);
    if (GetSizer()) GetSizer()->Show(courtRow_, on); // an empty row would still take its half
    Layout();
}

void HomePanel::readCourt()
{
    courtReadAt_ = std::chrono::steady_clock::now();
    const int chosen = lawyer_->GetSelection();
    const int64_t lawyer = chosen > 0 && size_t(chosen) <= lawyerIds_.size() ? lawyerIds_[size_t(chosen - 1)] : 0;
    reader_.add([this, lawyer](services::OfficeSession* session, const std::string&) -> std::function<void()> {
        struct Read {
            bool on = false;
            std::vector<services::UpcomingHearing> hearings;
            std::vector<services::UnreadFromCourt> unread;
            std::vector<std::pair<int64_t, std::string>> lawyers;
            int days = 14;
        };
        auto read = std::make_shared<Read>();
        if (session) {
            try {
                read->on = services::SmsService(*session).moduleOn(Module::Court);
                if (read->on) {
                    services::CourtService court(*session);
                    read->days = court.settings().upcomingDays;
                    read->hearings = court.upcoming(read->days, lawyer, 200);
                    read->unread = court.unreadFromCourt();
                    for (const auto& u : services::CaseService(*session).users())
                        read->lawyers.emplace_back(u.id, u.shownName());
                }
            } catch (const std::exception&) {
                // The line about the office says when the office cannot be read.
            }
        }
        return [this, read, lawyer] {
            showCourt(read->on);
            if (!read->on) return;
            hearingsHeading_->SetLabel(
                wxString::Format(wxPLURAL("Upcoming hearings, the next %s day", "Upcoming hearings, the next %s days",
                                          pluralCount(read->days)),
                                 wx(text::formatCount(read->days))));
            // The lawyers' choice, kept on the one chosen.
            lawyer_->Clear();
            lawyer_->Append(_("All lawyers"));
            lawyerIds_.clear();
            int select = 0;
            for (const auto& [id, name] : read->lawyers) {
                lawyerIds_.push_back(id);
                lawyer_->Append(wx(text::isolate(name)));
                if (id == lawyer) select = int(lawyerIds_.size());
            }
            lawyer_->SetSelection(select);
            hearings_->DeleteAllItems();
            hearingCases_.clear();
            for (const auto& u : read->hearings) {
                Hearing h = u.hearing;
                appendRow(hearings_, {hearingTimeText(h.values), wx(text::isolate(u.clientName)), isolated(u.internalNumber),
                                      wx(h.values.court), wx(text::isolate(u.lawyerName)), hearingStatusText(h)});
                hearingCases_.push_back(h.caseId);
            }
            unread_->DeleteAllItems();
            for (const auto& u : read->unread)
                appendRow(unread_, {wx(text::isolate(u.lawyerName)), wx(text::formatCount(u.documents))});
            Layout();
        };
    });
}

void HomePanel::quickSearch(const wxString& text)
{
    searched_ = text;
    const std::string typed = utf8(text);
    const uint64_t generation = ++asked_;
    reader_.replaceAll([this, typed, generation](services::OfficeSession* session,
                                                 const std::string& problem) -> std::function<void()> {
        std::vector<services::HomeItem> found;
        std::string failed = problem;
        if (session) {
            try {
                services::HomeService home(*session);
                found = typed.empty() ? home.recent() : home.quickFind(typed, kQuickFound);
            } catch (const std::exception& e) {
                failed = e.what();
            }
        }
        return [this, found = std::move(found), failed, generation]() mutable {
            if (generation != asked_) return; // typed on meanwhile
            answered_ = generation;
            showItems(std::move(found), wx(failed));
            if (std::exchange(openWhenAnswered_, false)) openSelected();
        };
    });
}

void HomePanel::showItems(std::vector<services::HomeItem> items, const wxString& problem)
{
    heading_->SetLabel(searched_.empty() ? _("Recent clients and cases") : _("Found"));
    items_->DeleteAllItems();
    for (const auto& item : items)
        appendRow(items_, {kindLabel(item.kind), wx(item.title), isolated(item.detail)});
    shown_ = std::move(items);
    if (!shown_.empty()) items_->SelectRow(0);
    if (!problem.empty()) {
        noteText_ = problem;
        wrapNote();
    }
    Layout();
}

void HomePanel::openWhenRead()
{
    if (answered_ == asked_) {
        items_->SelectRow(0);
        openSelected();
    } else {
        openWhenAnswered_ = true;
    }
}

void HomePanel::openSelected()
{
    if (shown_.empty()) return;
    const int row = std::max(items_->GetSelectedRow(), 0);
    const auto& item = shown_[size_t(std::min<size_t>(size_t(row), shown_.size() - 1))];
    wxWindow* top = wxGetTopLevelParent(this);
    try {
        if (item.kind == services::HomeItem::Kind::Client)
            ClientCardFrame::showFor(top, office_, item.id);
        else
            CaseCardFrame::showFor(top, office_, item.id);
    } catch (const std::exception& e) {
        noteText_ = wx(e.what()); // deleted meanwhile, or the office is unreachable
        wrapNote();
    }
}

void HomePanel::wrapNote()
{
    note_->SetLabel(noteText_);
    note_->Wrap(std::max(GetClientSize().x - FromDIP(48), FromDIP(200)));
    note_->Show(!noteText_.empty());
    Layout();
}

} // namespace praklit::ui
