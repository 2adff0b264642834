// The smart card through its PKCS#11 module, on SoftHSM2 tokens made by
// scripts/smart-card (scripts/test exports their env): listing, signing,
// and each refusal with its own sentence.
#include "integrations/Pkcs11Cards.h"
#include "text/Translate.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace praklit {
namespace {

using services::CardError;
using services::CardProblem;

#define REQUIRE_CARD()                                                                                   \
    do {                                                                                                 \
        if (!std::getenv("PRAKLIT_TEST_CARD_MODULE")) GTEST_SKIP() << "no test card (scripts/test makes one)"; \
    } while (false)

std::string env(const char* name) { return std::getenv(name) ? std::getenv(name) : ""; }

struct Cards {
    std::unique_ptr<services::SmartCards> cards = integrations::makeSmartCards();
    std::unique_ptr<services::SmartCard> card = cards->open(env("PRAKLIT_TEST_CARD_MODULE"));

    uint64_t slotOf(const std::string& label)
    {
        for (const auto& s : card->slots())
            if (s.cardPresent && s.tokenLabel == label) return s.id;
        ADD_FAILURE() << "no token " << label;
        return 0;
    }
};

CardProblem problemOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const CardError& e) {
        EXPECT_FALSE(std::string(e.what()).empty());
        return e.problem();
    }
    ADD_FAILURE() << "no CardError";
    return CardProblem::Other;
}

TEST(SmartCard, ListsTheReadersAndTheLawyersCertificateWithItsHebrewHolder)
{
    REQUIRE_CARD();
    Cards c;
    const auto slots = c.card->slots();
    EXPECT_GE(slots.size(), 5u); // four cards and SoftHSM's spare slot
    int empty = 0;
    for (const auto& s : slots) empty += s.cardPresent ? 0 : 1;
    EXPECT_EQ(empty, 1) << "the spare, uninitialised slot is no card";
    const auto certificates = c.card->certificates(c.slotOf("lawyer"));
    ASSERT_EQ(certificates.size(), 1u);
    const auto& cert = certificates.front();
    EXPECT_EQ(cert.id, "01");
    EXPECT_EQ(cert.holder, "עו\"ד דנה לוי");
    EXPECT_EQ(cert.issuer, "Praklit Test Courts CA");
    EXPECT_EQ(cert.fingerprint.size(), 64u);
    // The fingerprint is the SHA-256 of the certificate as the script wrote it.
    std::ifstream in(env("PRAKLIT_TEST_CARD_DIR") + "/lawyer.crt.der", std::ios::binary);
    if (in) {
        const std::string der((std::istreambuf_iterator<char>(in)), {});
        EXPECT_EQ(der, cert.der);
    }
    EXPECT_GT(cert.notAfter, cert.notBefore);
}

TEST(SmartCard, SignsWithTheKeyOnTheCardAndTheSignatureVerifiesWithItsCertificate)
{
    REQUIRE_CARD();
    Cards c;
    auto session = c.card->signIn(c.slotOf("lawyer"), "01", env("PRAKLIT_TEST_CARD_PIN"));
    const std::string challenge = "a nonce from the court gateway";
    const auto signature = session->sign(challenge);
    ASSERT_EQ(signature.size(), 256u);
    const auto& der = session->certificate().der;
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    std::unique_ptr<X509, decltype(&X509_free)> x(d2i_X509(nullptr, &p, static_cast<long>(der.size())), X509_free);
    ASSERT_TRUE(x);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(X509_get_pubkey(x.get()), EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    ASSERT_EQ(EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()), 1);
    EXPECT_EQ(EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                               reinterpret_cast<const unsigned char*>(challenge.data()), challenge.size()),
              1);
    EXPECT_NE(EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                               reinterpret_cast<const unsigned char*>("another"), 7),
              1);
}

TEST(SmartCard, AWrongCodeSaysSoWithTheTriesTheCardReportsAndTheRightOneStillWorks)
{
    REQUIRE_CARD();
    Cards c;
    const auto slot = c.slotOf("lockable");
    try {
        c.card->signIn(slot, "01", "0000");
        FAIL() << "a wrong code signed in";
    } catch (const CardError& e) {
        EXPECT_EQ(e.problem(), CardProblem::WrongPin);
        // SoftHSM2 sets CKF_USER_PIN_COUNT_LOW after a wrong code.
        EXPECT_EQ(e.triesLeft(), services::TriesLeft::Few);
        // The sentence says so, not only that the code was wrong.
        EXPECT_NE(std::string(e.what()), text::tr("The card's code is wrong.")) << e.what();
    }
    auto session = c.card->signIn(slot, "01", env("PRAKLIT_TEST_CARD_PIN"));
    EXPECT_FALSE(session->sign("after a wrong code").empty());
}

TEST(SmartCard, TheSpareSlotIsNoCardAnotherLawyersCardIsNotTheLinkedOneAnExpiredOneIsRefused)
{
    REQUIRE_CARD();
    Cards c;
    uint64_t spare = 0;
    for (const auto& s : c.card->slots())
        if (!s.cardPresent) spare = s.id;
    EXPECT_EQ(problemOf([&] { c.card->signIn(spare, "01", "4321"); }), CardProblem::NoCard);
    EXPECT_EQ(problemOf([&] { c.card->certificates(spare); }), CardProblem::NoCard);
    EXPECT_EQ(problemOf([&] { c.card->signIn(c.slotOf("other-lawyer"), "02", env("PRAKLIT_TEST_CARD_PIN")); }),
              CardProblem::NoCertificate);
    EXPECT_EQ(problemOf([&] { c.card->signIn(c.slotOf("expired"), "01", env("PRAKLIT_TEST_CARD_PIN")); }),
              CardProblem::Expired);
    // A reader that is not there.
    EXPECT_EQ(problemOf([&] { c.card->signIn(0x7fffffff, "01", "4321"); }), CardProblem::NoReader);
}

TEST(SmartCard, AMissingModuleOrAFileThatIsNotAModuleIsRefusedWithItsOwnSentence)
{
    auto cards = integrations::makeSmartCards();
    EXPECT_EQ(problemOf([&] { cards->open("/nonexistent/opensc-pkcs11.so"); }), CardProblem::NoModule);
    const auto notModule = std::filesystem::temp_directory_path() / "praklit-not-a-module.so";
    std::ofstream(notModule) << "not a library";
    EXPECT_EQ(problemOf([&] { cards->open(notModule.string()); }), CardProblem::NoModule);
    std::filesystem::remove(notModule);
    EXPECT_FALSE(cards->defaultModules().empty());
}

TEST(SmartCard, ASessionLogsOutWhenItEndsAndTheNextSignsInAgain)
{
    REQUIRE_CARD();
    Cards c;
    const auto slot = c.slotOf("lawyer");
    for (int i = 0; i < 3; ++i) {
        auto session = c.card->signIn(slot, "01", env("PRAKLIT_TEST_CARD_PIN"));
        EXPECT_EQ(session->sign("round " + std::to_string(i)).size(), 256u);
    }
}

} // namespace
} // namespace praklit
