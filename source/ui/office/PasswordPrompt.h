#pragma once
#include "domain/ConnectionUrl.h"

#include <optional>
#include <string>

class wxWindow;

namespace praklit::ui {

// Asks for the office server's password when it is kept nowhere.
// nullopt when the person cancels.
std::optional<std::string> askServerPassword(wxWindow* parent, const ConnectionUrl& url);

} // namespace praklit::ui
