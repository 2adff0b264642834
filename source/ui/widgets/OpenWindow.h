#pragma once
// Each window of a kind (a client's card, the reports, the audit log) is
// opened once; asking for it again raises the one already open.
#include <wx/toplevel.h>

namespace praklit::ui {

// The open top-level window of type W for which `matches` holds, if any.
template <class W, class Match>
W* openWindow(Match matches)
{
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* w = dynamic_cast<W*>(window); w && !w->IsBeingDeleted() && matches(*w)) return w;
    return nullptr;
}

template <class W>
W* openWindow()
{
    return openWindow<W>([](const W&) { return true; });
}

} // namespace praklit::ui
