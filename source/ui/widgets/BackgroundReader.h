#pragma once
#include "domain/ConnectionUrl.h"
#include "services/OfficeSession.h"

#include <functional>
#include <memory>
#include <string>

namespace praklit::ui {

// Reads for a window while the user types or scrolls, so that typing never
// waits for the database: a thread of its own with its own read-only
// session on the office's database, opened on first use. A job runs there
// and returns what to do with its result on the UI thread, where it is
// queued. Jobs not yet started are dropped by a newer search (replaceAll);
// a window that closes leaves its last job to finish alone, and its answer
// is never delivered.
class BackgroundReader {
public:
    // Runs on the reader's thread: `session` is null when the database could
    // not be opened, and `problem` says why. Returns the UI thread's part.
    using Job = std::function<std::function<void()>(services::OfficeSession* session, const std::string& problem)>;

    BackgroundReader(ConnectionUrl url, std::string login);
    ~BackgroundReader();
    BackgroundReader(const BackgroundReader&) = delete;
    BackgroundReader& operator=(const BackgroundReader&) = delete;

    // After the jobs already waiting.
    void add(Job job);
    // Instead of the jobs waiting (the one running finishes).
    void replaceAll(Job job);
    // Jobs waiting or running, or answers not yet delivered.
    bool busy() const;

    struct Shared;

private:
    std::shared_ptr<Shared> shared_;
};

} // namespace praklit::ui
