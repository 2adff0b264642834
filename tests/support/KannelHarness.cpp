#include "support/KannelHarness.h"

#include "integrations/HttpListener.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unicode/unistr.h>
#include <unistd.h>

namespace praklit::test {

std::string env(const char* name)
{
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::vector<SmscLine> smscLines(const std::filesystem::path& dir, const std::string& to)
{
    std::ifstream in(dir / "smsc-received.log", std::ios::binary);
    std::vector<SmscLine> lines;
    std::string line;
    while (std::getline(in, line)) {
        const auto mark = line.find("Got message ");
        if (mark == std::string::npos) continue;
        const auto open = line.find(": <", mark);
        if (open == std::string::npos || line.back() != '>') continue;
        const std::string content = line.substr(open + 3, line.size() - open - 4);
        SmscLine parsed;
        std::istringstream words(content);
        words >> parsed.from >> parsed.to >> parsed.type;
        if (!to.empty() && parsed.to != to) continue;
        std::string rest;
        std::getline(words, rest);
        if (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
        if (parsed.type == "text") {
            parsed.data = rest;
        } else if (parsed.type == "udh") {
            const auto space = rest.find(' ');
            parsed.udh = integrations::urlDecode(rest.substr(0, space));
            parsed.data = integrations::urlDecode(rest.substr(rest.find(' ', space + 1) + 1)); // past "data"
        } else {
            parsed.data = integrations::urlDecode(rest);
        }
        lines.push_back(parsed);
    }
    return lines;
}

std::string utf8FromUtf16be(const std::string& bytes)
{
    icu::UnicodeString text;
    for (size_t i = 0; i + 1 < bytes.size(); i += 2)
        text.append(static_cast<char16_t>((static_cast<unsigned char>(bytes[i]) << 8) |
                                          static_cast<unsigned char>(bytes[i + 1])));
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string utf16be(const std::string& utf8)
{
    const auto text = icu::UnicodeString::fromUTF8(utf8);
    std::string bytes;
    for (int32_t i = 0; i < text.length(); ++i) {
        const char16_t unit = text.charAt(i);
        bytes += static_cast<char>(unit >> 8);
        bytes += static_cast<char>(unit & 0xff);
    }
    return bytes;
}

PrivateKannel::PrivateKannel()
{
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("praklit-kannel-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    run("start");
    std::ifstream in(dir_ / "env");
    std::string line;
    const std::string key = "export PRAKLIT_TEST_KANNEL_URL=";
    while (std::getline(in, line))
        if (line.rfind(key, 0) == 0) url_ = line.substr(key.size());
}

PrivateKannel::~PrivateKannel() { run("stop"); }

void PrivateKannel::run(const std::string& command)
{
    const std::string line = env("PRAKLIT_TEST_KANNEL_CONTROL") + " " + command + " " + dir_.string() + " >/dev/null";
    ASSERT_EQ(std::system(line.c_str()), 0) << line;
}

} // namespace praklit::test
