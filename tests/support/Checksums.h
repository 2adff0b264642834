#pragma once
#include "data/Database.h"

#include <map>
#include <string>
#include <vector>

namespace praklit::test {

// Row count and a digest of every row of the named tables, in id order, in
// the canonical form both backends read back the same.
std::map<std::string, std::pair<int64_t, std::string>> tableDigests(data::Database& db,
                                                                      const std::vector<std::string>& tables);

} // namespace praklit::test
