#include "cli/Output.h"

#include "domain/Limits.h"
#include "text/Format.h"
#include "text/Timestamp.h"

#include <algorithm>

namespace praklit::cli {

Json toJson(const Client& c)
{
    return Json{{"id", c.id},
                {"kind", std::string(toString(c.kind))},
                {"display_name", c.displayName()},
                {"first_name", c.firstName},
                {"last_name", c.lastName},
                {"org_name", c.orgName},
                {"id_number", c.idNumber},
                {"email", c.email},
                {"note", c.note},
                {"active", c.active},
                {"version", c.version},
                {"created_at", text::toIsraelIso(c.createdAt)},
                {"updated_at", text::toIsraelIso(c.updatedAt)}};
}

Json toJson(const Address& a)
{
    return Json{{"id", a.id},         {"client", a.ownerId}, {"is_primary", a.isPrimary}, {"street", a.street},
                {"house", a.house},   {"city", a.city},      {"zip", a.zip},              {"po_box", a.poBox},
                {"country", a.country}, {"version", a.version}};
}

Json toJson(const Phone& p)
{
    Json j{{"id", p.id}, {"type", std::string(toString(p.type))}, {"number", p.e164},
           {"display", displayPhoneNumber(p.e164)}};
    if (p.entityId) j["client"] = p.entityId;
    if (p.contactId) j["contact"] = p.contactId;
    return j;
}

Json toJson(const Contact& c)
{
    return Json{{"id", c.id},
                {"client", c.clientId},
                {"role", c.roleName},
                {"first_name", c.firstName},
                {"last_name", c.lastName},
                {"title", c.title},
                {"email", c.email},
                {"addressee_accounts", c.addresseeForAccounts},
                {"addressee_invoices", c.addresseeForInvoices},
                {"version", c.version}};
}

Json toJson(const Case& c)
{
    return Json{{"id", c.id},
                {"client", c.clientId},
                {"internal_number", c.internalNumber},
                {"subject", c.subject},
                {"court", c.court},
                {"proceeding_type", c.proceedingType},
                {"court_number", c.courtNumber},
                {"opened_on", c.openedOn},
                {"closed_on", c.closedOn},
                {"status", std::string(toString(c.status))},
                {"version", c.version}};
}

Json toJson(const services::ClientCard& card)
{
    Json j = toJson(card.client);
    auto list = [](const auto& items) {
        Json a = Json::array();
        for (const auto& i : items) a.push_back(toJson(i));
        return a;
    };
    j["addresses"] = list(card.addresses);
    j["phones"] = list(card.phones);
    j["contacts"] = list(card.contacts);
    j["cases"] = list(card.cases);
    return j;
}

std::string moneyText(int64_t agorot) { return text::formatMoney(agorot); }

double minutes(int64_t seconds) { return static_cast<double>((seconds * 10 + 30) / 60) / 10.0; }

Json toJson(const Charge& c)
{
    return Json{{"id", c.id},
                {"client", c.clientId},
                {"case", c.caseId ? Json(c.caseId) : Json(nullptr)},
                {"user", c.userId ? Json(c.userId) : Json(nullptr)},
                {"kind", std::string(toString(c.kind))},
                {"date", c.chargedOn},
                {"description", c.description},
                {"seconds", c.seconds},
                {"minutes", minutes(c.seconds)},
                {"billed_seconds", c.billedSeconds},
                {"billed_hours", static_cast<double>(text::hundredthsOfHour(c.billedSeconds)) / 100.0},
                {"rate", c.rateAgorot},
                {"rate_text", moneyText(c.rateAgorot)},
                {"amount", c.amountAgorot},
                {"amount_text", moneyText(c.amountAgorot)},
                {"vat_exempt", c.vatExempt},
                {"billable", c.billable},
                {"state", std::string(toString(c.state))},
                {"version", c.version}};
}

Json toJson(const Document& d)
{
    return Json{{"id", d.id},
                {"case", d.caseId},
                {"name", d.name},
                {"size", d.sizeBytes},
                {"sha256", d.sha256},
                {"added_by", d.addedBy},
                {"added_at", text::toIsraelIso(d.addedAt)},
                {"deleted", d.deletedAt.has_value()},
                {"version", d.version},
                {"court_document", d.courtDocumentId.empty() ? Json() : Json(d.courtDocumentId)},
                {"court_folder", d.courtDocumentId.empty() ? Json() : Json(std::string(toString(d.courtFolder)))},
                {"court_signed_on", d.courtSignedOn.empty() ? Json() : Json(d.courtSignedOn)},
                {"court_judge", d.courtJudge},
                {"unread", d.unread}};
}

std::string table(const std::vector<std::string>& headings, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<size_t> widths(headings.size());
    for (size_t i = 0; i < headings.size(); ++i) widths[i] = characterCount(headings[i]);
    for (const auto& r : rows)
        for (size_t i = 0; i < r.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], characterCount(r[i]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (size_t i = 0; i < cells.size(); ++i) {
            out += cells[i];
            if (i + 1 < cells.size()) out += std::string(widths[i] - characterCount(cells[i]) + 2, ' ');
        }
        return out + "\n";
    };
    std::string out = line(headings);
    for (const auto& r : rows) out += line(r);
    return out;
}

} // namespace praklit::cli
