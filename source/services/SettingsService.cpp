#include "services/SettingsService.h"

#include "data/Database.h"
#include "data/FileModes.h"
#include "data/RateRepository.h"
#include "data/SettingsRepository.h"
#include "domain/Error.h"
#include "domain/IsraeliId.h"
#include "domain/Limits.h"
#include "domain/Money.h"
#include "services/Audit.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <cstring>
#include <fstream>

namespace praklit::services {

using text::format;
using text::tr;

namespace {

void checkRounding(const Rounding& rule)
{
    if (!validRoundingUnit(rule.unitMinutes))
        invalid(tr("The rounding unit must be none, 1, 5, 6, 10 or 15 minutes."), "rounding_unit");
}

void checkRate(std::optional<int64_t> agorot)
{
    if (agorot) checkAgorot(MoneyField::HourlyRate, *agorot);
}

// The letterhead draws a PNG: anything else would print no logo, silently.
void checkLogo(const std::string& path)
{
    const std::filesystem::path file(path);
    if (!file.is_absolute())
        invalid(format(tr("The logo must be given as a full path, not {1}."), text::ltr(path)), "logo");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        invalid(format(tr("There is no image file {1}."), text::ltr(path)), "logo");
    std::ifstream in(file, std::ios::binary);
    char header[8] = {};
    in.read(header, sizeof header);
    if (in.gcount() != 8 || std::memcmp(header, "\x89PNG\r\n\x1a\n", 8) != 0)
        invalid(format(tr("The logo must be a PNG image, and {1} is not one."), text::ltr(path)), "logo");
}

bool flag(const std::map<std::string, std::string>& values, const char* key, bool fallback)
{
    const auto it = values.find(key);
    return it == values.end() ? fallback : it->second == "1";
}

int number(const std::map<std::string, std::string>& values, const char* key, int fallback)
{
    const auto it = values.find(key);
    if (it == values.end()) return fallback;
    try {
        return std::stoi(it->second);
    } catch (const std::exception&) {
        return fallback;
    }
}

} // namespace

Rounding SettingsService::officeRounding()
{
    Rounding rule;
    office_.db().guarded([&] {
        data::SettingsRepository settings(office_.db());
        if (const auto unit = settings.office("rounding.unit")) rule.unitMinutes = std::stoi(*unit);
        if (const auto mode = settings.office("rounding.mode")) rule.mode = parseRoundingMode(*mode).value_or(RoundingMode::Up);
    });
    return rule;
}

void SettingsService::setOfficeRounding(const Rounding& rule)
{
    office_.require(Permission::ManageUsers);
    checkRounding(rule);
    auto& db = office_.db();
    db.transaction([&] {
        const auto before = officeRounding();
        data::SettingsRepository settings(db);
        settings.setOffice("rounding.unit", std::to_string(rule.unitMinutes));
        settings.setOffice("rounding.mode", std::string(toString(rule.mode)));
        audit(db, office_.user().id, "office_settings", 0, "update",
              Changes()
                  .change("rounding.unit", int64_t{before.unitMinutes}, int64_t{rule.unitMinutes})
                  .change("rounding.mode", std::string(toString(before.mode)), std::string(toString(rule.mode))));
    });
}

Rounding SettingsService::roundingFor(int64_t clientId)
{
    std::optional<std::pair<int, std::string>> own;
    office_.db().guarded([&] { own = data::RateRepository(office_.db()).clientRounding(clientId); });
    if (!own) return officeRounding();
    return Rounding{own->first, parseRoundingMode(own->second).value_or(RoundingMode::Up)};
}

void SettingsService::setClientRounding(int64_t clientId, std::optional<Rounding> rule)
{
    office_.require(Permission::EditClients);
    if (rule) checkRounding(*rule);
    auto& db = office_.db();
    db.transaction([&] {
        data::RateRepository(db).setClientRounding(
            clientId, rule ? std::optional(std::make_pair(rule->unitMinutes, std::string(toString(rule->mode)))) : std::nullopt);
        audit(db, office_.user().id, "entities", clientId, "update",
              Changes().set("rounding", rule ? std::to_string(rule->unitMinutes) + " " + std::string(toString(rule->mode))
                                             : std::string("office")));
    });
}

void SettingsService::setRate(RateOwner table, int64_t id, std::optional<int64_t> agorot)
{
    checkRate(agorot);
    auto& db = office_.db();
    db.transaction([&] {
        data::RateRepository rates(db);
        const auto before = rates.rate(table, id);
        if (!rates.setRate(table, id, agorot))
            notFound(table == RateOwner::Case     ? format(tr("There is no case number {1}."), id)
                     : table == RateOwner::Client ? format(tr("There is no client number {1}."), id)
                                                        : format(tr("There is no user number {1}."), id));
        audit(db, office_.user().id, std::string(data::tableOf(table)), id, "update",
              Changes().change("hourly_rate_agorot", before ? std::to_string(*before) : "", agorot ? std::to_string(*agorot) : ""));
    });
}

// A user's own rate is the office's decision, as the user's group is.
void SettingsService::setUserRate(int64_t userId, std::optional<int64_t> agorot)
{
    office_.require(Permission::ManageUsers);
    setRate(RateOwner::User, userId, agorot);
}
void SettingsService::setClientRate(int64_t clientId, std::optional<int64_t> agorot)
{
    office_.require(Permission::EditClients);
    setRate(RateOwner::Client, clientId, agorot);
}
void SettingsService::setCaseRate(int64_t caseId, std::optional<int64_t> agorot)
{
    office_.require(Permission::EditClients);
    setRate(RateOwner::Case, caseId, agorot);
}

int64_t SettingsService::rateFor(int64_t caseId, int64_t clientId, int64_t userId)
{
    int64_t rate = 0;
    office_.db().guarded([&] {
        data::RateRepository rates(office_.db());
        rate = effectiveRate(caseId ? rates.rate(RateOwner::Case, caseId) : std::nullopt,
                             rates.rate(RateOwner::Client, clientId),
                             userId ? rates.rate(RateOwner::User, userId) : std::nullopt);
    });
    return rate;
}

TimerSettings SettingsService::timerSettings()
{
    std::map<std::string, std::string> values;
    office_.db().guarded([&] { values = data::SettingsRepository(office_.db()).user(office_.user().id); });
    TimerSettings s;
    s.startOnCaseCard = flag(values, "timer.start_on_case_card", s.startOnCaseCard);
    s.startOnDocument = flag(values, "timer.start_on_document", s.startOnDocument);
    s.keepOthersRunning = flag(values, "timer.keep_others_running", s.keepOthersRunning);
    s.longRunningHours = number(values, "timer.long_running_hours", s.longRunningHours);
    s.idleMinutes = number(values, "timer.idle_minutes", s.idleMinutes);
    return s;
}

void SettingsService::saveTimerSettings(const TimerSettings& s)
{
    if (s.longRunningHours < 1 || s.longRunningHours > 72)
        invalid(tr("The long-running threshold must be between 1 and 72 hours."), "long_running_hours");
    if (s.idleMinutes < 1 || s.idleMinutes > 480) invalid(tr("The idle threshold must be between 1 and 480 minutes."), "idle_minutes");
    auto& db = office_.db();
    db.transaction([&] {
        data::SettingsRepository settings(db);
        const int64_t user = office_.user().id;
        settings.setUser(user, "timer.start_on_case_card", s.startOnCaseCard ? "1" : "0");
        settings.setUser(user, "timer.start_on_document", s.startOnDocument ? "1" : "0");
        settings.setUser(user, "timer.keep_others_running", s.keepOthersRunning ? "1" : "0");
        settings.setUser(user, "timer.long_running_hours", std::to_string(s.longRunningHours));
        settings.setUser(user, "timer.idle_minutes", std::to_string(s.idleMinutes));
        audit(db, user, "user_settings", 0, "update",
              Changes()
                  .set("timer.start_on_case_card", s.startOnCaseCard ? "1" : "0")
                  .set("timer.start_on_document", s.startOnDocument ? "1" : "0")
                  .set("timer.keep_others_running", s.keepOthersRunning ? "1" : "0")
                  .set("timer.long_running_hours", std::to_string(s.longRunningHours))
                  .set("timer.idle_minutes", std::to_string(s.idleMinutes)));
    });
}

Letterhead SettingsService::letterhead()
{
    Letterhead l;
    office_.db().guarded([&] {
        data::SettingsRepository settings(office_.db());
        l.officeName = settings.office("office.name").value_or("");
        l.address = settings.office("office.address").value_or("");
        l.phones = settings.office("office.phones").value_or("");
        l.vatNumber = settings.office("office.vat_number").value_or("");
        l.logoPath = settings.office("office.logo").value_or("");
    });
    return l;
}

void SettingsService::setLetterhead(const Letterhead& l)
{
    office_.require(Permission::ManageUsers);
    Letterhead clean;
    clean.officeName = cleanText(l.officeName, tr("Office name"), kMaxNameLength, "office_name");
    clean.address = cleanText(l.address, tr("Address"), kMaxLineLength, "office_address");
    clean.phones = cleanText(l.phones, tr("Phones"), kMaxLineLength, "office_phones");
    clean.vatNumber = cleanText(l.vatNumber, tr("VAT number"), 20, "vat_number");
    clean.logoPath = cleanText(l.logoPath, tr("Logo"), 1000, "logo");
    if (!clean.logoPath.empty()) checkLogo(clean.logoPath);
    if (!clean.vatNumber.empty() && !IsraeliId::parse(clean.vatNumber))
        invalid(tr("The VAT number (עוסק מורשה) is not valid: check its digits."), "vat_number");
    if (const auto id = IsraeliId::parse(clean.vatNumber)) clean.vatNumber = id->digits();
    auto& db = office_.db();
    db.transaction([&] {
        const auto before = letterhead();
        data::SettingsRepository settings(db);
        settings.setOffice("office.name", clean.officeName);
        settings.setOffice("office.address", clean.address);
        settings.setOffice("office.phones", clean.phones);
        settings.setOffice("office.vat_number", clean.vatNumber);
        settings.setOffice("office.logo", clean.logoPath);
        audit(db, office_.user().id, "office_settings", 0, "update",
              Changes()
                  .change("office.name", before.officeName, clean.officeName)
                  .change("office.address", before.address, clean.address)
                  .change("office.phones", before.phones, clean.phones)
                  .change("office.vat_number", before.vatNumber, clean.vatNumber)
                  .change("office.logo", before.logoPath, clean.logoPath));
    });
}

std::optional<std::filesystem::path> SettingsService::configuredDocumentsFolder()
{
    std::optional<std::string> value;
    office_.db().guarded([&] { value = data::SettingsRepository(office_.db()).office("documents.folder"); });
    if (!value || value->empty()) return std::nullopt;
    return std::filesystem::path(*value);
}

std::filesystem::path SettingsService::documentsFolder()
{
    if (auto folder = configuredDocumentsFolder()) return *folder;
    const auto& url = office_.db().url();
    if (url.backend() == Backend::SQLite) {
        const auto& file = url.sqlitePath();
        return file.parent_path() / (file.stem().string() + "-documents");
    }
    invalid(tr("This office has no documents folder yet: choose the shared folder in System settings."), "documents_folder");
}

void SettingsService::setDocumentsFolder(const std::filesystem::path& typed)
{
    office_.require(Permission::ManageUsers);
    const std::filesystem::path folder(cleanText(typed.string(), tr("Documents folder"), 1000, "documents_folder"));
    if (!folder.is_absolute())
        invalid(format(tr("The documents folder must be a full path, not {1}."), text::ltr(folder.string())), "documents_folder");
    auto& db = office_.db();
    db.transaction([&] {
        data::SettingsRepository settings(db);
        const auto before = settings.office("documents.folder").value_or("");
        settings.setOffice("documents.folder", folder.string());
        audit(db, office_.user().id, "office_settings", 0, "update", Changes().change("documents.folder", before, folder.string()));
    });
}

std::optional<int64_t> SettingsService::userRate(int64_t userId)
{
    std::optional<int64_t> rate;
    office_.db().guarded([&] { rate = data::RateRepository(office_.db()).rate(RateOwner::User, userId); });
    return rate;
}

bool SettingsService::requiresPassword()
{
    if (office_.db().backend() == Backend::PostgreSQL) return true;
    std::optional<std::string> value;
    office_.db().guarded([&] { value = data::SettingsRepository(office_.db()).office("security.require_password"); });
    return value.value_or("0") == "1";
}

void SettingsService::setRequiresPassword(bool required)
{
    office_.require(Permission::ManageUsers);
    auto& db = office_.db();
    if (db.backend() == Backend::PostgreSQL) {
        if (!required) invalid(tr("The office server asks every user for a password."), "require_password");
        return;
    }
    // Whoever turns passwords on must be able to sign in afterwards.
    if (required && !office_.user().hasPassword)
        invalid(tr("Choose your own password first (Change password): once passwords are required, a user without "
                   "one cannot sign in."),
                "require_password");
    db.transaction([&] {
        data::SettingsRepository settings(db);
        const std::string before = settings.office("security.require_password").value_or("0");
        const std::string after = required ? "1" : "0";
        if (before == after) return;
        settings.setOffice("security.require_password", after);
        audit(db, office_.user().id, "office_settings", 0, "update",
              Changes().change("security.require_password", before, after));
    });
}

int SettingsService::lockMinutes()
{
    std::optional<std::string> value;
    office_.db().guarded([&] { value = data::SettingsRepository(office_.db()).office("security.lock_minutes"); });
    if (!value) return kDefaultLockMinutes;
    try {
        return std::stoi(*value);
    } catch (const std::exception&) {
        return kDefaultLockMinutes;
    }
}

void SettingsService::setLockMinutes(int minutes)
{
    office_.require(Permission::ManageUsers);
    if (minutes < 1 || minutes > 480)
        invalid(tr("The windows lock after between 1 and 480 idle minutes."), "lock_minutes");
    auto& db = office_.db();
    db.transaction([&] {
        data::SettingsRepository settings(db);
        const std::string before = settings.office("security.lock_minutes").value_or(std::to_string(kDefaultLockMinutes));
        const std::string after = std::to_string(minutes);
        if (before == after) return;
        settings.setOffice("security.lock_minutes", after);
        audit(db, office_.user().id, "office_settings", 0, "update", Changes().change("security.lock_minutes", before, after));
    });
}

bool SettingsService::documentsSharedWithGroup()
{
    std::optional<std::string> value;
    office_.db().guarded([&] { value = data::SettingsRepository(office_.db()).office("documents.shared_group"); });
    return value.value_or("off") == "on";
}

void SettingsService::setDocumentsSharedWithGroup(bool shared)
{
    office_.require(Permission::ManageUsers);
    auto& db = office_.db();
    bool changed = false;
    db.transaction([&] {
        data::SettingsRepository settings(db);
        const std::string before = settings.office("documents.shared_group").value_or("off");
        const std::string after = shared ? "on" : "off";
        if (before == after) return;
        settings.setOffice("documents.shared_group", after);
        audit(db, office_.user().id, "office_settings", 0, "update", Changes().change("documents.shared_group", before, after));
        changed = true;
    });
    if (!changed) return;
    // What is stored already follows the setting, or the group would see
    // only what was added after it changed.
    auto folder = configuredDocumentsFolder();
    if (!folder && db.backend() == Backend::SQLite) folder = documentsFolder();
    std::error_code ec;
    if (!folder || !std::filesystem::is_directory(*folder, ec)) return;
    const auto sharing = shared ? data::FileSharing::Group : data::FileSharing::Owner;
    data::setMode(*folder, sharing);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(*folder, ec)) data::setMode(entry.path(), sharing);
}

} // namespace praklit::services
