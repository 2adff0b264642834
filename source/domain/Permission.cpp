#include "domain/Permission.h"

#include "domain/Error.h"
#include "text/Translate.h"

namespace praklit {

namespace {
struct Row {
    Permission permission;
    std::string_view key;
};
constexpr Row kRows[] = {
    {Permission::SeeClients, "clients.see"},
    {Permission::EditClients, "clients.edit"},
    {Permission::SeeCharges, "charges.see"},
    {Permission::AddCharges, "charges.add"},
    {Permission::IssueAccounts, "accounts.issue"},
    {Permission::CancelDocuments, "documents.cancel"},
    {Permission::SeeOthersTime, "time.others.see"},
    {Permission::EditOthersTime, "time.others.edit"},
    {Permission::DownloadCourt, "court.download"},
    {Permission::SendSms, "sms.send"},
    {Permission::ManageTemplates, "templates.manage"},
    {Permission::ManageUsers, "users.manage"},
    {Permission::SeeAudit, "audit.see"},
    {Permission::Backups, "backups"},
};
static_assert(std::size(kRows) == kAllPermissions.size());

const Row& rowOf(Permission p) { return kRows[static_cast<size_t>(p)]; }
} // namespace

Permissions Permissions::all()
{
    Permissions out;
    for (auto p : kAllPermissions) out.grant(p);
    return out;
}

std::string_view permissionKey(Permission p) { return rowOf(p).key; }

std::optional<Permission> permissionFromKey(std::string_view key)
{
    for (const auto& r : kRows)
        if (r.key == key) return r.permission;
    return std::nullopt;
}

std::string permissionName(Permission p)
{
    // The literal list keeps the names in the catalog.
    switch (p) {
    case Permission::SeeClients: return text::tr("see clients");
    case Permission::EditClients: return text::tr("edit clients");
    case Permission::SeeCharges: return text::tr("see charges and accounts");
    case Permission::AddCharges: return text::tr("add charges");
    case Permission::IssueAccounts: return text::tr("issue accounts and tax documents");
    case Permission::CancelDocuments: return text::tr("cancel documents");
    case Permission::SeeOthersTime: return text::tr("see other users' time");
    case Permission::EditOthersTime: return text::tr("edit other users' time");
    case Permission::DownloadCourt: return text::tr("download from Net HaMishpat");
    case Permission::SendSms: return text::tr("send SMS");
    case Permission::ManageTemplates: return text::tr("manage templates");
    case Permission::ManageUsers: return text::tr("manage users and settings");
    case Permission::SeeAudit: return text::tr("see the audit log");
    case Permission::Backups: return text::tr("make and restore backups");
    }
    return std::string(rowOf(p).key);
}

void forbidden(Permission p)
{
    throw Error(ErrorKind::Forbidden,
                text::format(text::tr("Your user group does not have the permission \"{1}\": an administrator can grant it "
                                      "in Users and groups."),
                             permissionName(p)));
}

} // namespace praklit
