#pragma once
#include "data/Database.h"
#include "domain/Timer.h"

#include <optional>
#include <vector>

namespace praklit::data {

class TimerRepository {
public:
    explicit TimerRepository(Database& db) : db_(db) {}
    int64_t insert(const Timer& timer);
    // Saves accumulated time, running state and description; false on a stale version.
    bool update(const Timer& timer);
    void remove(int64_t id);
    std::optional<Timer> find(int64_t id);
    std::vector<Timer> forUser(int64_t userId); // running first, then newest

private:
    std::vector<Timer> select(const std::string& where, int64_t key);
    Database& db_;
};

} // namespace praklit::data
