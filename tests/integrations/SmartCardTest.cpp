// The lawyer's smart card through its PKCS#11 module, on the SoftHSM2 tokens
// scripts/smart-card makes (scripts/test exports their env; the tests are
// skipped without it): what a card lists, a signature the certificate's key
// verifies, and each refusal with its own problem and sentence. The cards
// are found by their labels, as SoftHSM numbers its slots anew each run.
//
// ctest runs each test in a process of its own, several at once, on the same
// tokens: a wrong code (which changes a token's flags) is given only to a card
// no other test signs in to, and no test expects what another may change.
#include "integrations/Pkcs11Cards.h"
#include "text/Translate.h"

#include <dlfcn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <unistd.h>
#include <gtest/gtest.h>

namespace praklit {
namespace {

using services::CardError;
using services::CardProblem;
using services::SmartCard;
using services::SmartCards;
using services::TriesLeft;

std::string env(const char* name)
{
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The problem and sentence of the CardError `f` throws.
struct Refusal {
    CardProblem problem = CardProblem::Other;
    TriesLeft tries = TriesLeft::Unknown;
    std::string sentence;
    bool thrown = false;
};

Refusal refusalOf(const std::function<void()>& f)
{
    Refusal r;
    try {
        f();
    } catch (const CardError& e) {
        r = Refusal{e.problem(), e.triesLeft(), e.what(), true};
    }
    EXPECT_TRUE(r.thrown) << "no CardError was thrown";
    if (r.thrown) {
        EXPECT_FALSE(r.sentence.empty());
    }
    return r;
}

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

X509Ptr parse(const std::string& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())), X509_free);
}

// Whether `signature` is `data` signed with the certificate's key, SHA-256
// with RSA PKCS#1 v1.5, as OpenSSL (and so the court gateway) checks it.
bool verifies(const std::string& certificateDer, const std::string& data, const std::string& signature)
{
    const auto x = parse(certificateDer);
    if (!x) return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(X509_get_pubkey(x.get()), EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1) return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                            reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1;
}

std::string sha256Hex(const std::string& bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &n, EVP_sha256(), nullptr);
    std::string out;
    char two[3];
    for (unsigned int i = 0; i < n; ++i) {
        std::snprintf(two, sizeof two, "%02x", digest[i]);
        out += two;
    }
    return out;
}

#define NEEDS_CARDS()                                                                                           \
    if (env("PRAKLIT_TEST_CARD_MODULE").empty())                                                               \
    GTEST_SKIP() << "PRAKLIT_TEST_CARD_MODULE is not set (scripts/test sets it from scripts/smart-card's env)"

class SmartCardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        NEEDS_CARDS();
        cards_ = integrations::makeSmartCards();
        card_ = cards_->open(env("PRAKLIT_TEST_CARD_MODULE"));
        pin_ = env("PRAKLIT_TEST_CARD_PIN");
    }

    uint64_t slotOf(const std::string& label)
    {
        for (const auto& s : card_->slots())
            if (s.cardPresent && s.tokenLabel == label) return s.id;
        ADD_FAILURE() << "no card labelled " << label << " (scripts/smart-card makes it)";
        return 0;
    }

    services::CardCertificate certificateOf(const std::string& label)
    {
        const auto certificates = card_->certificates(slotOf(label));
        if (certificates.size() != 1) {
            ADD_FAILURE() << label << " holds " << certificates.size() << " certificates, not one";
            return {};
        }
        return certificates.front();
    }

    std::unique_ptr<SmartCards> cards_;
    std::unique_ptr<SmartCard> card_;
    std::string pin_;
};

TEST_F(SmartCardTest, ListsEachCardByItsLabelAndTheSpareSlotAsNoCard)
{
    const auto slots = card_->slots();
    std::vector<std::string> labels;
    int empty = 0;
    for (const auto& s : slots) {
        EXPECT_FALSE(s.description.empty());
        if (!s.cardPresent) {
            ++empty;
            EXPECT_TRUE(s.tokenLabel.empty());
            continue;
        }
        labels.push_back(s.tokenLabel);
        EXPECT_FALSE(s.tokenSerial.empty()) << s.tokenLabel;
    }
    std::sort(labels.begin(), labels.end());
    EXPECT_EQ(labels, (std::vector<std::string>{"expired", "last-try", "lawyer", "lockable", "locked", "no-key",
                                                "other-lawyer", "untrusted"}));
    EXPECT_EQ(empty, 1) << "SoftHSM's spare, uninitialised slot is a reader without a card";
}

TEST_F(SmartCardTest, TheLawyersCertificateIsListedWithItsHebrewHolderFingerprintAndDates)
{
    const auto cert = certificateOf("lawyer");
    EXPECT_EQ(cert.holder, "עו\"ד דנה לוי");
    EXPECT_EQ(cert.issuer, "Praklit Test Courts CA");
    EXPECT_EQ(cert.label, "lawyer");
    EXPECT_EQ(cert.id.size(), 16u) << cert.id;
    EXPECT_EQ(cert.id.find_first_not_of("0123456789abcdef"), std::string::npos) << cert.id;
    EXPECT_EQ(cert.der, readFile(std::filesystem::path(env("PRAKLIT_TEST_CARD_DIR")) / "lawyer.crt.der"));
    // As `openssl x509 -fingerprint -sha256` printed it, and as OpenSSL digests the DER here.
    EXPECT_EQ(cert.fingerprint, env("PRAKLIT_TEST_CARD_FINGERPRINT"));
    EXPECT_EQ(cert.fingerprint, sha256Hex(cert.der));
    EXPECT_EQ(cert.notBefore, env("PRAKLIT_TEST_CARD_NOT_BEFORE"));
    EXPECT_EQ(cert.notAfter, env("PRAKLIT_TEST_CARD_NOT_AFTER"));

    const auto expired = certificateOf("expired");
    EXPECT_EQ(expired.holder, "עו\"ד רון אבן");
    EXPECT_EQ(expired.notBefore, "2020-01-01");
    EXPECT_EQ(expired.notAfter, "2021-01-01");
    EXPECT_EQ(certificateOf("untrusted").issuer, "Untrusted Test CA");
    EXPECT_NE(certificateOf("other-lawyer").id, cert.id) << "each card's key has an id of its own";
}

TEST_F(SmartCardTest, SignsWithTheKeyOnTheCardAndTheSignatureVerifiesWithItsCertificate)
{
    const auto id = certificateOf("lawyer").id;
    auto session = card_->signIn(slotOf("lawyer"), id, pin_);
    EXPECT_EQ(session->certificate().id, id);
    EXPECT_EQ(session->certificate().holder, "עו\"ד דנה לוי");
    const std::string challenge = "a nonce from the court gateway: 7f3a9c";
    const auto signature = session->sign(challenge);
    EXPECT_EQ(signature.size(), 256u); // RSA-2048
    EXPECT_TRUE(verifies(session->certificate().der, challenge, signature));
    EXPECT_FALSE(verifies(session->certificate().der, "another challenge", signature));
    // Another lawyer's key did not make it.
    EXPECT_FALSE(verifies(certificateOf("other-lawyer").der, challenge, signature));
    // The same session signs again (a gateway session that expired is signed in again).
    const auto again = session->sign("a second nonce");
    EXPECT_TRUE(verifies(session->certificate().der, "a second nonce", again));
}

TEST_F(SmartCardTest, AWrongCodeIsWrongPinWithTheTriesTheCardReportsAndTheRightCodeThenWorks)
{
    const auto slot = slotOf("lockable");
    const auto id = certificateOf("lockable").id;
    const auto wrong = refusalOf([&] { card_->signIn(slot, id, "0000"); });
    EXPECT_EQ(wrong.problem, CardProblem::WrongPin);
    // SoftHSM2 sets CKF_USER_PIN_COUNT_LOW after a wrong code (and never more: scripts/smart-card).
    EXPECT_EQ(wrong.tries, TriesLeft::Few);
    EXPECT_EQ(wrong.sentence, text::tr("The card's code is wrong. The card says few tries are left before it locks."));
    auto session = card_->signIn(slot, id, pin_);
    EXPECT_TRUE(verifies(session->certificate().der, "after a wrong code", session->sign("after a wrong code")));
}

TEST_F(SmartCardTest, OnTheLastTryAWrongCodeSaysOnlyOneTryIsLeft)
{
    const auto slot = slotOf("last-try");
    const auto id = certificateOf("last-try").id;
    const auto wrong = refusalOf([&] { card_->signIn(slot, id, "9999"); });
    EXPECT_EQ(wrong.problem, CardProblem::WrongPin);
    EXPECT_EQ(wrong.tries, TriesLeft::Last);
    EXPECT_EQ(wrong.sentence, text::tr("The card's code is wrong. The card says only one try is left before it locks."));
    EXPECT_NO_THROW(card_->signIn(slot, id, pin_));
}

TEST_F(SmartCardTest, ALockedCardIsRefusedEvenWithTheRightCode)
{
    const auto slot = slotOf("locked");
    const auto id = certificateOf("locked").id;
    const auto right = refusalOf([&] { card_->signIn(slot, id, pin_); });
    EXPECT_EQ(right.problem, CardProblem::PinLocked);
    EXPECT_NE(right.sentence.find("PUK"), std::string::npos) << right.sentence;
    EXPECT_EQ(refusalOf([&] { card_->signIn(slot, id, "0000"); }).problem, CardProblem::PinLocked);
}

TEST_F(SmartCardTest, AReaderWithoutACardIsNoCardAndASlotThatIsNotThereIsNoReader)
{
    uint64_t spare = 0;
    bool found = false;
    for (const auto& s : card_->slots())
        if (!s.cardPresent) {
            spare = s.id;
            found = true;
        }
    ASSERT_TRUE(found);
    const auto id = certificateOf("lawyer").id;
    EXPECT_EQ(refusalOf([&] { card_->certificates(spare); }).problem, CardProblem::NoCard);
    EXPECT_EQ(refusalOf([&] { card_->signIn(spare, id, pin_); }).problem, CardProblem::NoCard);
    uint64_t absent = 0x7ffffff0;
    for (const auto& s : card_->slots())
        if (s.id == absent) ++absent;
    EXPECT_EQ(refusalOf([&] { card_->signIn(absent, id, pin_); }).problem, CardProblem::NoReader);
}

TEST_F(SmartCardTest, AnotherLawyersCardDoesNotHoldTheLinkedCertificate)
{
    const auto linked = certificateOf("lawyer").id;
    const auto other = refusalOf([&] { card_->signIn(slotOf("other-lawyer"), linked, pin_); });
    EXPECT_EQ(other.problem, CardProblem::NoCertificate);
    EXPECT_EQ(refusalOf([&] { card_->signIn(slotOf("lawyer"), "not-hex", pin_); }).problem, CardProblem::NoCertificate);
}

TEST_F(SmartCardTest, AnExpiredCertificateIsRefusedBeforeTheCodeIsTried)
{
    const auto slot = slotOf("expired");
    const auto id = certificateOf("expired").id;
    const auto right = refusalOf([&] { card_->signIn(slot, id, pin_); });
    EXPECT_EQ(right.problem, CardProblem::Expired);
    EXPECT_NE(right.sentence.find("2021-01-01"), std::string::npos) << right.sentence;
    // A wrong code changes nothing: the card was not asked.
    EXPECT_EQ(refusalOf([&] { card_->signIn(slot, id, "0000"); }).problem, CardProblem::Expired);
}

TEST_F(SmartCardTest, ACertificateWithoutItsKeyIsNoKeyAndLeavesTheCardLoggedOut)
{
    const auto slot = slotOf("no-key");
    const auto id = certificateOf("no-key").id;
    EXPECT_EQ(refusalOf([&] { card_->signIn(slot, id, pin_); }).problem, CardProblem::NoKey);
    // Had the refused sign-in stayed logged in, the next would be refused as in use, or take any code.
    EXPECT_EQ(refusalOf([&] { card_->signIn(slot, id, pin_); }).problem, CardProblem::NoKey);
}

TEST_F(SmartCardTest, SessionsOneAfterAnotherLogOutAtTheirEndAndTheNextChecksTheCodeAgain)
{
    const auto slot = slotOf("lawyer");
    const auto id = certificateOf("lawyer").id;
    for (int round = 0; round < 3; ++round) {
        auto session = card_->signIn(slot, id, pin_);
        const auto data = "round " + std::to_string(round);
        EXPECT_TRUE(verifies(session->certificate().der, data, session->sign(data))) << round;
        // While one is signed in, a second sign-in would not have its code checked: refused.
        EXPECT_EQ(refusalOf([&] { card_->signIn(slot, id, "0000"); }).problem, CardProblem::Other);
    }
    // Logged out: the code is checked again (this card's tries are other tests' business).
    EXPECT_EQ(refusalOf([&] { card_->signIn(slot, id, "0000"); }).problem, CardProblem::WrongPin);
    auto last = card_->signIn(slot, id, pin_);
    EXPECT_EQ(last->sign("last").size(), 256u);
}

TEST_F(SmartCardTest, TwoOpeningsOfOneModuleShareItAndItStartsAgainAfterTheLastIsGone)
{
    const auto slot = slotOf("lawyer");
    const auto id = certificateOf("lawyer").id;
    {
        auto otherCards = integrations::makeSmartCards();
        auto second = otherCards->open(env("PRAKLIT_TEST_CARD_MODULE"));
        auto session = second->signIn(slot, id, pin_);
        second.reset(); // the session keeps the module
        EXPECT_EQ(session->sign("kept").size(), 256u);
    }
    // The other opening's end finalised nothing under this one.
    EXPECT_EQ(card_->certificates(slot).size(), 1u);
    card_.reset();
    card_ = cards_->open(env("PRAKLIT_TEST_CARD_MODULE"));
    EXPECT_EQ(card_->signIn(slot, id, pin_)->sign("again").size(), 256u);
}

// The module is initialised while a card object (or a session) of it lives
// and finalised when the last is gone: asked directly, the module says so.
TEST_F(SmartCardTest, TheModuleIsFinalisedWhenTheLastCardOfItIsGone)
{
    const auto slot = slotOf("lawyer");
    const auto id = certificateOf("lawyer").id;
    // The same library the integration loaded (dlopen counts its users).
    void* module = ::dlopen(env("PRAKLIT_TEST_CARD_MODULE").c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(module, nullptr);
    using GetSlotList = unsigned long (*)(unsigned char, unsigned long*, unsigned long*);
    auto slotList = reinterpret_cast<GetSlotList>(::dlsym(module, "C_GetSlotList"));
    ASSERT_NE(slotList, nullptr);
    constexpr unsigned long ok = 0, notInitialized = 0x190; // CKR_OK, CKR_CRYPTOKI_NOT_INITIALIZED
    unsigned long n = 0;
    EXPECT_EQ(slotList(0, nullptr, &n), ok);
    auto session = card_->signIn(slot, id, pin_);
    card_.reset();
    cards_.reset();
    EXPECT_EQ(slotList(0, nullptr, &n), ok) << "the session still needs the module";
    EXPECT_EQ(session->sign("still signing").size(), 256u);
    session.reset();
    EXPECT_EQ(slotList(0, nullptr, &n), notInitialized);
    ::dlclose(module);
}

TEST(SmartCardModule, AMissingFileOrAFileThatIsNotAPkcs11ModuleIsNoModule)
{
    auto cards = integrations::makeSmartCards();
    const auto missing = refusalOf([&] { cards->open("/nonexistent/opensc-pkcs11.so"); });
    EXPECT_EQ(missing.problem, CardProblem::NoModule);
    EXPECT_NE(missing.sentence.find("/nonexistent/opensc-pkcs11.so"), std::string::npos) << missing.sentence;

    const auto dir = std::filesystem::temp_directory_path() / ("praklit-card-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "not-a-module.so") << "not a library";
    EXPECT_EQ(refusalOf([&] { cards->open((dir / "not-a-module.so").string()); }).problem, CardProblem::NoModule);
    EXPECT_EQ(refusalOf([&] { cards->open(dir.string()); }).problem, CardProblem::NoModule);
    std::filesystem::remove_all(dir);

    // A real shared library that is not a PKCS#11 module: OpenSSL's own.
    Dl_info info{};
    ASSERT_NE(::dladdr(reinterpret_cast<void*>(&EVP_sha256), &info), 0);
    ASSERT_TRUE(info.dli_fname && std::filesystem::exists(info.dli_fname));
    EXPECT_EQ(refusalOf([&] { cards->open(info.dli_fname); }).problem, CardProblem::NoModule);
}

TEST(SmartCardModule, TheUsualModulesOfThisPlatformComeFirstWhenInstalled)
{
    const auto modules = integrations::makeSmartCards()->defaultModules();
    ASSERT_FALSE(modules.empty());
    bool absentSeen = false;
    for (const auto& m : modules) {
        EXPECT_NE(m.find("opensc-pkcs11"), std::string::npos) << m;
        const bool present = std::filesystem::is_regular_file(m);
        EXPECT_FALSE(present && absentSeen) << m << " is installed but listed after one that is not";
        absentSeen = absentSeen || !present;
    }
}

} // namespace
} // namespace praklit
