#include "ui/widgets/CardFooter.h"

#include <wx/button.h>
#include <wx/sizer.h>

namespace praklit::ui {

wxSizer* cardFooter(wxWindow* body, wxButton*& close, wxButton*& save)
{
    close = new wxButton(body, wxID_ANY, _("C&lose"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    save = new wxButton(body, wxID_ANY, _("&Save"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "save");
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    // As GTK orders a dialog's buttons: the affirmative one at the end edge.
    buttons->AddStretchSpacer();
    buttons->Add(close, wxSizerFlags().Border(wxALL, body->FromDIP(4)));
    buttons->Add(save, wxSizerFlags().Border(wxALL, body->FromDIP(4)));
    return buttons;
}

} // namespace praklit::ui
