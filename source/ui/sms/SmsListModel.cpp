#include "ui/sms/SmsListModel.h"

#include "services/SmsService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/Utf8.h"

#include <wx/app.h>
#include <wx/settings.h>

namespace praklit::ui {

namespace {
// Rows left below the last one painted when the next page is asked for.
constexpr unsigned kReadAhead = SmsListModel::kPageSize / 4;
} // namespace

SmsListModel::SmsListModel(services::OfficeSession& office) : wxDataViewVirtualListModel(0), office_(office) {}

SmsListModel::~SmsListModel() { *alive_ = false; }

void SmsListModel::show(int64_t clientId, int64_t caseId, std::optional<SmsState> state)
{
    clientId_ = clientId;
    caseId_ = caseId;
    state_ = state;
    std::vector<SmsMessage> page;
    try {
        page = services::SmsService(office_).list(clientId_, caseId_, state_, 0, kPageSize);
    } catch (...) {
        rows_.clear();
        more_ = false;
        Reset(0);
        throw;
    }
    pagesRead_ = 1;
    more_ = static_cast<int64_t>(page.size()) == kPageSize;
    moreAsked_ = false;
    rows_ = std::move(page);
    Reset(rows());
}

void SmsListModel::readMore()
{
    moreAsked_ = false;
    if (!more_ || rows_.empty()) return;
    const auto page = services::SmsService(office_).list(clientId_, caseId_, state_, rows_.back().id, kPageSize);
    ++pagesRead_;
    more_ = static_cast<int64_t>(page.size()) == kPageSize;
    for (const auto& m : page) {
        rows_.push_back(m);
        RowAppended();
    }
}

void SmsListModel::readMoreSoon() const
{
    if (!more_ || moreAsked_) return;
    moreAsked_ = true;
    auto* self = const_cast<SmsListModel*>(this);
    wxTheApp->CallAfter([self, alive = alive_] {
        if (!*alive) return; // the list closed meanwhile
        try {
            self->readMore();
        } catch (const std::exception& e) {
            if (self->problem_) self->problem_(e.what());
        }
    });
}

std::optional<unsigned> SmsListModel::rowOf(int64_t id) const
{
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == id) return static_cast<unsigned>(i);
    return std::nullopt;
}

void SmsListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    if (row + kReadAhead >= rows()) readMoreSoon();
    const SmsMessage* m = rowAt(row);
    if (!m) {
        value = wxString();
        return;
    }
    switch (column) {
    case Time:
        value = smsTimeText(*m);
        break;
    case Recipient:
        value = smsRecipientText(m->recipientName, m->e164);
        break;
    case Text:
        value = smsFirstLine(m->text);
        break;
    case Sender:
        value = wx(m->senderName);
        break;
    case Case:
        value = m->caseNumber.empty() ? wxString() : wx(text::ltr(m->caseNumber));
        break;
    case Parts:
        value = wx(text::formatCount(m->segments));
        break;
    case State:
        value = smsStateText(*m);
        break;
    default:
        value = wxString();
    }
}

bool SmsListModel::GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const
{
    const SmsMessage* m = rowAt(row);
    if (!m) return false;
    if (m->state == SmsState::Failed && column == State) {
        attr.SetColour(wxColour(176, 0, 32)); // a person has to decide what to do with it
        return true;
    }
    if (m->state == SmsState::Cancelled) {
        attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        return true;
    }
    return false;
}

} // namespace praklit::ui
