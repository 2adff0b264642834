#include "ui/widgets/RecordList.h"

namespace praklit::ui {

RecordList::RecordList(wxWindow* parent, const wxString& name)
    : wxDataViewListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES)
{
    SetName(name);
}

wxDataViewColumn* RecordList::textColumn(const wxString& label, int width, wxAlignment align)
{
    wxDataViewColumn* column = AppendTextColumn(label, wxDATAVIEW_CELL_INERT, width, align);
    column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    return column;
}

void RecordList::clearRows()
{
    DeleteAllItems();
    ids_.clear();
}

void RecordList::addRow(int64_t id, const std::vector<wxVariant>& values)
{
    wxVector<wxVariant> row;
    for (const auto& value : values) row.push_back(value);
    AppendItem(row);
    ids_.push_back(id);
}

int64_t RecordList::idAt(int row) const { return row >= 0 && row < rows() ? ids_[size_t(row)] : 0; }

int64_t RecordList::selectedId() const { return idAt(GetSelectedRow()); }

void RecordList::selectId(int64_t id)
{
    for (size_t i = 0; i < ids_.size(); ++i)
        if (ids_[i] == id) {
            SelectRow(unsigned(i));
            EnsureVisible(RowToItem(int(i)));
            return;
        }
}

} // namespace praklit::ui
