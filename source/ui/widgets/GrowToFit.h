#pragma once
class wxWindow;

namespace praklit::ui {

// A sentence that appears inside a form (a refusal beneath a field, a bar
// above it) needs room: the window grows to fit its content, never shrinks
// under the person's hands.
void growToFit(wxWindow* inside);

} // namespace praklit::ui
