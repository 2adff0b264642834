#pragma once
#include "domain/ChargeList.h"

#include <wx/dataview.h>

#include <cstdint>
#include <map>
#include <vector>

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// The charges list's rows, read page by page as they scroll into view: a case
// with 100,000 charges opens as fast as one with ten. The count comes from
// the totals, the rows from ChargeService::list (newest first).
class ChargeListModel : public wxDataViewVirtualListModel {
public:
    enum Column { Date, User, Case, Kind, Description, Minutes, BilledHours, Rate, Amount, State, ColumnCount };
    static constexpr int64_t kPageSize = 100;

    explicit ChargeListModel(services::OfficeSession& office);

    // Reads the totals for `filter` and starts the rows afresh.
    ChargeTotals show(const ChargeFilter& filter);
    const ChargeTotals& totals() const { return totals_; }
    // The charge at a row, read if its page is not yet here; null past the end.
    const ChargeRow* rowAt(unsigned row);
    size_t pagesRead() const { return pagesRead_; }

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    services::OfficeSession& office_;
    ChargeFilter filter_;
    ChargeTotals totals_;
    std::map<int64_t, std::vector<ChargeRow>> pages_; // a few pages around what is on screen
    size_t pagesRead_ = 0;
};

} // namespace praklit::ui
