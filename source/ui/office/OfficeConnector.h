#pragma once
#include "domain/ConnectionUrl.h"
#include "domain/OpenMode.h"
#include "services/OfficeSession.h"
#include "ui/office/DatabaseChoice.h"
#include "ui/office/PasswordStore.h"
#include "ui/office/UserSettings.h"

#include <memory>

class wxWindow;

namespace praklit::ui {

// Which office to open and how to remember it: the settings file keeps the
// URL without its password; the password goes to the password store, or is
// asked for at each start when there is none.
class OfficeConnector {
public:
    OfficeConnector(UserSettings& settings, PasswordStore& passwords) : settings_(settings), passwords_(passwords) {}

    // The office this person works in: their chosen database, or the
    // embedded office in their data folder.
    ConnectionUrl configuredUrl() const;
    bool isDefaultOffice() const;

    // The stored password of a server URL, if any is stored.
    std::optional<std::string> storedPassword(const ConnectionUrl& url) const;
    bool asksPassword() const { return settings_.asksPassword(); }

    // What System settings show for `url`, with whether its password is kept.
    DatabaseChoice choiceFor(const ConnectionUrl& url) const;

    // Opens the office and signs the person in (ui/users/SignInFlow.h): a
    // first start creates the office and its first administrator. nullptr
    // when the person gave up; throws Error with one sentence.
    std::unique_ptr<services::OfficeSession> open(const ConnectionUrl& url, OpenMode mode,
                                                  wxWindow* parent = nullptr) const;

    // After the person chose `choice` and it opened as `url`.
    void remember(const DatabaseChoice& choice, const ConnectionUrl& url);

    bool canRememberPasswords() const { return passwords_.available(); }

private:
    UserSettings& settings_;
    PasswordStore& passwords_;
};

} // namespace praklit::ui
