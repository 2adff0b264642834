#include "support/SoftwareCard.h"

#include "support/FakeCourtGateway.h"
#include "text/Sha256.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <ctime>
#include <stdexcept>

namespace praklit::test {

namespace {

std::string commonName(X509_NAME* name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) return {};
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0) return {};
    std::string text(reinterpret_cast<char*>(utf8), static_cast<size_t>(length));
    OPENSSL_free(utf8);
    return text;
}

std::string day(const ASN1_TIME* time)
{
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1) return {};
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

} // namespace

struct SoftwareCard::Key {
    EVP_PKEY* key = nullptr;
    ~Key() { EVP_PKEY_free(key); }
};

SoftwareCard::SoftwareCard(const std::filesystem::path& key, const std::filesystem::path& certificate)
    : key_(std::make_unique<Key>())
{
    BIO* in = BIO_new_file(key.string().c_str(), "r");
    if (!in) throw std::runtime_error("cannot read " + key.string());
    key_->key = PEM_read_bio_PrivateKey(in, nullptr, nullptr, nullptr);
    BIO_free(in);
    if (!key_->key) throw std::runtime_error("no private key in " + key.string());

    in = BIO_new_file(certificate.string().c_str(), "r");
    if (!in) throw std::runtime_error("cannot read " + certificate.string());
    X509* x509 = PEM_read_bio_X509(in, nullptr, nullptr, nullptr);
    BIO_free(in);
    if (!x509) throw std::runtime_error("no certificate in " + certificate.string());
    const int length = i2d_X509(x509, nullptr);
    std::string der(static_cast<size_t>(std::max(length, 0)), '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(x509, &out);
    certificate_.id = "01";
    certificate_.label = "Praklit test card";
    certificate_.der = der;
    certificate_.fingerprint = text::Sha256::of(der);
    certificate_.holder = commonName(X509_get_subject_name(x509));
    certificate_.issuer = commonName(X509_get_issuer_name(x509));
    certificate_.notBefore = day(X509_get0_notBefore(x509));
    certificate_.notAfter = day(X509_get0_notAfter(x509));
    X509_free(x509);
}

SoftwareCard::~SoftwareCard() = default;

std::string SoftwareCard::sign(std::string_view data)
{
    const std::string signed_ = spoiled_ ? std::string(data) + "!" : std::string(data);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    if (!ctx) throw std::runtime_error("EVP_MD_CTX_new");
    size_t length = 0;
    std::string signature;
    const auto* bytes = reinterpret_cast<const unsigned char*>(signed_.data());
    // The RSA key's default padding is PKCS#1 v1.5, the card's own.
    bool good = EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key_->key) == 1 &&
                EVP_DigestSign(ctx, nullptr, &length, bytes, signed_.size()) == 1;
    if (good) {
        signature.resize(length);
        good = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length, bytes, signed_.size()) == 1;
        signature.resize(length);
    }
    EVP_MD_CTX_free(ctx);
    if (!good) throw std::runtime_error("the software card could not sign");
    ++signatures_;
    return signature;
}

namespace {
class SoftwareCardInReader final : public services::SmartCard {
public:
    explicit SoftwareCardInReader(std::string name) : name_(std::move(name)) {}
    std::vector<services::CardSlot> slots() override { return {{1, "test reader", true, "test", "0001"}}; }
    std::vector<services::CardCertificate> certificates(uint64_t) override { return {session()->certificate()}; }
    std::unique_ptr<services::CardSession> signIn(uint64_t, const std::string& id, std::string_view pin) override
    {
        if (pin != "1234") throw services::CardError(services::CardProblem::WrongPin, "wrong code", services::TriesLeft::Few);
        auto s = session();
        if (s->certificate().id != id) throw services::CardError(services::CardProblem::NoCertificate, "another card");
        return s;
    }

private:
    std::unique_ptr<SoftwareCard> session() const
    {
        const auto& pki = FakeCourtGateway::pki();
        return std::make_unique<SoftwareCard>(pki.key(name_), pki.certificate(name_));
    }
    std::string name_;
};
} // namespace

std::unique_ptr<services::SmartCard> SoftwareCards::open(const std::string&)
{
    return std::make_unique<SoftwareCardInReader>(card_);
}

} // namespace praklit::test
