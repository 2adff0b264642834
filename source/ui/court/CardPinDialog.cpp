#include "ui/court/CardPinDialog.h"

#include "text/Bidi.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

std::optional<std::string> askCardPin(wxWindow* parent, const services::LinkedCard& card, const wxString& purpose)
{
    wxDialog ask(parent, wxID_ANY, _("Smart card code"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
                 "card_pin_prompt");
    const int margin = ask.FromDIP(12);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* why = new wxStaticText(&ask, wxID_ANY, purpose, wxDefaultPosition, wxDefaultSize, 0, "purpose");
    why->Wrap(ask.FromDIP(420));
    column->Add(why, wxSizerFlags().Border(wxALL, margin));
    // TRANSLATORS: %1$s is the card holder's name, %2$s the date its certificate ends
    auto* which = new wxStaticText(&ask, wxID_ANY,
                                   wxString::Format(_("The card of %1$s, valid until %2$s."), wx(text::isolate(card.holder)),
                                                    displayDate(card.notAfter)),
                                   wxDefaultPosition, wxDefaultSize, 0, "card");
    column->Add(which, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, margin));
    auto* grid = new wxFlexGridSizer(2, ask.FromDIP(6), ask.FromDIP(10));
    grid->AddGrowableCol(1);
    wxTextCtrl* pin = addTextField(&ask, grid, _("Card &code (PIN):"), "pin", wxTE_PASSWORD, true);
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, margin));
    auto* note = new wxStaticText(&ask, wxID_ANY, _("The code goes only to the card; Praklit does not keep it."));
    note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    note->Wrap(ask.FromDIP(420));
    column->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    wxStaticText* message = makeFormMessage(&ask, ask.FromDIP(420));
    column->Add(message, wxSizerFlags().Border(wxLEFT | wxRIGHT, margin));
    addFormButtons(&ask, column, _("Cancel"), _("Continue"), "ok", [&] {
        if (pin->GetValue().empty()) {
            showFormMessage(message, _("Type the card's code."));
            ask.Layout();
            ask.Fit();
            pin->SetFocus();
            return;
        }
        closeForm(&ask, wxID_OK);
    });
    ask.SetEscapeId(wxID_CANCEL);
    ask.SetSizerAndFit(column);
    ask.CentreOnParent();
    pin->SetFocus();
    const bool given = ask.ShowModal() == wxID_OK;
    std::optional<std::string> code;
    if (given) code = utf8(pin->GetValue()); // spaces may be part of it
    pin->Clear();
    return code;
}

} // namespace praklit::ui
