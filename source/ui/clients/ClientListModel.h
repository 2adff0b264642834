#pragma once
#include "domain/ClientSummary.h"
#include "services/OfficeSession.h"
#include "ui/widgets/BackgroundReader.h"

#include <wx/dataview.h>

#include <functional>
#include <list>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace praklit::ui {

// The clients search list as a virtual model: the row count comes from
// ClientService::countMatches, and rows are read a page at a time through
// ClientService::find only when the list shows them (a million clients cost
// what the screen shows). Order is the service's (best matches first, each
// kind in Hebrew collation order).
//
// Every read runs on a BackgroundReader, never on the UI thread: a search
// keeps showing the previous answer until its own arrives, an answer to an
// older search is dropped, and a page not read yet shows empty rows until
// it arrives.
class ClientListModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { Name, IdNumber, Phone, City, ColumnCount };
    static constexpr int64_t kPageSize = 100;

    explicit ClientListModel(services::OfficeSession& office);

    // Starts counting the matches of `text` and reading their first page;
    // `answered` runs when they are in (or the search failed: problem()).
    void search(const std::string& text);
    // The same search again after records changed elsewhere: keeps the rows
    // (and the selection) when the count did not change.
    void refresh();
    void onAnswered(std::function<void()> answered) { answered_ = std::move(answered); }
    // A search asked for and not answered yet.
    bool searching() const { return asked_ != answeredGeneration_; }
    // Nothing waits to be read (searches and pages): for tests.
    bool idle() const { return !reader_.busy(); }

    const std::string& text() const { return text_; }
    int64_t count() const { return count_; }
    // The search found more than count() and counted no further.
    bool more() const { return more_; }
    const ClientSummary* row(unsigned row) const; // nullptr while it is being read
    int64_t rowsRead() const { return rowsRead_; } // for tests: proof that reading is lazy
    const wxString& problem() const { return problem_; }

    unsigned GetColumnCount() const override { return ColumnCount; }
    wxString GetColumnType(unsigned) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    void ask(const std::string& text, bool keepRows);
    const std::vector<ClientSummary>* page(int64_t index) const;
    void keep(int64_t index, std::vector<ClientSummary> rows) const;

    services::OfficeSession& office_;
    mutable BackgroundReader reader_;
    std::function<void()> answered_;
    uint64_t asked_ = 0;              // the generation of the latest search asked for
    uint64_t answeredGeneration_ = 0; // the one on show
    std::string text_;
    int64_t count_ = 0;
    bool more_ = false;
    // A few pages around what is on screen; scrolling back needs no query.
    mutable std::map<int64_t, std::vector<ClientSummary>> pages_;
    mutable std::list<int64_t> recent_;
    mutable std::set<int64_t> reading_; // pages asked for and not in yet
    mutable int64_t rowsRead_ = 0;
    mutable wxString problem_;
};

} // namespace praklit::ui
