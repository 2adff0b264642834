#pragma once
// A port: the lawyer's smart card (כרטיס חכם), reached through the PKCS#11
// module of the card's middleware (OpenSC, the card vendor's DLL; SoftHSM2
// in the tests). The key never leaves the card: the card signs. The
// integration (integrations::Pkcs11Cards) loads the module at run time.
//
// Every failure is a praklit::Error with one sentence for the user; those a
// front end acts on differently carry a CardProblem as well (CardError).
#include "domain/Error.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace praklit::services {

enum class CardProblem {
    NoModule,        // the module file is missing or is not a PKCS#11 module
    NoReader,        // the module sees no reader (no slot)
    NoCard,          // a reader without a card in it
    WrongPin,        // the code was wrong; triesLeft says what the card reports
    PinLocked,       // the card is locked: too many wrong codes
    NoCertificate,   // the linked certificate is not on this card: another card
    NoKey,           // the certificate is there but its private key is not
    Expired,         // the certificate's validity has ended (or not begun)
    Other,
};

// What the card says of the tries left after a wrong code (PKCS#11 token
// flags: CKF_USER_PIN_COUNT_LOW, CKF_USER_PIN_FINAL_TRY).
enum class TriesLeft { Unknown, Few, Last };

class CardError : public Error {
public:
    CardError(CardProblem problem, const std::string& sentence, TriesLeft tries = TriesLeft::Unknown)
        : Error(problem == CardProblem::Other ? ErrorKind::OutsideService : ErrorKind::InvalidInput, sentence),
          problem_(problem), tries_(tries)
    {
    }
    CardProblem problem() const { return problem_; }
    TriesLeft triesLeft() const { return tries_; }

private:
    CardProblem problem_;
    TriesLeft tries_;
};

struct CardSlot {
    uint64_t id = 0;          // the PKCS#11 slot id
    std::string description;  // the reader's name
    bool cardPresent = false;
    std::string tokenLabel;   // the card's label, when present
    std::string tokenSerial;
};

struct CardCertificate {
    std::string id;          // CKA_ID in lowercase hex: names the certificate and its key
    std::string label;       // CKA_LABEL
    std::string der;         // the certificate itself (DER)
    std::string fingerprint; // SHA-256 of the DER, lowercase hex
    std::string holder;      // the subject's common name
    std::string issuer;      // the issuer's common name
    std::string notBefore;   // yyyy-mm-dd (UTC)
    std::string notAfter;    // yyyy-mm-dd (UTC)
};

// Signed in to the card: signs as often as needed (a gateway session that
// expires is signed again) and logs out when destroyed. Not thread-safe.
class CardSession {
public:
    virtual ~CardSession() = default;
    virtual const CardCertificate& certificate() const = 0;
    // `data` signed with the certificate's key, SHA-256 with RSA PKCS#1 v1.5
    // (CKM_SHA256_RSA_PKCS): the raw signature bytes.
    virtual std::string sign(std::string_view data) = 0;
};

// One loaded PKCS#11 module.
class SmartCard {
public:
    virtual ~SmartCard() = default;
    virtual std::vector<CardSlot> slots() = 0;
    // The certificates on the card in `slot` (readable without the code).
    virtual std::vector<CardCertificate> certificates(uint64_t slot) = 0;
    // Logs in with `pin` and finds the key of certificate `certificateId`.
    // The caller wipes its copy of the code; the integration keeps none.
    // Throws CardError: WrongPin (with the tries left), PinLocked, NoCard,
    // NoCertificate, NoKey.
    virtual std::unique_ptr<CardSession> signIn(uint64_t slot, const std::string& certificateId, std::string_view pin) = 0;
};

class SmartCards {
public:
    virtual ~SmartCards() = default;
    // Loads the module at `modulePath`; throws CardError NoModule.
    virtual std::unique_ptr<SmartCard> open(const std::string& modulePath) = 0;
    // Where the usual middleware puts its module on this platform (OpenSC on
    // Linux and macOS, the card vendor's DLL on Windows); the first that exists, first.
    virtual std::vector<std::string> defaultModules() const = 0;

    // The composition roots install the integration once at start-up.
    static void install(std::unique_ptr<SmartCards> cards);
    // The installed one; Error(Internal) when the program installed none.
    static SmartCards& installed();
};

} // namespace praklit::services
