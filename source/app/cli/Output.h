#pragma once
#include "cli/Cli.h"
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

// Aligned columns for people; widths counted in characters, not bytes.
std::string table(const std::vector<std::string>& headings, const std::vector<std::vector<std::string>>& rows);

} // namespace praklit::cli
