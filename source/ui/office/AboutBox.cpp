#include "ui/office/AboutBox.h"

#include "ui/office/Artwork.h"

#include <wx/aboutdlg.h>

namespace praklit::ui {

void showAboutBox(wxWindow* parent)
{
    wxAboutDialogInfo info;
    info.SetName(_("Praklit"));
    info.SetVersion(PRAKLIT_VERSION);
    info.SetDescription(_("Runs an Israeli law office: clients, cases, the time spent on them and what is charged for it."));
    wxIcon icon;
    icon.CopyFromBitmap(appIcon(128).GetBitmap(wxSize(128, 128)));
    info.SetIcon(icon);
    wxAboutBox(info, parent);
}

} // namespace praklit::ui
