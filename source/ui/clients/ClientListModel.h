#pragma once
#include "domain/ClientSummary.h"
#include "services/OfficeSession.h"

#include <wx/dataview.h>

#include <list>
#include <map>
#include <string>
#include <vector>

namespace praklit::ui {

// The clients search list as a virtual model: the row count comes from
// ClientService::countMatches, and rows are read a page at a time through
// ClientService::find only when the list shows them (a million clients cost
// what the screen shows). Order is the service's (ICU Hebrew collation).
class ClientListModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { Name, IdNumber, Phone, City, ColumnCount };
    static constexpr int64_t kPageSize = 100;

    explicit ClientListModel(services::OfficeSession& office);

    // Counts the matches of `text` and starts the list over. Throws what the
    // service refuses; the list is then empty.
    void search(const std::string& text);
    // The same search again after records changed elsewhere: keeps the rows
    // (and the selection) when the count did not change.
    void refresh();

    const std::string& text() const { return text_; }
    int64_t count() const { return count_; }
    // The search found more than count() and counted no further.
    bool more() const { return more_; }
    const ClientSummary* row(unsigned row) const; // nullptr when it cannot be read
    int64_t rowsRead() const { return rowsRead_; } // for tests: proof that reading is lazy
    const wxString& problem() const { return problem_; }

    unsigned GetColumnCount() const override { return ColumnCount; }
    wxString GetColumnType(unsigned) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    const std::vector<ClientSummary>* page(int64_t index) const;

    services::OfficeSession& office_;
    std::string text_;
    int64_t count_ = 0;
    bool more_ = false;
    // A few pages around what is on screen; scrolling back needs no query.
    mutable std::map<int64_t, std::vector<ClientSummary>> pages_;
    mutable std::list<int64_t> recent_;
    mutable int64_t rowsRead_ = 0;
    mutable wxString problem_;
};

} // namespace praklit::ui
