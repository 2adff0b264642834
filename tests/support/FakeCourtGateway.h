#pragma once
// tests/fakes/court-gateway, the court gateway's protocol as a real loopback
// HTTPS server, started in a folder of its own with cases generated for it;
// /_stats says what reached it, so a test counts sign-ins and downloads the
// server saw, not what the client believes it sent.
#include "support/ChildProcess.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace praklit::test {

// The certificates of the tests, made once per test program: the CAs and
// the gateway's certificates by scripts/court-pki, and three cards by the
// fake's card mode — "card" (issued by the test CA), "stranger" (by the CA
// nobody trusts) and "expired" (by the test CA, its dates past).
struct CourtPki {
    std::filesystem::path dir;
    std::filesystem::path caFile() const { return dir / "ca.crt"; }
    std::filesystem::path otherCaFile() const { return dir / "other-ca.crt"; }
    std::filesystem::path key(const std::string& card) const { return dir / (card + ".key"); }
    std::filesystem::path certificate(const std::string& card) const { return dir / (card + ".crt"); }
};

struct FakeCourtOptions {
    int cases = 4;
    int events = 12;
    int seed = 1;
    int pdfSize = 4096;
    int maxPage = 100;      // the most events the fake puts in a page
    double tokenSeconds = 1800;
    bool untrustedCertificate = false; // serve with the certificate of the CA nobody trusts
    // The CA the cards' certificates are checked against; empty: the tests'
    // own. The SoftHSM2 cards of scripts/smart-card have theirs (PRAKLIT_TEST_CARD_CA).
    std::string clientCa{};
};

class FakeCourtGateway {
public:
    // Why the fake cannot run on this machine (no Python 3, no openssl), or empty.
    static std::string unavailable();
    // Throws std::runtime_error when the certificates cannot be made.
    static const CourtPki& pki();

    explicit FakeCourtGateway(FakeCourtOptions options = {});
    ~FakeCourtGateway();
    FakeCourtGateway(const FakeCourtGateway&) = delete;
    FakeCourtGateway& operator=(const FakeCourtGateway&) = delete;

    std::string url() const; // the gateway's base address, https://127.0.0.1:PORT
    std::string caFile() const { return pki().caFile().string(); }
    // POST /_control; EXPECTs a 200 and returns its answer.
    nlohmann::json control(const nlohmann::json& body) const;
    nlohmann::json stats() const;
    // The generated cases.json: {"cases": [{"number", "court", "type", "events": [...]}]}.
    const nlohmann::json& data() const { return data_; }
    const std::filesystem::path& dir() const { return dir_; }

private:
    std::filesystem::path dir_;
    nlohmann::json data_;
    std::unique_ptr<ChildProcess> process_;
    int port_ = 0;
    bool untrusted_ = false;
};

} // namespace praklit::test
