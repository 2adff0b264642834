#pragma once
#include "domain/Sms.h"

#include <wx/dataview.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace praklit::services {
class OfficeSession;
}

namespace praklit::ui {

// The SMS tab's rows, newest first, read a page at a time as the list
// scrolls towards its end (SmsService::list pages by the last id read, so a
// client with years of messages opens as fast as one with three).
class SmsListModel : public wxDataViewVirtualListModel {
public:
    enum Column { Time, Recipient, Text, Sender, Case, Parts, State, ColumnCount };
    static constexpr int64_t kPageSize = 100;

    explicit SmsListModel(services::OfficeSession& office);
    ~SmsListModel() override;

    // The first page of a client's (or a case's) messages; throws what the service refuses.
    void show(int64_t clientId, int64_t caseId, std::optional<SmsState> state);
    // The next page, when there may be one; throws what the service refuses.
    void readMore();
    bool mayHaveMore() const { return more_; }
    size_t pagesRead() const { return pagesRead_; }
    unsigned rows() const { return static_cast<unsigned>(rows_.size()); }
    const SmsMessage* rowAt(unsigned row) const { return row < rows_.size() ? &rows_[row] : nullptr; }
    std::optional<unsigned> rowOf(int64_t id) const;
    // Where a page read while scrolling failed (the office went away).
    void onProblem(std::function<void(const std::string&)> problem) { problem_ = std::move(problem); }

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    // Asked while the list paints a row near the end: the page is read after
    // the paint, never inside it.
    void readMoreSoon() const;

    services::OfficeSession& office_;
    int64_t clientId_ = 0;
    int64_t caseId_ = 0;
    std::optional<SmsState> state_;
    std::vector<SmsMessage> rows_;
    bool more_ = false;
    mutable bool moreAsked_ = false;
    size_t pagesRead_ = 0;
    std::function<void(const std::string&)> problem_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

} // namespace praklit::ui
