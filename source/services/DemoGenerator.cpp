#include "services/DemoGenerator.h"

#include "data/BulkLoad.h"
#include "domain/Error.h"
#include "services/Audit.h"
#include "services/DemoOffice.h"
#include "text/Translate.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace praklit::services {

namespace {

// The tables a demo office fills, each after those its foreign keys name.
const std::vector<const char*> kTables{"entities", "addresses", "contacts", "phones", "cases", "time_entries", "charges"};


// Batches of clients from the thread that makes them to the one that writes
// them, so both cores work; at most two wait, so memory stays flat.
class BatchQueue {
public:
    struct Batch {
        data::TableRows rows;
        int64_t clientsDone = 0;
    };

    // The maker's side: waits for room; throws when the writer has stopped.
    void push(Batch&& batch)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queue_.size() < 2 || writerFailed_; });
        if (writerFailed_) throw std::runtime_error("the writer stopped");
        queue_.push_back(std::move(batch));
        changed_.notify_all();
    }
    void makerDone()
    {
        std::lock_guard lock(mutex_);
        makerDone_ = true;
        changed_.notify_all();
    }

    // The writer's side: the next batch, or none when the maker is done.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || makerDone_; });
        if (queue_.empty()) return std::nullopt;
        Batch next = std::move(queue_.front());
        queue_.pop_front();
        changed_.notify_all();
        return next;
    }
    void writerFailed()
    {
        std::lock_guard lock(mutex_);
        writerFailed_ = true;
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch> queue_;
    bool makerDone_ = false, writerFailed_ = false;
};

} // namespace

DemoSummary DemoGenerator::generate(int64_t clients, uint64_t seed, const ProgressFn& progress,
                                    const std::atomic<bool>* cancel, bool withTime)
{
    if (clients < 1 || clients > 10'000'000)
        invalid(text::tr("The number of demo clients must be between 1 and 10,000,000."), "clients");
    DemoSummary summary;
    auto& db = office_.db();
    db.transaction([&] {
        demo::DemoOffice made(db, seed, withTime);
        // Past some tens of thousands of clients, indexes built once after the load beat their upkeep.
        data::BulkLoad load(db, kTables, clients >= 20'000);
        BatchQueue queue;
        std::exception_ptr makerError;
        std::thread maker([&] {
            constexpr int64_t kBatch = 5000;
            try {
                BatchQueue::Batch batch;
                for (int64_t i = 0; i < clients; ++i) {
                    if (cancel && cancel->load()) invalid(text::tr("Cancelled: no demo data was added."));
                    made.addClient(batch.rows, summary);
                    if ((i + 1) % kBatch == 0 || i + 1 == clients) {
                        batch.clientsDone = i + 1;
                        queue.push(std::move(batch));
                        batch = {};
                    }
                }
            } catch (...) {
                makerError = std::current_exception();
            }
            queue.makerDone();
        });
        try {
            int64_t reported = 0;
            while (auto next = queue.pop()) {
                load.write(next->rows);
                if (progress && next->clientsDone - reported >= 20000 && next->clientsDone < clients) {
                    progress(next->clientsDone);
                    reported = next->clientsDone;
                }
            }
        } catch (...) {
            queue.writerFailed();
            maker.join();
            throw;
        }
        maker.join();
        if (makerError) std::rethrow_exception(makerError);
        load.finish();

        const demo::Ids& first = made.first();
        const demo::Ids& next = made.next();
        summary.addresses = next.address - first.address;
        summary.phones = next.phone - first.phone;
        summary.contacts = next.contact - first.contact;
        summary.cases = next.kase - first.kase;
        summary.timeEntries = next.entry - first.entry;
        summary.charges = next.charge - first.charge;
        audit(db, office_.user().id, "entities", 0, "import",
              Changes()
                  .set("source", "demo generate")
                  .set("seed", std::to_string(seed))
                  .set("first_id", std::to_string(first.entity))
                  .set("clients", std::to_string(clients)));
        if (progress) progress(clients);
    });
    db.settleAfterBulkLoad();
    return summary;
}

} // namespace praklit::services
