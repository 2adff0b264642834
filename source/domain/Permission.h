#pragma once
// What a user may do (הרשאות), granted to user groups. Every service call
// asks the signed-in user's group for one of these; the front ends only hide
// what would be refused.
#include <array>
#include <bitset>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

enum class Permission {
    SeeClients,      // clients.see
    EditClients,     // clients.edit
    SeeCharges,      // charges.see — charges, accounts, tax documents and reports
    AddCharges,      // charges.add — time entries, counters and charges of one's own
    IssueAccounts,   // accounts.issue — produce and issue accounts and tax documents, record payments
    CancelDocuments, // documents.cancel
    SeeOthersTime,   // time.others.see
    EditOthersTime,  // time.others.edit
    DownloadCourt,   // court.download — Net HaMishpat
    SendSms,         // sms.send
    ManageTemplates, // templates.manage
    ManageUsers,     // users.manage — users, groups and the office's settings
    SeeAudit,        // audit.see
    Backups,         // backups — make and restore backups
};

inline constexpr std::array kAllPermissions = {
    Permission::SeeClients,    Permission::EditClients,     Permission::SeeCharges,    Permission::AddCharges,
    Permission::IssueAccounts, Permission::CancelDocuments, Permission::SeeOthersTime, Permission::EditOthersTime,
    Permission::DownloadCourt, Permission::SendSms,         Permission::ManageTemplates, Permission::ManageUsers,
    Permission::SeeAudit,      Permission::Backups,
};

// A set of permissions, as a group holds them.
class Permissions {
public:
    bool has(Permission p) const { return bits_.test(static_cast<size_t>(p)); }
    void grant(Permission p) { bits_.set(static_cast<size_t>(p)); }
    void revoke(Permission p) { bits_.reset(static_cast<size_t>(p)); }
    bool operator==(const Permissions&) const = default;
    static Permissions all();

private:
    std::bitset<kAllPermissions.size()> bits_;
};

// The stable key stored in the database and typed in the CLI ("clients.see").
std::string_view permissionKey(Permission p);
std::optional<Permission> permissionFromKey(std::string_view key);
// The permission's name in the user's language ("see clients").
std::string permissionName(Permission p);

// The refusal: one sentence naming the permission (ErrorKind::Forbidden).
[[noreturn]] void forbidden(Permission p);

} // namespace praklit
