#pragma once
#include "cli/Cli.h"
#include "domain/Charge.h"
#include "domain/Document.h"
#include "services/ClientService.h"

#include <string>
#include <vector>

namespace praklit::cli {

Json toJson(const Client& c);
Json toJson(const Address& a);
Json toJson(const Phone& p);
Json toJson(const Contact& c);
Json toJson(const Case& c);
Json toJson(const services::ClientCard& card);
Json toJson(const Charge& c);
Json toJson(const Document& d);

// Money for people: "‏1,234.50 ‏₪" in Hebrew, "₪1,234.50" in English.
std::string moneyText(int64_t agorot);
// Minutes with one decimal for people and JSON, rounded half up: 13.3.
double minutes(int64_t seconds);

// Aligned columns for people; widths counted in characters, not bytes.
std::string table(const std::vector<std::string>& headings, const std::vector<std::vector<std::string>>& rows);

} // namespace praklit::cli
