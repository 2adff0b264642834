#include "ui/office/Shortcuts.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/sizer.h>

namespace praklit::ui {

void showShortcuts(wxWindow* parent)
{
    wxDialog dialog(parent, wxID_ANY, _("Keyboard shortcuts"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "shortcuts");
    auto* list = new wxDataViewListCtrl(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(560, 400)), wxDV_ROW_LINES);
    list->SetName("shortcut_list");
    list->AppendTextColumn(_("Keys"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(140));
    list->AppendTextColumn(_("What they do"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(400));
    // Key names stay as printed on the keyboard: left to right in any language.
    const std::pair<const char*, wxString> keys[] = {
        {"Ctrl+K", _("Quick search in the main window: a client or a case by any name or number")},
        {"Enter", _("Open the client or case found first, or the one selected")},
        {"↓", _("From a search box into its list")},
        {"↑", _("From the list's first line back to its search box")},
        {"Esc", _("Empty the quick search; close a search window or a dialog")},
        {"Ctrl+F, Ctrl+L", _("The clients search screen")},
        {"Ctrl+R", _("Reports")},
        {"Ctrl+,", _("System settings")},
        {"Tab, Shift+Tab", _("The next or previous part of a window")},
        {"F1", _("This list")},
        {"Ctrl+Q", _("Exit Praklit")},
    };
    for (const auto& [key, what] : keys) {
        wxVector<wxVariant> row;
        row.push_back(wxVariant(wxString::FromUTF8("\u2066") + wxString::FromUTF8(key) + wxString::FromUTF8("\u2069")));
        row.push_back(wxVariant(what));
        list->AppendItem(row);
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(list, wxSizerFlags(1).Expand().Border(wxALL, dialog.FromDIP(10)));
    column->Add(dialog.CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(8)));
    dialog.SetSizerAndFit(column);
    dialog.SetEscapeId(wxID_CLOSE);
    dialog.CentreOnParent();
    dialog.ShowModal();
}

} // namespace praklit::ui
