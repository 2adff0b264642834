#include "data/OfficeTables.h"

#include <stdexcept>

namespace praklit::data {

namespace {
using C = ColumnType;
}

const std::vector<TableInfo>& officeTables()
{
    static const std::vector<TableInfo> tables{
        {"user_groups",
         {{"id", C::Integer}, {"key", C::Text}, {"name", C::Text}, {"built_in", C::Bool}, {"version", C::Integer}},
         "1 = 1"},
        {"group_permissions", {{"id", C::Integer}, {"group_id", C::Integer}, {"permission", C::Text}}, "1 = 1"},
        {"users",
         {{"id", C::Integer}, {"login", C::Text}, {"display_name", C::Text}, {"active", C::Bool},
          {"created_at", C::Timestamp}, {"version", C::Integer}, {"hourly_rate_agorot", C::Integer},
          {"email", C::Text}, {"title", C::Text}, {"group_id", C::Integer}, {"password_hash", C::Text},
          {"must_change_password", C::Bool}, {"failed_sign_ins", C::Integer}, {"locked_until", C::Timestamp},
          {"password_changed_at", C::Timestamp}}},
        {"user_settings",
         {{"id", C::Integer}, {"user_id", C::Integer}, {"key", C::Text}, {"value", C::Text}, {"version", C::Integer}}},
        {"office_settings", {{"id", C::Integer}, {"key", C::Text}, {"value", C::Text}, {"version", C::Integer}}, "1 = 1"},
        {"contact_roles", {{"id", C::Integer}, {"name", C::Text}, {"built_in", C::Bool}}, "built_in"},
        {"number_series",
         {{"id", C::Integer}, {"name", C::Text}, {"prefix", C::Text}, {"next_value", C::Integer}, {"version", C::Integer}},
         "1 = 1"},
        {"entities",
         {{"id", C::Integer}, {"kind", C::Text}, {"first_name", C::Text}, {"last_name", C::Text},
          {"org_name", C::Text}, {"id_number", C::Text}, {"email", C::Text}, {"note", C::Text},
          {"active", C::Bool}, {"search_key", C::Text}, {"sort_key", C::Text}, {"created_at", C::Timestamp},
          {"updated_at", C::Timestamp}, {"version", C::Integer}, {"hourly_rate_agorot", C::Integer},
          {"rounding_unit", C::Integer}, {"rounding_mode", C::Text}}},
        {"addresses",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"is_primary", C::Bool}, {"street", C::Text},
          {"house", C::Text}, {"city", C::Text}, {"zip", C::Text}, {"po_box", C::Text}, {"country", C::Text},
          {"version", C::Integer}}},
        {"contacts",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"role_id", C::Integer}, {"first_name", C::Text},
          {"last_name", C::Text}, {"title", C::Text}, {"email", C::Text}, {"addressee_accounts", C::Bool},
          {"addressee_invoices", C::Bool}, {"version", C::Integer}, {"no_sms", C::Bool}}},
        {"phones",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"contact_id", C::Integer}, {"type", C::Text},
          {"number_e164", C::Text}, {"version", C::Integer}, {"no_sms", C::Bool}}},
        {"cases",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"internal_number", C::Text}, {"subject", C::Text},
          {"court", C::Text}, {"proceeding_type", C::Text}, {"court_number", C::Text},
          {"lawyer_user_id", C::Integer}, {"opened_on", C::Date}, {"closed_on", C::Date}, {"status", C::Text},
          {"created_at", C::Timestamp}, {"updated_at", C::Timestamp}, {"version", C::Integer},
          {"hourly_rate_agorot", C::Integer}}},
        {"timers",
         {{"id", C::Integer}, {"user_id", C::Integer}, {"entity_id", C::Integer}, {"case_id", C::Integer},
          {"description", C::Text}, {"started_by", C::Text}, {"started_at", C::Timestamp}, {"accumulated_us", C::Integer},
          {"running_since", C::Timestamp}, {"version", C::Integer}}},
        {"time_entries",
         {{"id", C::Integer}, {"user_id", C::Integer}, {"entity_id", C::Integer}, {"case_id", C::Integer},
          {"started_at", C::Timestamp}, {"ended_at", C::Timestamp}, {"seconds", C::Integer}, {"description", C::Text},
          {"billable", C::Bool}, {"created_at", C::Timestamp}, {"version", C::Integer}}},
        {"vat_rates", {{"id", C::Integer}, {"valid_from", C::Date}, {"rate_basis_points", C::Integer}}, "1 = 1"},
        {"allocation_thresholds", {{"id", C::Integer}, {"valid_from", C::Date}, {"amount_agorot", C::Integer}}, "1 = 1"},
        {"transaction_accounts",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"number", C::Text}, {"account_date", C::Date}, {"state", C::Text},
          {"detailed_time", C::Bool}, {"vat_basis_points", C::Integer}, {"subtotal_agorot", C::Integer},
          {"vatable_agorot", C::Integer}, {"vat_agorot", C::Integer}, {"total_agorot", C::Integer},
          {"paid_agorot", C::Integer}, {"created_by", C::Integer}, {"created_at", C::Timestamp},
          {"issued_at", C::Timestamp}, {"cancelled_at", C::Timestamp}, {"version", C::Integer},
          {"content_hash", C::Text}}},
        {"charges",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"case_id", C::Integer}, {"user_id", C::Integer},
          {"kind", C::Text}, {"charged_on", C::Date}, {"description", C::Text}, {"seconds", C::Integer},
          {"billed_seconds", C::Integer}, {"rate_agorot", C::Integer}, {"amount_agorot", C::Integer},
          {"vat_exempt", C::Bool}, {"billable", C::Bool}, {"state", C::Text}, {"time_entry_id", C::Integer},
          {"created_at", C::Timestamp}, {"updated_at", C::Timestamp}, {"version", C::Integer},
          {"account_id", C::Integer}}},
        {"tax_documents",
         {{"id", C::Integer}, {"kind", C::Text}, {"number", C::Integer}, {"entity_id", C::Integer},
          {"account_id", C::Integer}, {"issued_on", C::Date}, {"client_name", C::Text}, {"client_address", C::Text},
          {"amount_before_vat_agorot", C::Integer}, {"vat_agorot", C::Integer}, {"total_agorot", C::Integer},
          {"allocation_number", C::Text}, {"created_by", C::Integer}, {"created_at", C::Timestamp},
          {"content_hash", C::Text}}},
        {"payments",
         {{"id", C::Integer}, {"account_id", C::Integer}, {"paid_on", C::Date}, {"amount_agorot", C::Integer},
          {"method", C::Text}, {"cheque_number", C::Text}, {"bank", C::Text}, {"tax_document_id", C::Integer},
          {"created_by", C::Integer}, {"created_at", C::Timestamp}}},
        {"documents",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"case_id", C::Integer}, {"name", C::Text}, {"stored_name", C::Text},
          {"size_bytes", C::Integer}, {"sha256", C::Text}, {"added_by", C::Integer}, {"added_at", C::Timestamp},
          {"deleted_at", C::Timestamp}, {"version", C::Integer}}},
        {"sms_templates",
         {{"id", C::Integer}, {"name", C::Text}, {"type", C::Text}, {"body", C::Text}, {"version", C::Integer}}},
        {"sms_messages",
         {{"id", C::Integer}, {"entity_id", C::Integer}, {"case_id", C::Integer}, {"contact_id", C::Integer},
          {"phone_id", C::Integer}, {"recipient_name", C::Text}, {"number_e164", C::Text}, {"body", C::Text},
          {"encoding", C::Text}, {"segments", C::Integer}, {"state", C::Text}, {"due_at", C::Timestamp},
          {"created_at", C::Timestamp}, {"sender_user_id", C::Integer}, {"attempts", C::Integer}, {"resends", C::Integer},
          {"next_attempt_at", C::Timestamp}, {"claim_owner", C::Text}, {"lease_until", C::Timestamp},
          {"unknown_since", C::Timestamp}, {"sent_at", C::Timestamp}, {"delivered_at", C::Timestamp},
          {"reason_code", C::Text}, {"reason", C::Text}, {"gateway", C::Text}, {"version", C::Integer}}},
        {"audit_log",
         {{"id", C::Integer}, {"at", C::Timestamp}, {"user_id", C::Integer}, {"table_name", C::Text},
          {"row_id", C::Integer}, {"action", C::Text}, {"changes", C::Text}, {"reason", C::Text},
          {"prev_hash", C::Text}, {"hash", C::Text}}},
        {"audit_head", {{"id", C::Integer}, {"last_id", C::Integer}, {"hash", C::Text}}, "1 = 1"},
    };
    return tables;
}

const TableInfo& officeTable(const std::string& name)
{
    for (const auto& t : officeTables())
        if (t.name == name) return t;
    throw std::logic_error("no office table " + name);
}

} // namespace praklit::data
