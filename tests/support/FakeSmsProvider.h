#pragma once
// tests/fakes/sms-provider, the Israeli provider's API as a real loopback
// server, started in a folder of its own; what it accepted is read from its
// file, so a test counts what reached the provider, not what the client
// believes it sent.
#include "support/ChildProcess.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace praklit::test {

class FakeSmsProvider {
public:
    // `holdSeconds`: how long the "timeout" modes hold a request.
    explicit FakeSmsProvider(std::string token = "office-token-1", int holdSeconds = 5);
    ~FakeSmsProvider();

    std::string url() const; // the API's base address
    nlohmann::json control(const nlohmann::json& body) const;
    void mode(const std::string& m) const { control({{"mode", m}}); }
    // Every message the fake accepted, in order.
    std::vector<nlohmann::json> accepted() const;
    const std::string& token() const { return token_; }

private:
    std::filesystem::path dir_;
    std::string token_;
    std::unique_ptr<ChildProcess> process_;
    int port_ = 0;
};

} // namespace praklit::test
