#pragma once
#include "services/OfficeSession.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace praklit::services {

struct DemoSummary {
    int64_t people = 0;
    int64_t organisations = 0;
    int64_t addresses = 0;
    int64_t phones = 0;
    int64_t contacts = 0;
    int64_t cases = 0;
    int64_t timeEntries = 0;
    int64_t charges = 0;
};

// A deterministic office of realistic Hebrew data: the same seed gives the
// same office on any machine and either backend. Written in bulk (COPY on
// PostgreSQL) in one transaction, added after whatever the office holds.
class DemoGenerator {
public:
    using ProgressFn = std::function<void(int64_t clientsDone)>;
    explicit DemoGenerator(OfficeSession& office) : office_(office) {}
    // withTime: a year of time entries and charges on some open cases (off:
    // clients, addresses, phones, contacts and cases only).
    DemoSummary generate(int64_t clients, uint64_t seed, const ProgressFn& progress = {},
                         const std::atomic<bool>* cancel = nullptr, bool withTime = true);

private:
    OfficeSession& office_;
};

} // namespace praklit::services
