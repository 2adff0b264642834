#pragma once
// The test Kannel (scripts/kannel-server: bearerbox, smsbox, fakesmsc as the
// SMSC) as the tests see it: the shared one scripts/test started, a private
// one for a test that stops or freezes it, and what reached the SMSC read
// back from fakesmsc's log.
#include <filesystem>
#include <string>
#include <vector>

namespace praklit::test {

// An environment variable, empty when unset.
std::string env(const char* name);

// One line fakesmsc logged: "FROM TO text TEXT", "FROM TO ucs-2 DATA",
// "FROM TO udh UDH data DATA" (smsc_fake.c's sms_to_client); DATA and UDH
// URL-decoded here (UCS-2 as its UTF-16BE bytes).
struct SmscLine {
    std::string from, to, type, udh, data;
};
// The lines in DIR/smsc-received.log, all of them or those to `to`.
std::vector<SmscLine> smscLines(const std::filesystem::path& dir, const std::string& to = {});

// UTF-16BE bytes (what an SMSC gets for UCS-2) as UTF-8, and back.
std::string utf8FromUtf16be(const std::string& bytes);
std::string utf16be(const std::string& utf8);

// A Kannel of the test's own, for what would disturb the shared one's other
// users (stopping it, freezing it, killing it); stopped and removed at the end.
class PrivateKannel {
public:
    PrivateKannel();
    ~PrivateKannel();
    PrivateKannel(const PrivateKannel&) = delete;
    PrivateKannel& operator=(const PrivateKannel&) = delete;
    // A kannel-server command on this Kannel: restart, kill, freeze, thaw …
    void run(const std::string& command);
    const std::string& url() const { return url_; }
    const std::filesystem::path& dir() const { return dir_; }

private:
    std::filesystem::path dir_;
    std::string url_;
};

} // namespace praklit::test
