#include "integrations/Pkcs11Cards.h"

#include "platform/DynamicLibrary.h"
#include "text/Format.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <openssl/crypto.h>
#include <openssl/x509.h>

#include <p11-kit/pkcs11.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace praklit::integrations {

using services::CardCertificate;
using services::CardError;
using services::CardProblem;
using services::CardSlot;
using services::TriesLeft;
using text::format;
using text::tr;

namespace {

std::string trimmed(const unsigned char* field, size_t size)
{
    std::string s(reinterpret_cast<const char*>(field), size);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0')) s.pop_back();
    return s;
}

std::string hex(const std::string& bytes)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::string unhex(const std::string& text)
{
    std::string out;
    for (size_t i = 0; i + 1 < text.size(); i += 2) out += static_cast<char>(std::stoi(text.substr(i, 2), nullptr, 16));
    return out;
}

// A certificate's common name, UTF-8 (a Hebrew holder's name survives).
std::string commonName(X509_NAME* name)
{
    const int at = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (at < 0) return {};
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at));
    unsigned char* utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, data);
    if (n < 0) return {};
    std::string out(reinterpret_cast<char*>(utf8), static_cast<size_t>(n));
    OPENSSL_free(utf8);
    return out;
}

std::string dayOf(const ASN1_TIME* t)
{
    struct tm parts {};
    if (!ASN1_TIME_to_tm(t, &parts)) return {};
    char out[40];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    return out;
}

// Fills what the certificate says of itself; false when it is not one.
bool describe(CardCertificate& c)
{
    const auto* p = reinterpret_cast<const unsigned char*>(c.der.data());
    std::unique_ptr<X509, decltype(&X509_free)> x(d2i_X509(nullptr, &p, static_cast<long>(c.der.size())), X509_free);
    if (!x) return false;
    c.fingerprint = text::Sha256::of(c.der);
    c.holder = commonName(X509_get_subject_name(x.get()));
    c.issuer = commonName(X509_get_issuer_name(x.get()));
    c.notBefore = dayOf(X509_get0_notBefore(x.get()));
    c.notAfter = dayOf(X509_get0_notAfter(x.get()));
    return true;
}

// Whether the certificate is in its dates now (UTC, to the second).
bool valid(const CardCertificate& c)
{
    const auto* p = reinterpret_cast<const unsigned char*>(c.der.data());
    std::unique_ptr<X509, decltype(&X509_free)> x(d2i_X509(nullptr, &p, static_cast<long>(c.der.size())), X509_free);
    if (!x) return false;
    return X509_cmp_current_time(X509_get0_notBefore(x.get())) < 0 && X509_cmp_current_time(X509_get0_notAfter(x.get())) > 0;
}

// What the card refused that no sentence of ours names: the module's own
// code, for whoever supports the card.
// `sentence` has {1} for the code.
[[noreturn]] void failed(const std::string& sentence, CK_RV rv)
{
    char code[24];
    std::snprintf(code, sizeof code, "0x%lX", static_cast<unsigned long>(rv));
    throw CardError(CardProblem::Other, format(sentence, std::string(code)));
}

bool noCard(CK_RV rv)
{
    return rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_DEVICE_REMOVED || rv == CKR_TOKEN_NOT_RECOGNIZED ||
           rv == CKR_SLOT_ID_INVALID;
}

[[noreturn]] void throwNoCard()
{
    throw CardError(CardProblem::NoCard, tr("There is no card in the reader: put the card in and try again."));
}

// One loaded module: initialised once, finalised when the last user of it goes.
class Module {
public:
    explicit Module(const std::string& path)
    {
        std::string why;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            throw CardError(CardProblem::NoModule,
                            format(tr("There is no smart card module at {1}: check the card middleware's installation."), path));
        library_ = platform::DynamicLibrary::open(path, why);
        auto* get = library_.loaded() ? reinterpret_cast<CK_C_GetFunctionList>(library_.symbol("C_GetFunctionList")) : nullptr;
        if (!get || get(&f_) != CKR_OK || !f_)
            throw CardError(CardProblem::NoModule,
                            format(tr("The file {1} is not a smart card (PKCS#11) module."), path));
        CK_C_INITIALIZE_ARGS args{};
        args.flags = CKF_OS_LOCKING_OK; // the sync's threads share the module
        const CK_RV rv = f_->C_Initialize(&args);
        if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) failed(tr("The card's module could not start (PKCS#11 error {1})."), rv);
        ownsInitialize_ = rv == CKR_OK;
    }
    ~Module()
    {
        if (ownsInitialize_) f_->C_Finalize(nullptr);
    }
    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;
    CK_FUNCTION_LIST* operator->() const { return f_; }

private:
    platform::DynamicLibrary library_;
    CK_FUNCTION_LIST* f_ = nullptr;
    bool ownsInitialize_ = false;
};

// A PKCS#11 session, closed when it goes.
class Session {
public:
    Session(std::shared_ptr<Module> module, CK_SLOT_ID slot) : module_(std::move(module))
    {
        const CK_RV rv = (*module_)->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &handle_);
        if (noCard(rv)) throwNoCard();
        if (rv != CKR_OK) failed(tr("The card could not be opened (PKCS#11 error {1})."), rv);
    }
    ~Session() { (*module_)->C_CloseSession(handle_); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    CK_SESSION_HANDLE handle() const { return handle_; }
    Module& module() const { return *module_; }

    // The objects of `cls`, with CKA_ID equal to `id` when given.
    std::vector<CK_OBJECT_HANDLE> find(CK_OBJECT_CLASS cls, const std::string* id = nullptr)
    {
        std::vector<CK_ATTRIBUTE> query{{CKA_CLASS, &cls, sizeof cls}};
        std::string idBytes;
        if (id) {
            idBytes = *id;
            query.push_back({CKA_ID, idBytes.data(), idBytes.size()});
        }
        std::vector<CK_OBJECT_HANDLE> out;
        if (module()->C_FindObjectsInit(handle_, query.data(), static_cast<CK_ULONG>(query.size())) != CKR_OK) return out;
        CK_OBJECT_HANDLE found[16];
        CK_ULONG n = 0;
        while (module()->C_FindObjects(handle_, found, 16, &n) == CKR_OK && n > 0) out.insert(out.end(), found, found + n);
        module()->C_FindObjectsFinal(handle_);
        return out;
    }

    std::string attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type)
    {
        CK_ATTRIBUTE a{type, nullptr, 0};
        if (module()->C_GetAttributeValue(handle_, object, &a, 1) != CKR_OK || a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
            return {};
        std::string value(a.ulValueLen, '\0');
        a.pValue = value.data();
        if (module()->C_GetAttributeValue(handle_, object, &a, 1) != CKR_OK) return {};
        return value;
    }

private:
    std::shared_ptr<Module> module_;
    CK_SESSION_HANDLE handle_ = 0;
};

class Pkcs11Session final : public services::CardSession {
public:
    Pkcs11Session(std::unique_ptr<Session> session, CK_OBJECT_HANDLE key, CardCertificate certificate)
        : session_(std::move(session)), key_(key), certificate_(std::move(certificate))
    {
    }
    ~Pkcs11Session() override { session_->module()->C_Logout(session_->handle()); }

    const CardCertificate& certificate() const override { return certificate_; }

    std::string sign(std::string_view data) override
    {
        auto& f = session_->module();
        CK_MECHANISM mechanism{CKM_SHA256_RSA_PKCS, nullptr, 0};
        CK_RV rv = f->C_SignInit(session_->handle(), &mechanism, key_);
        if (noCard(rv)) throwNoCard();
        if (rv != CKR_OK) failed(tr("The card could not sign (PKCS#11 error {1})."), rv);
        std::string bytes(data);
        CK_ULONG size = 0;
        rv = f->C_Sign(session_->handle(), reinterpret_cast<CK_BYTE_PTR>(bytes.data()), static_cast<CK_ULONG>(bytes.size()),
                       nullptr, &size);
        if (rv != CKR_OK) failed(tr("The card could not sign (PKCS#11 error {1})."), rv);
        std::string signature(size, '\0');
        rv = f->C_Sign(session_->handle(), reinterpret_cast<CK_BYTE_PTR>(bytes.data()), static_cast<CK_ULONG>(bytes.size()),
                       reinterpret_cast<CK_BYTE_PTR>(signature.data()), &size);
        if (noCard(rv)) throwNoCard();
        if (rv != CKR_OK) failed(tr("The card could not sign (PKCS#11 error {1})."), rv);
        signature.resize(size);
        return signature;
    }

private:
    std::unique_ptr<Session> session_;
    CK_OBJECT_HANDLE key_;
    CardCertificate certificate_;
};

class Pkcs11Card final : public services::SmartCard {
public:
    explicit Pkcs11Card(std::shared_ptr<Module> module) : module_(std::move(module)) {}

    std::vector<CardSlot> slots() override
    {
        CK_ULONG n = 0;
        if ((*module_)->C_GetSlotList(CK_FALSE, nullptr, &n) != CKR_OK) return {};
        std::vector<CK_SLOT_ID> ids(n);
        if (n && (*module_)->C_GetSlotList(CK_FALSE, ids.data(), &n) != CKR_OK) return {};
        ids.resize(n);
        std::vector<CardSlot> out;
        for (const auto id : ids) {
            CK_SLOT_INFO info{};
            if ((*module_)->C_GetSlotInfo(id, &info) != CKR_OK) continue;
            CardSlot s;
            s.id = id;
            s.description = trimmed(info.slotDescription, sizeof info.slotDescription);
            CK_TOKEN_INFO token{};
            // A token that was never initialised (SoftHSM's spare slot, a blank card) is no card of a lawyer's.
            if ((info.flags & CKF_TOKEN_PRESENT) && (*module_)->C_GetTokenInfo(id, &token) == CKR_OK &&
                (token.flags & CKF_TOKEN_INITIALIZED)) {
                s.cardPresent = true;
                s.tokenLabel = trimmed(token.label, sizeof token.label);
                s.tokenSerial = trimmed(token.serialNumber, sizeof token.serialNumber);
            }
            out.push_back(std::move(s));
        }
        return out;
    }

    std::vector<CardCertificate> certificates(uint64_t slot) override
    {
        requireCard(slot);
        Session session(module_, static_cast<CK_SLOT_ID>(slot));
        return certificatesIn(session);
    }

    std::unique_ptr<services::CardSession> signIn(uint64_t slot, const std::string& certificateId, std::string_view pin) override
    {
        const auto token = requireCard(slot);
        if (token.flags & CKF_USER_PIN_LOCKED) locked();
        auto session = std::make_unique<Session>(module_, static_cast<CK_SLOT_ID>(slot));
        CardCertificate certificate;
        bool found = false;
        for (auto& c : certificatesIn(*session))
            if (c.id == certificateId) {
                certificate = std::move(c);
                found = true;
            }
        if (!found)
            throw CardError(CardProblem::NoCertificate,
                            tr("This card does not hold the certificate linked to you: is it another lawyer's card?"));
        if (!valid(certificate))
            throw CardError(CardProblem::Expired,
                            format(tr("The card's certificate is not valid now (valid from {1} until {2}): the card must be "
                                      "renewed."),
                                   certificate.notBefore, certificate.notAfter));
        // The code is copied only for the call and wiped at once.
        std::string code(pin);
        const CK_RV rv = (*module_)->C_Login(session->handle(), CKU_USER, reinterpret_cast<CK_UTF8CHAR_PTR>(code.data()),
                                             static_cast<CK_ULONG>(code.size()));
        OPENSSL_cleanse(code.data(), code.size());
        if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LEN_RANGE) {
            CK_TOKEN_INFO after{};
            (*module_)->C_GetTokenInfo(static_cast<CK_SLOT_ID>(slot), &after);
            if (after.flags & CKF_USER_PIN_LOCKED) locked();
            if (after.flags & CKF_USER_PIN_FINAL_TRY)
                throw CardError(CardProblem::WrongPin,
                                tr("The card's code is wrong. The card says one try is left: one more wrong code locks it."),
                                TriesLeft::Last);
            if (after.flags & CKF_USER_PIN_COUNT_LOW)
                throw CardError(CardProblem::WrongPin,
                                tr("The card's code is wrong. The card says few tries are left before it locks."),
                                TriesLeft::Few);
            throw CardError(CardProblem::WrongPin, tr("The card's code is wrong."));
        }
        if (rv == CKR_PIN_LOCKED) locked();
        if (noCard(rv)) throwNoCard();
        if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) failed(tr("The card refused the sign-in (PKCS#11 error {1})."), rv);
        const auto idBytes = unhex(certificateId);
        const auto keys = session->find(CKO_PRIVATE_KEY, &idBytes);
        if (keys.empty()) {
            (*module_)->C_Logout(session->handle());
            throw CardError(CardProblem::NoKey, tr("The card holds the certificate but not its key: it cannot sign."));
        }
        const auto key = keys.front();
        return std::make_unique<Pkcs11Session>(std::move(session), key, std::move(certificate));
    }

private:
    [[noreturn]] static void locked()
    {
        throw CardError(CardProblem::PinLocked,
                        tr("The card is locked after too many wrong codes: unlock it with the card's unlocking code (PUK) "
                           "or ask the card's issuer."));
    }

    CK_TOKEN_INFO requireCard(uint64_t slot)
    {
        CK_SLOT_INFO info{};
        CK_RV rv = (*module_)->C_GetSlotInfo(static_cast<CK_SLOT_ID>(slot), &info);
        if (rv == CKR_SLOT_ID_INVALID)
            throw CardError(CardProblem::NoReader, tr("The card reader is not connected: connect it and try again."));
        if (rv != CKR_OK) failed(tr("The card reader could not be read (PKCS#11 error {1})."), rv);
        CK_TOKEN_INFO token{};
        if (!(info.flags & CKF_TOKEN_PRESENT)) throwNoCard();
        rv = (*module_)->C_GetTokenInfo(static_cast<CK_SLOT_ID>(slot), &token);
        if (noCard(rv) || (rv == CKR_OK && !(token.flags & CKF_TOKEN_INITIALIZED))) throwNoCard();
        if (rv != CKR_OK) failed(tr("The card could not be read (PKCS#11 error {1})."), rv);
        return token;
    }

    static std::vector<CardCertificate> certificatesIn(Session& session)
    {
        std::vector<CardCertificate> out;
        for (const auto object : session.find(CKO_CERTIFICATE)) {
            CardCertificate c;
            c.id = hex(session.attribute(object, CKA_ID));
            c.label = session.attribute(object, CKA_LABEL);
            c.der = session.attribute(object, CKA_VALUE);
            if (c.der.empty() || !describe(c)) continue;
            out.push_back(std::move(c));
        }
        return out;
    }

    std::shared_ptr<Module> module_;
};

class Pkcs11Cards final : public services::SmartCards {
public:
    std::unique_ptr<services::SmartCard> open(const std::string& modulePath) override
    {
        // One Module per path for the program's life: C_Initialize and
        // C_Finalize are the module's global state, not a card's.
        std::lock_guard lock(mutex_);
        auto& module = modules_[modulePath];
        if (!module) module = std::make_shared<Module>(modulePath);
        return std::make_unique<Pkcs11Card>(module);
    }

    std::vector<std::string> defaultModules() const override
    {
        std::vector<std::string> candidates;
#if defined(_WIN32)
        candidates = {"C:\\Program Files\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll",
                      "C:\\Windows\\System32\\opensc-pkcs11.dll"};
#elif defined(__APPLE__)
        candidates = {"/Library/OpenSC/lib/opensc-pkcs11.so", "/opt/homebrew/lib/opensc-pkcs11.so",
                      "/usr/local/lib/opensc-pkcs11.so"};
#else
        candidates = {"/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
                      "/usr/lib/opensc-pkcs11.so", "/usr/lib64/opensc-pkcs11.so"};
#endif
        std::vector<std::string> present, absent;
        for (auto& c : candidates) {
            std::error_code ec;
            (std::filesystem::exists(c, ec) ? present : absent).push_back(std::move(c));
        }
        present.insert(present.end(), absent.begin(), absent.end());
        return present;
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<Module>> modules_;
};

} // namespace

std::unique_ptr<services::SmartCards> makeSmartCards() { return std::make_unique<Pkcs11Cards>(); }

} // namespace praklit::integrations
