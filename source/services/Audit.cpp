#include "services/Audit.h"

#include "data/AuditRepository.h"
#include "data/Database.h"
#include "text/Timestamp.h"

#include <nlohmann/json.hpp>

namespace praklit::services {

Changes& Changes::set(const std::string& field, const std::string& value)
{
    if (!value.empty()) fields_.push_back({field, false, {}, value});
    return *this;
}

Changes& Changes::change(const std::string& field, const std::string& before, const std::string& after)
{
    if (before != after) fields_.push_back({field, true, before, after});
    return *this;
}

Changes& Changes::change(const std::string& field, int64_t before, int64_t after)
{
    return change(field, std::to_string(before), std::to_string(after));
}

Changes& Changes::change(const std::string& field, bool before, bool after)
{
    return change(field, std::string(before ? "true" : "false"), std::string(after ? "true" : "false"));
}

std::string Changes::json(bool insert) const
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& f : fields_) {
        if (f.hasBefore && !insert)
            out[f.name] = nlohmann::ordered_json::array({f.before, f.after});
        else
            out[f.name] = f.after;
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void audit(data::Database& db, int64_t userId, const std::string& table, int64_t rowId, const std::string& action,
           const Changes& changes, const std::string& reason)
{
    data::AuditEntry entry;
    entry.at = text::now();
    entry.userId = userId;
    entry.table = table;
    entry.rowId = rowId;
    entry.action = action;
    entry.changes = changes.json(action == "insert");
    entry.reason = reason;
    data::AuditRepository(db).insert(entry);
}

} // namespace praklit::services
