#pragma once
#include <wx/dataview.h>

#include <cstdint>
#include <vector>

namespace praklit::ui {

// A short list of a client's records (addresses, phones, contacts, cases)
// that remembers which record each row shows. A client has tens of them, so
// the list holds them all; the clients search list is the virtual one.
class RecordList : public wxDataViewListCtrl {
public:
    RecordList(wxWindow* parent, const wxString& name);

    // A text column whose long values end in "…" rather than lose their
    // start: right to left, GTK would clip the first words.
    wxDataViewColumn* textColumn(const wxString& label, int width, wxAlignment align = wxALIGN_NOT);

    void clearRows();
    void addRow(int64_t id, const std::vector<wxVariant>& values);
    int64_t selectedId() const; // 0 when none
    void selectId(int64_t id);
    int64_t idAt(int row) const;
    int rows() const { return int(ids_.size()); }

private:
    std::vector<int64_t> ids_;
};

} // namespace praklit::ui
