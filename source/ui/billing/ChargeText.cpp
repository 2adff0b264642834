#include "ui/billing/ChargeText.h"

#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/widgets/Utf8.h"

#include <wx/intl.h>
#include <wx/window.h>

namespace praklit::ui {

wxString moneyText(int64_t agorot)
{
    // ICU writes right-to-left marks around the sign for Hebrew; inside a
    // left-to-right island they would pull the ₪ before the number.
    return wx(text::ltr(text::withoutBidiControls(text::formatMoney(agorot))));
}

wxString hoursText(int64_t seconds) { return wx(text::ltr(text::formatHours(seconds))); }

wxString minutesText(int64_t seconds) { return wx(text::ltr(text::formatCount((seconds + 30) / 60))); }

wxString kindText(ChargeKind kind) { return wx(kindName(kind)); }

int numberAlignment(const wxWindow* window)
{
    return window->GetLayoutDirection() == wxLayout_RightToLeft ? wxALIGN_LEFT : wxALIGN_RIGHT;
}

wxString stateText(ChargeState state) { return wx(stateName(state)); }

} // namespace praklit::ui
