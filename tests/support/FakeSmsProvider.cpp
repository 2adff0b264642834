#include "support/FakeSmsProvider.h"

#include "integrations/HttpClient.h"

#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

namespace praklit::test {

using nlohmann::json;

FakeSmsProvider::FakeSmsProvider(std::string token, int holdSeconds) : token_(std::move(token))
{
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("praklit-sms-provider-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    // Through the interpreter CMake found, not the script's #! line: the same on every system.
    process_ = std::make_unique<ChildProcess>(std::vector<std::string>{
        PRAKLIT_PYTHON3, std::string(PRAKLIT_FAKES_DIR) + "/sms-provider", "--port", "0", "--state-dir", dir_.string(),
        "--token", token_, "--hold", std::to_string(holdSeconds)});
    port_ = std::stoi(process_->readLine());
}

FakeSmsProvider::~FakeSmsProvider()
{
    process_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

std::string FakeSmsProvider::url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }

json FakeSmsProvider::control(const json& body) const
{
    integrations::HttpClient http(5000);
    const auto response = http.postJson("http://127.0.0.1:" + std::to_string(port_) + "/_control", body.dump());
    EXPECT_EQ(response.outcome, integrations::HttpOutcome::Answered) << response.error;
    EXPECT_EQ(response.status, 200) << response.body;
    return json::parse(response.body, nullptr, false);
}

std::vector<json> FakeSmsProvider::accepted() const
{
    std::vector<json> lines;
    std::ifstream in(dir_ / "messages.jsonl");
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(json::parse(line));
    return lines;
}

} // namespace praklit::test
