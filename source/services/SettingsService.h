#pragma once
#include "domain/Printout.h"
#include "domain/RateOwner.h"
#include "domain/Rounding.h"
#include "domain/Timer.h"
#include "services/OfficeSession.h"

#include <filesystem>
#include <optional>

namespace praklit::services {

inline constexpr int kDefaultLockMinutes = 15;

// Office-wide settings (the rounding rule, the documents folder, rates) and
// the signed-in user's own (time counter conditions). Stored in the database,
// so they follow the office and the user to any workstation.
class SettingsService {
public:
    explicit SettingsService(OfficeSession& office) : office_(office) {}

    Rounding officeRounding();
    void setOfficeRounding(const Rounding& rule);
    // The client's own rule when it has one, else the office's.
    Rounding roundingFor(int64_t clientId);
    void setClientRounding(int64_t clientId, std::optional<Rounding> rule);

    // Hourly rates in agorot: the user's default (the price list), a client's, a case's.
    void setUserRate(int64_t userId, std::optional<int64_t> agorot);
    void setClientRate(int64_t clientId, std::optional<int64_t> agorot);
    void setCaseRate(int64_t caseId, std::optional<int64_t> agorot);
    // The case's rate, else the client's, else the user's; 0 when none.
    int64_t rateFor(int64_t caseId, int64_t clientId, int64_t userId);

    TimerSettings timerSettings(); // the signed-in user's
    void saveTimerSettings(const TimerSettings& settings);

    // Where documents are kept: the configured shared folder, else (SQLite)
    // a folder beside the office file. Error when a server office has none set.
    std::filesystem::path documentsFolder();
    std::optional<std::filesystem::path> configuredDocumentsFolder();
    void setDocumentsFolder(const std::filesystem::path& folder);
    // Whether the documents folder is shared with its group (the office's
    // staff on a file server): stored documents 0660 and their folders 2770
    // instead of the owner's alone (0600 / 0700). Changing it needs
    // ManageUsers, and gives the documents already stored the new modes.
    bool documentsSharedWithGroup();
    void setDocumentsSharedWithGroup(bool shared);

    // The office's letterhead on what it sends: name, address, phones,
    // עוסק מורשה number, logo.
    Letterhead letterhead();
    void setLetterhead(const Letterhead& letterhead);

    // A user's default hourly rate (the price list), in agorot; nullopt when none.
    std::optional<int64_t> userRate(int64_t userId);

    // The office's sign-in rules (System settings → Security): whether an
    // embedded office asks every user for a password (a server office always
    // does), and after how many idle minutes the windows lock. Changing them
    // needs ManageUsers.
    bool requiresPassword();
    void setRequiresPassword(bool required);
    int lockMinutes();
    void setLockMinutes(int minutes);

private:
    void setRate(RateOwner owner, int64_t id, std::optional<int64_t> agorot);
    OfficeSession& office_;
};

} // namespace praklit::services
