#include "ui/widgets/MessageBar.h"

#include "ui/widgets/GrowToFit.h"

#include <wx/bmpbuttn.h>

namespace praklit::ui {

namespace {
const wxWindowID kReload = wxWindow::NewControlId();
}

MessageBar::MessageBar(wxWindow* parent) : wxInfoBarGeneric(parent, wxID_ANY)
{
    SetName("message_bar");
    // No sliding: the sentence must be there when the save returns.
    SetShowHideEffects(wxSHOW_EFFECT_NONE, wxSHOW_EFFECT_NONE);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reload(); }, kReload);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clear(); }, wxID_CLOSE);
    // wxWidgets' own tooltip of the close button is English, whatever the
    // language (Debian ships no Hebrew catalogue of wxWidgets): ours is the office's.
    for (wxWindow* child : GetChildren())
        if (dynamic_cast<wxBitmapButton*>(child)) child->SetToolTip(_("Close this message"));
}

void MessageBar::show(const wxString& sentence, int icon)
{
    message_ = sentence;
    // Light, as a form's own notes are (the theme's tooltip colours may be dark).
    SetBackgroundColour(icon == wxICON_WARNING ? wxColour(253, 236, 206) : wxColour(221, 236, 250));
    SetForegroundColour(*wxBLACK);
    // wx 3.2's info bar wraps its text to its own width, which is tiny on a
    // bar never shown yet: the first word would stand alone on a line.
    if (GetParent()) SetSize(GetParent()->GetClientSize().x, -1);
    ShowMessage(sentence, icon);
    growToFit(this);
}

void MessageBar::withReloadButton(bool wanted)
{
    if (wanted == hasReloadButton_) return;
    if (wanted) AddButton(kReload, _("&Reload"));
    else RemoveButton(kReload);
    hasReloadButton_ = wanted;
}

void MessageBar::showProblem(const wxString& sentence)
{
    withReloadButton(false);
    reload_ = nullptr;
    show(sentence, wxICON_WARNING);
}

void MessageBar::showNote(const wxString& sentence)
{
    withReloadButton(false);
    reload_ = nullptr;
    show(sentence, wxICON_INFORMATION);
}

void MessageBar::showConflict(const wxString& sentence, std::function<void()> reload)
{
    withReloadButton(true);
    reload_ = std::move(reload);
    show(sentence, wxICON_WARNING);
}

void MessageBar::clear()
{
    withReloadButton(false);
    reload_ = nullptr;
    message_.clear();
    if (IsShown()) Dismiss();
}

void MessageBar::reload()
{
    auto reload = std::move(reload_);
    clear();
    if (reload) reload();
}

} // namespace praklit::ui
