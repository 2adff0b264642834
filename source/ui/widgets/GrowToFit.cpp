#include "ui/widgets/GrowToFit.h"

#include <wx/sizer.h>
#include <wx/toplevel.h>

namespace praklit::ui {

void growToFit(wxWindow* inside)
{
    wxWindow* top = wxGetTopLevelParent(inside);
    if (!top) return;
    if (top->GetSizer()) {
        const wxSize needed = top->GetSizer()->ComputeFittingWindowSize(top);
        const wxSize now = top->GetSize();
        if (needed.x > now.x || needed.y > now.y) top->SetSize(std::max(needed.x, now.x), std::max(needed.y, now.y));
    }
    top->Layout();
}

} // namespace praklit::ui
