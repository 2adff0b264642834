#pragma once
#include "services/AuditService.h"

#include <wx/dataview.h>
#include <wx/frame.h>

#include <cstdint>
#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class DateField;
class MessageBar;

// The audit rows as a virtual list, newest first. Rows are read a page at
// a time by keyset (after the last row's id) when the list scrolls near the
// end of what it holds: a log of millions costs what the screen shows.
class AuditListModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { When, Who, Table, Record, Action, What, ColumnCount };
    static constexpr int64_t kPageSize = 200;

    // `owner` reads the next page after the list asked for a row near the end.
    AuditListModel(services::OfficeSession& office, wxEvtHandler* owner)
        : wxDataViewVirtualListModel(0), office_(office), owner_(owner) {}
    // From the newest row that matches; throws what the service throws.
    void show(const services::AuditQuery& query);
    // The next page, when there is one; false when the log has no more.
    bool readMore();
    bool more() const { return more_; }
    const std::vector<services::AuditRow>& rows() const { return rows_; }

    unsigned GetColumnCount() const override { return ColumnCount; }
    wxString GetColumnType(unsigned) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    services::OfficeSession& office_;
    wxEvtHandler* owner_;
    services::AuditQuery query_;
    std::vector<services::AuditRow> rows_;
    bool more_ = false;
    mutable bool asked_ = false; // a next page is on its way
};

// יומן שינויים (≡ → Tools → Audit log): who did what, when, and old → new,
// filtered by user, table, record, action and period. Also opened from a
// card as "history of this record", filtered to it.
class AuditLogFrame : public wxFrame {
public:
    static AuditLogFrame* show(wxWindow* parent, services::OfficeSession& office);
    static AuditLogFrame* showRecord(wxWindow* parent, services::OfficeSession& office, const std::string& table,
                                     int64_t recordId);

    // The filters' work: read from the newest row that matches.
    bool apply();
    void setFilter(const std::string& table, int64_t recordId);
    AuditListModel& model() { return *model_; }
    wxDataViewCtrl* list() const { return list_; }
    MessageBar* messageBar() const { return bar_; }

private:
    AuditLogFrame(wxWindow* parent, services::OfficeSession& office);

    services::OfficeSession& office_;
    MessageBar* bar_ = nullptr;
    wxChoice* user_ = nullptr;
    wxChoice* table_ = nullptr;
    wxTextCtrl* record_ = nullptr;
    wxChoice* action_ = nullptr;
    DateField* from_ = nullptr;
    DateField* to_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxObjectDataPtr<AuditListModel> model_;
    std::vector<std::string> logins_; // the user choice's rows after "everyone"
};

} // namespace praklit::ui
