#include "ui/billing/ChargeListModel.h"

#include "services/ChargeService.h"
#include "text/Bidi.h"
#include "ui/billing/ChargeText.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/settings.h>

#include <cstdlib>

namespace praklit::ui {

namespace {
constexpr size_t kPagesKept = 8;
}

ChargeListModel::ChargeListModel(services::OfficeSession& office) : wxDataViewVirtualListModel(0), office_(office) {}

ChargeTotals ChargeListModel::show(const ChargeFilter& filter)
{
    filter_ = filter;
    pages_.clear();
    totals_ = services::ChargeService(office_).totals(filter_);
    Reset(static_cast<unsigned>(totals_.count));
    return totals_;
}

const ChargeRow* ChargeListModel::rowAt(unsigned row)
{
    if (row >= static_cast<unsigned>(totals_.count)) return nullptr;
    const int64_t page = row / kPageSize;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        if (pages_.size() >= kPagesKept) {
            // Forget the page farthest from this one.
            auto farthest = pages_.begin();
            if (std::abs(pages_.rbegin()->first - page) > std::abs(farthest->first - page)) farthest = std::prev(pages_.end());
            pages_.erase(farthest);
        }
        it = pages_.emplace(page, services::ChargeService(office_).list(filter_, page * kPageSize, kPageSize)).first;
        ++pagesRead_;
    }
    const size_t index = row % kPageSize;
    return index < it->second.size() ? &it->second[index] : nullptr;
}

void ChargeListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    const ChargeRow* r = nullptr;
    try {
        r = const_cast<ChargeListModel*>(this)->rowAt(row);
    } catch (const std::exception&) {
        // The office went away while scrolling: an empty row, the next read tells.
    }
    if (!r) {
        value = wxString();
        return;
    }
    const Charge& c = r->charge;
    const bool time = c.kind == ChargeKind::Time;
    switch (column) {
    case Date: value = displayDate(c.chargedOn); break;
    case User: value = wx(text::ltr(r->userLogin)); break;
    case Case: value = r->caseNumber.empty() ? _("General file") : wx(text::ltr(r->caseNumber)); break;
    case Kind:
        value = c.kind == ChargeKind::Expense && c.vatExempt ? _("Expense (no VAT)") : kindText(c.kind);
        break;
    case Description: value = wx(c.description); break;
    case Minutes: value = time ? minutesText(c.seconds) : wxString(); break;
    case BilledHours: value = time ? hoursText(c.billedSeconds) : wxString(); break;
    case Rate: value = time ? moneyText(c.rateAgorot) : wxString(); break;
    case Amount: value = moneyText(c.amountAgorot); break;
    case State: value = c.billable ? stateText(c.state) : stateText(c.state) + " · " + _("not billable"); break;
    default: value = wxString();
    }
}

bool ChargeListModel::GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const
{
    const ChargeRow* r = nullptr;
    try {
        r = const_cast<ChargeListModel*>(this)->rowAt(row);
    } catch (const std::exception&) {
    }
    if (!r || r->charge.state == ChargeState::Unbilled) return false;
    attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)); // no longer editable
    return true;
}

} // namespace praklit::ui
