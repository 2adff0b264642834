#pragma once
#include "data/Database.h"

#include <string>

namespace praklit::data {

// Number series (case numbers): the prefix and the next value, taken under
// a row lock so two workstations never get the same number.
class NumberSeriesRepository {
public:
    explicit NumberSeriesRepository(Database& db) : db_(db) {}
    // Inside a transaction: returns prefix + value and advances the series.
    std::string take(const std::string& series);
    void set(const std::string& series, const std::string& prefix, int64_t next);
    std::pair<std::string, int64_t> get(const std::string& series);

private:
    Database& db_;
};

} // namespace praklit::data
