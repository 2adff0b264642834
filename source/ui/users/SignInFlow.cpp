#include "ui/users/SignInFlow.h"

#include "domain/Error.h"
#include "services/OfficeLocation.h"
#include "services/OfficeService.h"
#include "services/UserService.h"
#include "text/Bidi.h"
#include "ui/users/ChangePasswordDialog.h"
#include "ui/users/FirstRunDialog.h"
#include "ui/users/SignInDialog.h"
#include "ui/widgets/Utf8.h"

#include <filesystem>

namespace praklit::ui {

namespace {

// A service's refusal as a form shows it: the sentence and the field it names.
std::pair<wxString, std::string> refusalOf(const std::exception& e)
{
    const auto* error = dynamic_cast<const Error*>(&e);
    return {wx(e.what()), error ? error->field() : std::string()};
}

} // namespace

std::unique_ptr<services::OfficeSession> signInToOffice(wxWindow* parent, const ConnectionUrl& url, OpenMode mode)
{
    const wxString shown = wx(text::ltr(url.display()));
    std::unique_ptr<services::OfficeSession> session;
    std::error_code ec;
    const bool newFile = url.backend() == Backend::SQLite && mode == OpenMode::CreateIfMissing &&
                         !std::filesystem::exists(url.sqlitePath(), ec);
    // An empty server database asked for by name becomes an office, as a new file does.
    if (url.backend() == Backend::PostgreSQL && mode == OpenMode::CreateIfMissing) services::OfficeService::init(url);
    const bool firstRun = newFile || (url.backend() == Backend::PostgreSQL &&
                                      services::UserService::needsFirstAdministrator(url));
    if (firstRun) {
        FirstRunDialog dialog(parent, shown, services::osLogin(), [&](const FirstRunDialog::Values& v) {
            try {
                if (newFile) services::OfficeService::init(url);
                services::UserService::createFirstAdministrator(url, v.login, v.displayName, v.password, v.officeName);
                session = services::OfficeSession::signIn(url, v.login, v.password);
            } catch (const std::exception& e) {
                return refusalOf(e);
            }
            return std::pair<wxString, std::string>();
        });
        if (dialog.ShowModal() != wxID_OK) return nullptr;
        return session;
    }
    if (url.backend() == Backend::SQLite) {
        try {
            session = services::OfficeSession::signIn(url, services::osLogin(), std::nullopt, mode);
        } catch (const Error& e) {
            // This office requires passwords, or the computer's user is not
            // one of its active users: the sign-in window asks.
            if (e.kind() != ErrorKind::SignIn) throw;
        }
    }
    if (!session) {
        SignInDialog dialog(parent, SignInDialog::Purpose::SignIn, shown, services::osLogin(),
                            [&](const std::string& login, const std::string& password) {
                                try {
                                    session = services::OfficeSession::signIn(url, login, password, mode);
                                } catch (const std::exception& e) {
                                    return wx(e.what());
                                }
                                return wxString();
                            });
        if (dialog.ShowModal() != wxID_OK) return nullptr;
    }
    if (session->user().mustChangePassword && !changeOwnPassword(parent, *session, true)) return nullptr;
    return session;
}

bool changeOwnPassword(wxWindow* parent, services::OfficeSession& office, bool mustChange)
{
    ChangePasswordDialog dialog(parent, mustChange ? ChangePasswordDialog::Purpose::MustChange : ChangePasswordDialog::Purpose::Own,
                                office.user().hasPassword,
                                [&](const std::string& current, const std::string& next) {
                                    try {
                                        services::UserService(office).changeOwnPassword(current, next);
                                    } catch (const std::exception& e) {
                                        return refusalOf(e);
                                    }
                                    return std::pair<wxString, std::string>();
                                });
    return dialog.ShowModal() == wxID_OK;
}

} // namespace praklit::ui
