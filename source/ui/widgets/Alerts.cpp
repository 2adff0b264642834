#include "ui/widgets/Alerts.h"

#include <wx/msgdlg.h>

namespace praklit::ui {

void showProblem(wxWindow* parent, const wxString& sentence)
{
    wxMessageDialog dialog(parent, sentence, _("Praklit"), wxOK | wxICON_WARNING | wxCENTRE);
    dialog.SetOKLabel(_("OK"));
    dialog.ShowModal();
}

void showInformation(wxWindow* parent, const wxString& sentence)
{
    wxMessageDialog dialog(parent, sentence, _("Praklit"), wxOK | wxICON_INFORMATION | wxCENTRE);
    dialog.SetOKLabel(_("OK"));
    dialog.ShowModal();
}

} // namespace praklit::ui
