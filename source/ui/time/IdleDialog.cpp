#include "ui/time/IdleDialog.h"

#include "text/Bidi.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {
// "dd/mm/yyyy HH:MM" → "HH:MM" when both ends are on the same day.
wxString clock(text::Timestamp t) { return wx(text::ltr(text::toIsraelDisplay(t).substr(11))); }
} // namespace

IdleDialog::IdleDialog(wxWindow* parent, text::Timestamp since, text::Timestamp back, const std::vector<wxString>& places)
    : wxDialog(parent, wxID_ANY, _("Welcome back"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
               "idle_dialog")
{
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(back - since).count();
    const bool sameDay = text::toIsraelDisplay(since).substr(0, 10) == text::toIsraelDisplay(back).substr(0, 10);
    const wxString from = sameDay ? clock(since) : wx(text::ltr(text::toIsraelDisplay(since)));
    wxString message = wxString::Format(
        wxPLURAL("You were away from %s to %s (%d minute) while a time counter was running:",
                 "You were away from %s to %s (%d minutes) while a time counter was running:", pluralCount(minutes)),
        from, clock(back), static_cast<int>(minutes));
    for (const auto& place : places) message += "\n    " + place;
    message += "\n\n" + _("What should happen to the time you were away?");

    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* text = new wxStaticText(this, wxID_ANY, message, wxDefaultPosition, wxDefaultSize, 0, "idle_message");
    text->Wrap(FromDIP(460));
    column->Add(text, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));

    struct Choice {
        services::IdleChoice choice;
        wxString label;
        const char* name;
    };
    const Choice choices[] = {
        {services::IdleChoice::Keep, _("&Keep it: it was work"), "idle_keep"},
        {services::IdleChoice::Discard, _("&Discard the time away"), "idle_discard"},
        {services::IdleChoice::Split,
         wxString::Format(_("&Split: record the time until %s, and count anew from now"), from), "idle_split"},
    };
    for (const auto& c : choices) {
        auto* button = new wxButton(this, wxID_ANY, c.label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, c.name);
        button->Bind(wxEVT_BUTTON, [this, choice = c.choice](wxCommandEvent&) { choose(choice); });
        column->Add(button, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
        if (c.choice == services::IdleChoice::Keep) button->SetDefault();
    }
    SetEscapeId(wxID_NONE);
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE) choose(services::IdleChoice::Keep);
        else event.Skip();
    });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { choose(services::IdleChoice::Keep); });
    SetSizerAndFit(column);
    CentreOnParent();
}

void IdleDialog::choose(services::IdleChoice choice)
{
    choice_ = choice;
    if (IsModal()) EndModal(wxID_OK);
    else Hide();
}

services::IdleChoice IdleDialog::ask(wxWindow* parent, text::Timestamp since, text::Timestamp back,
                                     const std::vector<wxString>& places)
{
    IdleDialog dialog(parent, since, back, places);
    dialog.ShowModal();
    return dialog.choice();
}

} // namespace praklit::ui
