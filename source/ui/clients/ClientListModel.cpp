#include "ui/clients/ClientListModel.h"

#include "services/ClientService.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

namespace praklit::ui {

namespace {
constexpr size_t kPagesKept = 8;
}

ClientListModel::ClientListModel(services::OfficeSession& office) : wxDataViewVirtualListModel(0), office_(office) {}

void ClientListModel::search(const std::string& text)
{
    text_ = text;
    pages_.clear();
    recent_.clear();
    problem_.clear();
    count_ = 0;
    more_ = false;
    try {
        const auto n = services::ClientService(office_).countMatches(text);
        count_ = n.count;
        more_ = n.more;
    } catch (...) {
        Reset(0);
        throw;
    }
    Reset(unsigned(count_));
}

void ClientListModel::refresh()
{
    const int64_t before = count_;
    const auto counted = services::ClientService(office_).countMatches(text_);
    const int64_t now = counted.count;
    pages_.clear();
    recent_.clear();
    problem_.clear();
    count_ = now;
    more_ = counted.more;
    if (now != before) Reset(unsigned(now));
}

const std::vector<ClientSummary>* ClientListModel::page(int64_t index) const
{
    if (auto known = pages_.find(index); known != pages_.end()) {
        recent_.remove(index);
        recent_.push_front(index);
        return &known->second;
    }
    std::vector<ClientSummary> rows;
    try {
        rows = services::ClientService(office_).find(text_, index * kPageSize, kPageSize);
    } catch (const std::exception& e) {
        // Called while GTK paints: no exception may leave; the window shows the sentence.
        problem_ = wx(e.what());
        return nullptr;
    }
    rowsRead_ += int64_t(rows.size());
    if (pages_.size() >= kPagesKept) {
        pages_.erase(recent_.back());
        recent_.pop_back();
    }
    recent_.push_front(index);
    return &(pages_[index] = std::move(rows));
}

const ClientSummary* ClientListModel::row(unsigned row) const
{
    if (int64_t(row) >= count_) return nullptr;
    const auto* rows = page(int64_t(row) / kPageSize);
    const size_t at = size_t(int64_t(row) % kPageSize);
    // Fewer rows than counted: deleted meanwhile by another workstation.
    return rows && at < rows->size() ? &(*rows)[at] : nullptr;
}

void ClientListModel::GetValueByRow(wxVariant& value, unsigned rowIndex, unsigned column) const
{
    const ClientSummary* client = row(rowIndex);
    if (!client) {
        value = wxString();
        return;
    }
    switch (column) {
    case Name: value = wx(client->displayName); break;
    case IdNumber: value = isolated(client->idNumber); break;
    case Phone: value = phoneForDisplay(client->phoneE164); break;
    case City: value = wx(client->city); break;
    default: value = wxString(); break;
    }
}

bool ClientListModel::GetAttrByRow(unsigned rowIndex, unsigned, wxDataViewItemAttr& attr) const
{
    // Inactive clients are still found, but read as set aside.
    const ClientSummary* client = row(rowIndex);
    if (!client || client->active) return false;
    attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    attr.SetItalic(true);
    return true;
}

} // namespace praklit::ui
