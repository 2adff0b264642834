#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/OpenMode.h"
#include "services/OfficeSession.h"

#include <memory>

class wxWindow;

namespace praklit::ui {

// Opens `url` for the person at this workstation, the way the front end
// signs in: a new office (or a server office nobody administers yet) asks
// its first administrator (FirstRunDialog); a server office, or an embedded
// one that requires passwords, asks for a login and password (SignInDialog);
// any other embedded office signs the operating system's user in by name.
// A user whose password was reset changes it before anything else.
// nullptr when the person gave up; Error when the office will not open.
std::unique_ptr<services::OfficeSession> signInToOffice(wxWindow* parent, const ConnectionUrl& url, OpenMode mode);

// The signed-in user's own password (ChangePasswordDialog); true when changed.
bool changeOwnPassword(wxWindow* parent, services::OfficeSession& office, bool mustChange = false);

} // namespace praklit::ui
