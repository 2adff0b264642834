#include "data/RateRepository.h"

#include <soci/soci.h>

namespace praklit::data {

std::string_view tableOf(RateOwner owner)
{
    switch (owner) {
    case RateOwner::User: return "users";
    case RateOwner::Client: return "entities";
    case RateOwner::Case: return "cases";
    }
    return "users";
}

std::optional<int64_t> RateRepository::rate(RateOwner owner, int64_t id)
{
    long long rate = 0, key = id;
    soci::indicator ind = soci::i_null;
    db_.sql() << "select hourly_rate_agorot from " + std::string(tableOf(owner)) + " where id = :id", soci::use(key),
        soci::into(rate, ind);
    if (!db_.sql().got_data() || ind != soci::i_ok) return std::nullopt;
    return rate;
}

bool RateRepository::setRate(RateOwner owner, int64_t id, std::optional<int64_t> agorot)
{
    long long rate = agorot.value_or(0), key = id;
    soci::indicator ind = agorot ? soci::i_ok : soci::i_null;
    soci::statement st = (db_.sql().prepare << "update " + std::string(tableOf(owner)) + " set hourly_rate_agorot = :r where id = :id",
                          soci::use(rate, ind), soci::use(key));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

std::optional<std::pair<int, std::string>> RateRepository::clientRounding(int64_t clientId)
{
    int unit = 0;
    std::string mode;
    long long key = clientId;
    soci::indicator unitInd = soci::i_null, modeInd = soci::i_null;
    db_.sql() << "select rounding_unit, rounding_mode from entities where id = :id", soci::use(key),
        soci::into(unit, unitInd), soci::into(mode, modeInd);
    if (!db_.sql().got_data() || unitInd != soci::i_ok) return std::nullopt;
    return std::make_pair(unit, modeInd == soci::i_ok ? mode : std::string("up"));
}

void RateRepository::setClientRounding(int64_t clientId, std::optional<std::pair<int, std::string>> rule)
{
    int unit = rule ? rule->first : 0;
    std::string mode = rule ? rule->second : std::string();
    soci::indicator ind = rule ? soci::i_ok : soci::i_null;
    long long key = clientId;
    db_.sql() << "update entities set rounding_unit = :u, rounding_mode = :m where id = :id", soci::use(unit, ind),
        soci::use(mode, ind), soci::use(key);
}

} // namespace praklit::data
