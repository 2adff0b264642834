#pragma once
#include "services/CourtService.h"

#include <optional>
#include <string>

class wxWindow;

namespace praklit::ui {

// קוד הכרטיס: asks the code (PIN) of the user's linked card before a
// download or a check of the card, naming the card so the person knows
// which one to insert. Returns the code, or nothing when the person
// cancels. The field is emptied as the dialog closes; the code is the
// caller's to hand on and the service's to wipe.
std::optional<std::string> askCardPin(wxWindow* parent, const services::LinkedCard& card, const wxString& purpose);

} // namespace praklit::ui
