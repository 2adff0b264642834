#include "services/AuditService.h"

#include "data/AccountRepository.h"
#include "data/AuditRepository.h"
#include "data/Database.h"
#include "data/TaxDocumentRepository.h"
#include "data/UserRepository.h"
#include "domain/Charge.h"
#include "domain/Dates.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "domain/TransactionAccount.h"
#include "services/DocumentSeal.h"
#include "text/Bidi.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace praklit::services {

using text::format;
using text::tr;

namespace {

std::string fieldName(const std::string& field)
{
    static const std::map<std::string, const char*> names{
        {"state", "State"},
        {"number", "Number"},
        {"kind", "Kind"},
        {"account_id", "Transaction account"},
        {"entity_id", "Client"},
        {"case_id", "Case"},
        {"first_name", "First name"},
        {"last_name", "Last name"},
        {"org_name", "Organisation name"},
        {"id_number", "ID number"},
        {"email", "E-mail"},
        {"note", "Note"},
        {"active", "Active"},
        {"description", "Description"},
        {"charged_on", "Date"},
        {"seconds", "Time worked (seconds)"},
        {"billed_seconds", "Billed time (seconds)"},
        {"rate_agorot", "Hourly rate (agorot)"},
        {"amount_agorot", "Amount (agorot)"},
        {"total_agorot", "Total (agorot)"},
        {"paid_agorot", "Paid (agorot)"},
        {"vat_exempt", "Without VAT"},
        {"billable", "Billable"},
        {"content_hash", "Seal"},
        {"client_name", "Client name"},
        {"client_address", "Client address"},
        {"issued_on", "Issued on"},
        {"street", "Street"},
        {"house", "House number"},
        {"city", "City"},
        {"zip", "Postal code"},
        {"is_primary", "Primary"},
        {"subject", "Subject"},
        {"status", "Status"},
        {"to", "To"},
        {"report", "Report"},
    };
    const auto it = names.find(field);
    return it == names.end() ? field : tr(it->second);
}

// Stored state words as people read them.
std::string valueText(const std::string& table, const std::string& field, const std::string& value)
{
    if (field == "state") {
        if (table == "charges")
            if (const auto s = parseChargeState(value)) return stateName(*s);
        if (table == "transaction_accounts")
            if (const auto s = parseAccountState(value)) return stateName(*s);
    }
    if (value == "true") return tr("yes");
    if (value == "false") return tr("no");
    return value;
}

AuditRow rowOf(const data::AuditEntry& e, const std::map<int64_t, User>& users)
{
    AuditRow r;
    r.id = e.id;
    r.login = e.userLogin;
    const auto u = users.find(e.userId);
    r.who = u != users.end() ? u->second.shownName() : e.userLogin;
    r.when = text::toIsraelDisplay(e.at);
    r.atIso = text::toIsraelIso(e.at);
    r.table = e.table;
    r.tableName = AuditService::tableName(e.table);
    r.recordId = e.rowId;
    r.action = e.action;
    r.actionName = AuditService::actionName(e.action);
    r.reason = e.reason;
    const auto json = nlohmann::ordered_json::parse(e.changes, nullptr, false);
    if (json.is_object())
        for (const auto& [key, value] : json.items()) {
            AuditFieldChange f;
            f.field = key;
            f.fieldName = fieldName(key);
            const auto textOf = [](const nlohmann::ordered_json& v) {
                return v.is_string() ? v.get<std::string>() : v.dump();
            };
            if (value.is_array() && value.size() == 2) {
                f.hasBefore = true;
                f.before = valueText(e.table, key, textOf(value[0]));
                f.after = valueText(e.table, key, textOf(value[1]));
            } else {
                f.after = valueText(e.table, key, textOf(value));
            }
            r.what += (r.what.empty() ? "" : "; ") + f.fieldName + ": " +
                      (f.hasBefore ? text::isolate(f.before) + " → " + text::isolate(f.after) : text::isolate(f.after));
            r.fields.push_back(std::move(f));
        }
    return r;
}

} // namespace

const std::vector<std::string>& AuditService::tables()
{
    static const std::vector<std::string> all{
        "entities", "addresses", "phones", "contacts", "contact_roles", "cases", "timers", "time_entries", "charges",
        "transaction_accounts", "tax_documents", "payments", "documents", "reports", "users", "user_groups",
        "office_settings", "user_settings", "vat_rates", "allocation_thresholds", "number_series", "office"};
    return all;
}

const std::vector<std::string>& AuditService::actions()
{
    static const std::vector<std::string> all{"insert", "update", "delete", "import", "state", "read", "export",
                                              "sign-in", "sign-in-refused", "backup", "restore"};
    return all;
}

std::string AuditService::tableName(const std::string& table)
{
    static const std::map<std::string, const char*> names{
        {"entities", text::N_("Clients")},
        {"addresses", text::N_("Addresses")},
        {"phones", text::N_("Phones")},
        {"contacts", text::N_("Contacts")},
        {"contact_roles", text::N_("Contact roles")},
        {"cases", text::N_("Cases")},
        {"timers", text::N_("Time counters")},
        {"time_entries", text::N_("Time entries")},
        {"charges", text::N_("Charges")},
        {"transaction_accounts", text::N_("Transaction accounts")},
        {"tax_documents", text::N_("Tax documents")},
        {"payments", text::N_("Payments")},
        {"documents", text::N_("Documents")},
        {"reports", text::N_("Reports")},
        {"users", text::N_("Users")},
        {"user_groups", text::N_("User groups")},
        {"office_settings", text::N_("Office settings")},
        {"user_settings", text::N_("Personal settings")},
        {"vat_rates", text::N_("VAT rates")},
        {"allocation_thresholds", text::N_("Allocation number thresholds")},
        {"number_series", text::N_("Number series")},
        {"office", text::N_("The office")},
    };
    const auto it = names.find(table);
    return it == names.end() ? table : tr(it->second);
}

std::string AuditService::actionName(const std::string& action)
{
    static const std::map<std::string, const char*> names{
        {"insert", text::N_("Added")},
        {"update", text::N_("Changed")},
        {"delete", text::N_("Deleted")},
        {"import", text::N_("Imported")},
        {"state", text::N_("State changed")},
        {"read", text::N_("Read")},
        {"export", text::N_("Exported")},
        {"sign-in", text::N_("Signed in")},
        {"sign-in-refused", text::N_("Sign-in refused")},
        {"backup", text::N_("Backed up")},
        {"restore", text::N_("Restored")},
    };
    const auto it = names.find(action);
    return it == names.end() ? action : tr(it->second);
}

std::vector<AuditRow> AuditService::list(const AuditQuery& query, int64_t afterId, int64_t limit)
{
    office_.require(Permission::SeeAudit);
    checkPeriod(query.from, query.to);
    if (!query.table.empty() && std::find(tables().begin(), tables().end(), query.table) == tables().end())
        invalid(format(tr("There is no table \"{1}\" in the audit log."), query.table), "table");
    if (!query.action.empty() && std::find(actions().begin(), actions().end(), query.action) == actions().end())
        invalid(format(tr("There is no action \"{1}\" in the audit log."), query.action), "action");
    if (limit < 1 || limit > 100'000) invalid(tr("Ask for 1 to 100,000 rows at a time."), "limit");
    const auto login = cleanText(query.login, tr("User"), kMaxNameLength, "user");
    std::vector<AuditRow> out;
    auto& db = office_.db();
    db.snapshot([&] {
        data::AuditFilter f;
        if (!login.empty()) {
            const auto u = data::UserRepository(db).findByLogin(login);
            if (!u) invalid(format(tr("There is no user \"{1}\" in this office."), login), "user");
            f.userId = u->id;
        }
        f.table = query.table;
        f.rowId = query.recordId;
        f.action = query.action;
        const auto period = text::israelPeriod(query.from, query.to);
        if (!query.from.empty()) f.from = period.from;
        if (!query.to.empty()) f.until = period.until;
        f.beforeId = afterId;
        std::map<int64_t, User> users;
        for (auto& u : data::UserRepository(db).all()) users.emplace(u.id, u);
        for (const auto& e : data::AuditRepository(db).list(f, limit)) out.push_back(rowOf(e, users));
    });
    return out;
}

std::vector<AuditRow> AuditService::history(const std::string& table, int64_t recordId, int64_t afterId, int64_t limit)
{
    AuditQuery q;
    q.table = table;
    q.recordId = recordId;
    return list(q, afterId, limit);
}

AuditCheck AuditService::verify()
{
    office_.require(Permission::SeeAudit);
    AuditCheck check;
    auto& db = office_.db();
    db.snapshot([&] {
        const auto v = data::AuditRepository(db).verify();
        check.rows = v.rows;
        check.head = v.head;
        check.firstBadId = v.firstBadId;
        switch (v.problem) {
        case data::AuditVerdict::Problem::None: break;
        case data::AuditVerdict::Problem::ContentChanged:
            check.problem = format(tr("Audit row {1} was changed after it was written."), v.firstBadId);
            break;
        case data::AuditVerdict::Problem::LinkBroken:
            check.problem =
                format(tr("Audit row {1} does not follow the row before it: a row was removed or moved."), v.firstBadId);
            break;
        case data::AuditVerdict::Problem::HeadMismatch:
            check.problem =
                format(tr("The audit log ends before its last row ({1}): rows were removed at its end."), v.firstBadId);
            break;
        }
        if (!check.whole()) return;
        for (const auto id : data::AccountRepository(db).issuedIds()) {
            ++check.documents;
            if (const auto p = accountSealProblem(db, id)) {
                check.problem = *p;
                return;
            }
        }
        for (const auto id : data::TaxDocumentRepository(db).allIds()) {
            ++check.documents;
            if (const auto p = taxDocumentSealProblem(db, id)) {
                check.problem = *p;
                return;
            }
        }
    });
    return check;
}

} // namespace praklit::services
