#pragma once
#include "ui/widgets/Alerts.h"
#include "ui/widgets/Utf8.h"

#include <exception>

class wxWindow;

namespace praklit::ui {

// Runs what a button asked of a service. A refusal or a failure shows the
// service's sentence in a message box; false then, and nothing else changes.
template <typename F> bool attempt(wxWindow* parent, F&& action)
{
    try {
        action();
        return true;
    } catch (const std::exception& e) {
        showProblem(parent, wx(e.what()));
        return false;
    }
}

} // namespace praklit::ui
