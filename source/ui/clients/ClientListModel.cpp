#include "ui/clients/ClientListModel.h"

#include "services/ClientService.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

namespace praklit::ui {

namespace {
constexpr size_t kPagesKept = 8;
}

ClientListModel::ClientListModel(services::OfficeSession& office)
    : wxDataViewVirtualListModel(0), office_(office), reader_(office.url(), office.user().login)
{
}

void ClientListModel::search(const std::string& text) { ask(text, false); }

void ClientListModel::refresh() { ask(text_, true); }

void ClientListModel::ask(const std::string& text, bool keepRows)
{
    const uint64_t generation = ++asked_;
    // The answer holds a reference to this model: the reader is a member, so
    // answers stop with the model (BackgroundReader drops them).
    reader_.replaceAll([this, text, generation, keepRows](services::OfficeSession* session,
                                                          const std::string& problem) -> std::function<void()> {
        SearchCount counted;
        std::vector<ClientSummary> first;
        std::string failed = problem;
        if (session) {
            try {
                services::ClientService clients(*session);
                counted = clients.findFirst(text, kPageSize, first);
            } catch (const std::exception& e) {
                failed = e.what();
            }
        }
        return [this, text, generation, keepRows, counted, first = std::move(first), failed]() mutable {
            if (generation != asked_) return; // typed on meanwhile: a newer search is on its way
            const int64_t before = count_;
            answeredGeneration_ = generation;
            text_ = text;
            pages_.clear();
            recent_.clear();
            reading_.clear();
            problem_ = wx(failed);
            count_ = failed.empty() ? counted.count : 0;
            more_ = failed.empty() && counted.more;
            if (failed.empty()) keep(0, std::move(first));
            if (!keepRows || count_ != before) Reset(unsigned(count_));
            if (answered_) answered_();
        };
    });
}

void ClientListModel::keep(int64_t index, std::vector<ClientSummary> rows) const
{
    rowsRead_ += int64_t(rows.size());
    if (pages_.size() >= kPagesKept) {
        pages_.erase(recent_.back());
        recent_.pop_back();
    }
    recent_.push_front(index);
    pages_[index] = std::move(rows);
}

const std::vector<ClientSummary>* ClientListModel::page(int64_t index) const
{
    if (auto known = pages_.find(index); known != pages_.end()) {
        recent_.remove(index);
        recent_.push_front(index);
        return &known->second;
    }
    if (reading_.insert(index).second) {
        const uint64_t generation = answeredGeneration_;
        const std::string text = text_;
        auto* self = const_cast<ClientListModel*>(this);
        reader_.add([self, text, index, generation](services::OfficeSession* session,
                                                    const std::string& problem) -> std::function<void()> {
            std::vector<ClientSummary> rows;
            std::string failed = problem;
            if (session) {
                try {
                    rows = services::ClientService(*session).find(text, index * kPageSize, kPageSize);
                } catch (const std::exception& e) {
                    failed = e.what();
                }
            }
            return [self, index, generation, rows = std::move(rows), failed]() mutable {
                if (generation != self->answeredGeneration_) return; // the list shows another search now
                self->reading_.erase(index);
                if (!failed.empty()) {
                    self->problem_ = wx(failed);
                    return;
                }
                const size_t n = rows.size();
                self->keep(index, std::move(rows));
                for (size_t i = 0; i < n && index * kPageSize + int64_t(i) < self->count_; ++i)
                    self->RowChanged(unsigned(index * kPageSize + int64_t(i)));
            };
        });
    }
    return nullptr;
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
    case Name: value = wx(listedName(*client)); break;
    case IdNumber: value = isolated(client->idNumber); break;
    case Phone: value = phoneForDisplay(client->phoneE164); break;
    case City: value = wx(client->city); break;
    default: value = wxString(); break;
    }
}

bool ClientListModel::GetAttrByRow(unsigned rowIndex, unsigned, wxDataViewItemAttr& attr) const
{
    const ClientSummary* client = row(rowIndex);
    if (!client) return false;
    if (!client->active) {
        // Inactive clients are still found, but read as set aside.
        attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        attr.SetItalic(true);
        return true;
    }
    if (client->match == SearchMatch::Forgiving) {
        attr.SetItalic(true);
        return true;
    }
    return false;
}

} // namespace praklit::ui
