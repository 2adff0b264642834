#pragma once
// A smart card in software for the court gateway's tests: the key is a PEM
// file and OpenSSL signs with it, a real SHA256withRSA PKCS#1 v1.5 signature
// as the card's CKM_SHA256_RSA_PKCS makes, so the gateway's checks are the
// real ones without a PKCS#11 token.
#include "services/ports/SmartCard.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace praklit::test {

class SoftwareCard final : public services::CardSession {
public:
    // Throws std::runtime_error when either file cannot be read.
    SoftwareCard(const std::filesystem::path& key, const std::filesystem::path& certificate);
    ~SoftwareCard() override;
    SoftwareCard(const SoftwareCard&) = delete;
    SoftwareCard& operator=(const SoftwareCard&) = delete;

    const services::CardCertificate& certificate() const override { return certificate_; }
    std::string sign(std::string_view data) override;

    // How many times it has signed: each sign-in of the gateway is one.
    int signatures() const { return signatures_.load(); }
    // From now on it signs other bytes than it is given: a signature that
    // does not verify, as a damaged card would make.
    void spoil() { spoiled_ = true; }

private:
    struct Key;
    std::unique_ptr<Key> key_;
    services::CardCertificate certificate_;
    std::atomic<int> signatures_{0};
    std::atomic<bool> spoiled_{false};
};

// The lawyer's card for the services, in software: one reader with the
// card `card` of FakeCourtGateway::pki() in it, code "1234". What the
// gateway checks is the real signature; the PKCS#11 card itself is tested
// on SoftHSM2 (tests/integrations/SmartCardTest.cpp).
class SoftwareCards final : public services::SmartCards {
public:
    explicit SoftwareCards(std::string card = "card") : card_(std::move(card)) {}
    std::unique_ptr<services::SmartCard> open(const std::string& modulePath) override;
    std::vector<std::string> defaultModules() const override { return {"software"}; }

private:
    std::string card_;
};

} // namespace praklit::test
