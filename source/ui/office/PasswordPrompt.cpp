#include "ui/office/PasswordPrompt.h"

#include "text/Bidi.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/textdlg.h>

namespace praklit::ui {

std::optional<std::string> askServerPassword(wxWindow* parent, const ConnectionUrl& url)
{
    // TRANSLATORS: %1$s is the login, %2$s the office server, e.g. "praklit @ db.office:5432 (PostgreSQL)".
    const wxString question = wxString::Format(_("The password of user %1$s on the office server %2$s:"),
                                               wx(text::ltr(url.get("user"))), wx(text::ltr(url.display())));
    wxPasswordEntryDialog dialog(parent, question, _("Office server password"));
    // GTK labels stock buttons in the system's language; ours is chosen per person.
    labelStockButtons(&dialog, _("OK"));
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(dialog.GetValue());
}

} // namespace praklit::ui
