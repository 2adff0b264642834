#pragma once
#include <wx/string.h>

class wxWindow;

namespace praklit::ui {

// A sentence from a service in a message box whose button is in the
// office's language (GTK's own "OK" follows the system locale, not ours).
void showProblem(wxWindow* parent, const wxString& sentence);
// The same for a sentence that says all went well.
void showInformation(wxWindow* parent, const wxString& sentence);

} // namespace praklit::ui
