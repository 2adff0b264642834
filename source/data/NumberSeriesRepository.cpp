#include "data/NumberSeriesRepository.h"

#include <soci/soci.h>

namespace praklit::data {

std::pair<std::string, int64_t> NumberSeriesRepository::get(const std::string& series)
{
    std::string prefix;
    long long next = 1;
    db_.sql() << "select prefix, next_value from number_series where name = :n", soci::use(series), soci::into(prefix),
        soci::into(next);
    return {prefix, next};
}

std::string NumberSeriesRepository::take(const std::string& series)
{
    // The update takes the row lock first (PostgreSQL) / the write lock (SQLite
    // IMMEDIATE transaction), so the value read after it is ours alone.
    db_.sql() << "update number_series set next_value = next_value + 1, version = version + 1 where name = :n",
        soci::use(series);
    const auto [prefix, next] = get(series);
    return prefix + std::to_string(next - 1);
}

void NumberSeriesRepository::set(const std::string& series, const std::string& prefix, int64_t next)
{
    const long long value = next;
    db_.sql() << "update number_series set prefix = :p, next_value = :v, version = version + 1 where name = :n",
        soci::use(prefix), soci::use(value), soci::use(series);
}

} // namespace praklit::data
