#pragma once
#include "domain/Module.h"

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// Whether a window shows an optional module's buttons, tabs and lists: the
// module is on (System settings → Modules). An office that cannot be read
// now shows it off, and the next window asks again.
bool moduleShown(services::OfficeSession& office, Module module);

} // namespace praklit::ui
