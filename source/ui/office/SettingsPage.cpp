#include "ui/office/SettingsPage.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

namespace {

// Born at the notebook's size, not wx's default 20×20, where GTK lays the
// spin and time controls out with no room and warns, until the page is sized.
wxSize pageSize(wxWindow* notebook)
{
    const wxSize room = notebook->GetClientSize();
    return room.x > notebook->FromDIP(200) ? room : notebook->FromDIP(wxSize(760, 480));
}

} // namespace

SettingsPage::SettingsPage(wxWindow* parent, const char* name, const char* messageName)
    : wxPanel(parent, XRCID(name), wxDefaultPosition, pageSize(parent), wxTAB_TRAVERSAL, name), column_(new wxBoxSizer(wxVERTICAL)),
      messageName_(messageName)
{
    SetMinSize(wxDefaultSize); // the size born with is not a minimum: the content's is
    SetSizer(column_);
}

void SettingsPage::finish(const wxString& readOnlyNote, bool messageTakesTheRest)
{
    readOnly_ = new wxStaticText(this, wxID_ANY, readOnlyNote);
    // Not stretched: GTK puts a stretched label's text at the left edge, right to left too.
    column_->Add(readOnly_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    // The same red as the XRC pages' messages.
    auto* message = new wxStaticText(this, XRCID(messageName_), wxString(), wxDefaultPosition, wxDefaultSize, 0, messageName_);
    message->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    column_->Add(message, wxSizerFlags(messageTakesTheRest ? 1 : 0).Expand().Border(wxALL, FromDIP(12)));
}

void SettingsPage::showReadOnly(bool readOnly)
{
    if (readOnly_) readOnly_->Show(readOnly);
}

wxStaticText* SettingsPage::note(wxWindow* parent, const wxString& text)
{
    auto* line = new wxStaticText(parent, wxID_ANY, text);
    line->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return line;
}

} // namespace praklit::ui
