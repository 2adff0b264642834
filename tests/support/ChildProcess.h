#pragma once
// A program the tests start beside themselves — a fake gateway, a second
// praklit-cli — as a real process: killed (SIGTERM, or SIGKILL when the test
// says so) and waited for when it goes out of scope. POSIX: tests may be.
#include <string>
#include <vector>

namespace praklit::test {

class ChildProcess {
public:
    // Starts `argv[0]` (a path) with the given arguments and the test's
    // environment plus `environment` ("NAME=value"); its standard output
    // goes to a pipe readLine() reads, its standard error to the test's.
    ChildProcess(const std::vector<std::string>& argv, const std::vector<std::string>& environment = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // The next line of its standard output, waiting up to `seconds`; throws
    // when none comes.
    std::string readLine(int seconds = 10);
    // Sends `signal` and waits for it to end; returns its wait status.
    int stop(int signal);
    // Waits for it to end by itself, up to `seconds`; its exit code, or -1
    // when it did not end (it is killed then).
    int wait(int seconds);
    bool running() const { return pid_ > 0; }

private:
    int pid_ = -1;
    int out_ = -1;
    std::string buffer_;
};

} // namespace praklit::test
