#include "ui/widgets/BackgroundReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <wx/app.h>

namespace praklit::ui {

struct BackgroundReader::Shared {
    ConnectionUrl url;
    std::string login;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> jobs;
    int unfinished = 0; // waiting, running, or answered and not yet delivered (UI thread's count)
    bool closed = false;
};

namespace {

void run(std::shared_ptr<BackgroundReader::Shared> shared)
{
    std::unique_ptr<services::OfficeSession> session;
    std::string problem;
    for (;;) {
        BackgroundReader::Job job;
        {
            std::unique_lock lock(shared->mutex);
            shared->wake.wait(lock, [&] { return shared->closed || !shared->jobs.empty(); });
            if (shared->closed) return;
            job = std::move(shared->jobs.front());
            shared->jobs.pop_front();
        }
        if (!session) {
            try {
                session = services::OfficeSession::open(shared->url, shared->login, OpenMode::MustExist, Access::ReadOnly);
                problem.clear();
            } catch (const std::exception& e) {
                problem = e.what(); // tried again with the next job
            }
        }
        std::function<void()> answer;
        try {
            answer = job(session.get(), problem);
        } catch (...) {
            // A job reports its own failures; one that throws still ends.
        }
        wxTheApp->CallAfter([shared, answer = std::move(answer)] {
            {
                std::lock_guard lock(shared->mutex);
                --shared->unfinished;
                if (shared->closed) return;
            }
            if (answer) answer();
        });
    }
}

} // namespace

BackgroundReader::BackgroundReader(ConnectionUrl url, std::string login) : shared_(std::make_shared<Shared>())
{
    shared_->url = std::move(url);
    shared_->login = std::move(login);
    std::thread(run, shared_).detach();
}

BackgroundReader::~BackgroundReader()
{
    std::lock_guard lock(shared_->mutex);
    shared_->closed = true;
    shared_->jobs.clear();
    shared_->wake.notify_all();
}

void BackgroundReader::add(Job job)
{
    std::lock_guard lock(shared_->mutex);
    shared_->jobs.push_back(std::move(job));
    ++shared_->unfinished;
    shared_->wake.notify_all();
}

void BackgroundReader::replaceAll(Job job)
{
    std::lock_guard lock(shared_->mutex);
    shared_->unfinished -= static_cast<int>(shared_->jobs.size());
    shared_->jobs.clear();
    shared_->jobs.push_back(std::move(job));
    ++shared_->unfinished;
    shared_->wake.notify_all();
}

bool BackgroundReader::busy() const
{
    std::lock_guard lock(shared_->mutex);
    return shared_->unfinished > 0;
}

} // namespace praklit::ui
