#include "support/ChildProcess.h"

#include <chrono>
#include <csignal>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace praklit::test {

ChildProcess::ChildProcess(const std::vector<std::string>& args, const std::vector<std::string>& environment)
{
    std::vector<std::string> owned(args);
    std::vector<char*> argv;
    for (auto& a : owned) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> envOwned;
    for (char** e = environ; *e; ++e) envOwned.emplace_back(*e);
    for (const auto& e : environment) envOwned.push_back(e);
    std::vector<char*> envp;
    for (auto& e : envOwned) envp.push_back(e.data());
    envp.push_back(nullptr);

    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (rc != 0) {
        ::close(out[0]);
        throw std::runtime_error("cannot start " + args.front());
    }
    pid_ = pid;
    out_ = out[0];
}

ChildProcess::~ChildProcess()
{
    if (pid_ > 0) stop(SIGTERM);
    if (out_ >= 0) ::close(out_);
}

std::string ChildProcess::readLine(int seconds)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    for (;;) {
        if (const auto nl = buffer_.find('\n'); nl != std::string::npos) {
            auto line = buffer_.substr(0, nl);
            buffer_.erase(0, nl + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
        pollfd p{out_, POLLIN, 0};
        char chunk[512];
        if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            throw std::runtime_error("the child process printed no line");
        const auto n = ::read(out_, chunk, sizeof chunk);
        if (n <= 0) throw std::runtime_error("the child process ended without a line");
        buffer_.append(chunk, static_cast<size_t>(n));
    }
}

int ChildProcess::stop(int signal)
{
    if (pid_ <= 0) return 0;
    ::kill(pid_, signal);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
}

int ChildProcess::wait(int seconds)
{
    if (pid_ <= 0) return 0;
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < end) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop(SIGKILL);
    return -1;
}

} // namespace praklit::test
