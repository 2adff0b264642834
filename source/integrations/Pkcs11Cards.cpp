#include "integrations/Pkcs11Cards.h"

#include "platform/DynamicLibrary.h"
#include "text/Bidi.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <openssl/crypto.h>
#include <openssl/x509.h>

#include <p11-kit/pkcs11.h>

#include <cstdio>
#include <cstdlib>
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
using text::ltr;
using text::tr;

namespace {

// Paths are UTF-8 everywhere in the program; on Windows a narrow
// std::filesystem::path would read them in the ANSI code page instead.
std::filesystem::path fsPath(const std::string& utf8)
{
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

// PKCS#11 text fields are fixed-width and padded with blanks.
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

int nibble(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The CKA_ID bytes of an id as certificates() wrote it; empty when it is no
// such id (then no key matches it).
std::string unhex(const std::string& text)
{
    if (text.size() % 2) return {};
    std::string out;
    for (size_t i = 0; i < text.size(); i += 2) {
        const int high = nibble(text[i]), low = nibble(text[i + 1]);
        if (high < 0 || low < 0) return {};
        out += static_cast<char>(high * 16 + low);
    }
    return out;
}

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

X509Ptr parse(const std::string& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())), X509_free);
}

// A certificate's common name, UTF-8 whatever string type the CA chose, so a
// Hebrew holder's name survives.
std::string commonName(const X509_NAME* name)
{
    const int at = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (at < 0) return {};
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at));
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

// Fills in what the certificate says of itself; false when it is not one.
bool describe(CardCertificate& c)
{
    const auto x = parse(c.der);
    if (!x) return false;
    c.fingerprint = text::Sha256::of(c.der);
    c.holder = commonName(X509_get_subject_name(x.get()));
    c.issuer = commonName(X509_get_issuer_name(x.get()));
    c.notBefore = dayOf(X509_get0_notBefore(x.get()));
    c.notAfter = dayOf(X509_get0_notAfter(x.get()));
    return true;
}

// Whether the certificate is within its dates now, to the second: a court
// refuses a signature made under an expired one, so it is better refused here
// with a sentence that says why.
bool validNow(const CardCertificate& c)
{
    const auto x = parse(c.der);
    return x && X509_cmp_current_time(X509_get0_notBefore(x.get())) < 0 &&
           X509_cmp_current_time(X509_get0_notAfter(x.get())) > 0;
}

// What the card refused that no sentence of ours names: the module's own
// code, for whoever supports the card. `sentence` has {1} for the code.
[[noreturn]] void failed(const std::string& sentence, CK_RV rv)
{
    char code[24];
    std::snprintf(code, sizeof code, "0x%08lX", static_cast<unsigned long>(rv));
    throw CardError(CardProblem::Other, format(sentence, ltr(code)));
}

bool noCard(CK_RV rv)
{
    return rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_DEVICE_REMOVED || rv == CKR_TOKEN_NOT_RECOGNIZED;
}

// The card was taken out (or the reader unplugged) while Praklit held it open.
bool cardGone(CK_RV rv)
{
    return noCard(rv) || rv == CKR_SESSION_HANDLE_INVALID || rv == CKR_SESSION_CLOSED || rv == CKR_USER_NOT_LOGGED_IN;
}

[[noreturn]] void throwNoCard()
{
    throw CardError(CardProblem::NoCard, tr("There is no card in the reader: insert the card and try again."));
}

[[noreturn]] void throwLocked()
{
    throw CardError(CardProblem::PinLocked, tr("The card is locked after too many wrong codes: unlock it with the card's "
                                               "unlocking code (PUK) or ask the card's issuer."));
}

// A module loaded into the program. C_Initialize and C_Finalize are the
// module's state for the whole process, not a card's: every SmartCard of the
// same module shares one load, initialised when the first opens it and
// finalised when the last (with its sessions) is gone. A login is the
// process's too (PKCS#11 logs an application in to a token, not a session),
// so the logins of each slot are counted here.
struct Loaded {
    platform::DynamicLibrary library;
    CK_FUNCTION_LIST* f = nullptr;
    bool ownsInitialize = false;
    int users = 0;
    std::map<CK_SLOT_ID, int> logins;
    // Held from the check for a login to its count: two tasks signing in at
    // once must not both believe they were first.
    std::mutex signingIn;
};

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

std::map<std::string, std::unique_ptr<Loaded>>& registry()
{
    static std::map<std::string, std::unique_ptr<Loaded>> loaded;
    return loaded;
}

class Module {
public:
    explicit Module(const std::string& path)
    {
        std::error_code ec;
        const auto file = fsPath(path);
        if (!std::filesystem::is_regular_file(file, ec))
            throw CardError(CardProblem::NoModule, format(tr("There is no smart card module at {1}: check that the card's "
                                                             "software is installed, or choose its module in the settings."),
                                                          ltr(path)));
        // One key for one file, however it is named (a link, a relative path).
        const auto canonical = std::filesystem::weakly_canonical(file, ec);
        const auto name = canonical.u8string();
        key_ = ec ? path : std::string(name.begin(), name.end());

        std::lock_guard lock(registryMutex());
        auto& entry = registry()[key_];
        if (!entry) entry = std::make_unique<Loaded>();
        if (entry->users == 0) {
            try {
                load(*entry, path);
            } catch (...) {
                registry().erase(key_);
                throw;
            }
        }
        ++entry->users;
        loaded_ = entry.get();
    }

    ~Module()
    {
        std::lock_guard lock(registryMutex());
        if (--loaded_->users > 0) return;
        if (loaded_->ownsInitialize) loaded_->f->C_Finalize(nullptr);
        registry().erase(key_); // unloads the library
    }

    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;

    CK_FUNCTION_LIST* operator->() const { return loaded_->f; }
    std::unique_lock<std::mutex> signingIn() const { return std::unique_lock(loaded_->signingIn); }

    // Counts a login to `slot`; false when the program was logged in to it
    // already (then C_Login answers CKR_USER_ALREADY_LOGGED_IN without looking
    // at the code).
    bool countLogin(CK_SLOT_ID slot)
    {
        std::lock_guard lock(registryMutex());
        return loaded_->logins[slot]++ == 0;
    }
    bool loggedIn(CK_SLOT_ID slot)
    {
        std::lock_guard lock(registryMutex());
        const auto at = loaded_->logins.find(slot);
        return at != loaded_->logins.end() && at->second > 0;
    }
    // True when this was the slot's last login: only then is it logged out,
    // so one session's end does not log out another still signing.
    bool uncountLogin(CK_SLOT_ID slot)
    {
        std::lock_guard lock(registryMutex());
        return --loaded_->logins[slot] == 0;
    }

private:
    static void load(Loaded& entry, const std::string& path)
    {
        std::string why;
        entry.library = platform::DynamicLibrary::open(path, why);
        auto* get = entry.library.loaded()
                        ? reinterpret_cast<CK_C_GetFunctionList>(entry.library.symbol("C_GetFunctionList"))
                        : nullptr;
        entry.f = nullptr;
        if (!get || get(&entry.f) != CKR_OK || !entry.f)
            throw CardError(CardProblem::NoModule,
                            format(tr("The file {1} is not a smart card (PKCS#11) module: choose the module of the "
                                      "card's software in the settings."),
                                   ltr(path)));
        CK_C_INITIALIZE_ARGS args{};
        args.flags = CKF_OS_LOCKING_OK; // the download's worker threads share the module
        CK_RV rv = entry.f->C_Initialize(&args);
        if (rv == CKR_CANT_LOCK) rv = entry.f->C_Initialize(nullptr);
        if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
            failed(tr("The smart card module could not start (PKCS#11 error {1})."), rv);
        // Initialised by someone else in the program: theirs to finalise.
        entry.ownsInitialize = rv == CKR_OK;
    }

    std::string key_;
    Loaded* loaded_ = nullptr;
};

// A read-only PKCS#11 session (signing writes nothing to the card), closed
// when it goes.
class Session {
public:
    Session(std::shared_ptr<Module> module, CK_SLOT_ID slot) : module_(std::move(module)), slot_(slot)
    {
        const CK_RV rv = f()->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &handle_);
        if (noCard(rv)) throwNoCard();
        if (rv != CKR_OK) failed(tr("The card could not be opened (PKCS#11 error {1})."), rv);
    }
    ~Session() { f()->C_CloseSession(handle_); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    CK_SESSION_HANDLE handle() const { return handle_; }
    CK_SLOT_ID slot() const { return slot_; }
    Module& module() const { return *module_; }
    CK_FUNCTION_LIST* f() const { return module_->operator->(); }

    // The objects of `cls`, with CKA_ID `id` when one is given.
    std::vector<CK_OBJECT_HANDLE> find(CK_OBJECT_CLASS cls, const std::string* id = nullptr)
    {
        std::vector<CK_ATTRIBUTE> query{{CKA_CLASS, &cls, sizeof cls}};
        std::string idBytes;
        if (id) {
            idBytes = *id;
            query.push_back({CKA_ID, idBytes.data(), idBytes.size()});
        }
        std::vector<CK_OBJECT_HANDLE> out;
        const CK_RV rv = f()->C_FindObjectsInit(handle_, query.data(), static_cast<CK_ULONG>(query.size()));
        if (cardGone(rv)) throwNoCard();
        if (rv != CKR_OK) failed(tr("The card's contents could not be read (PKCS#11 error {1})."), rv);
        CK_OBJECT_HANDLE found[16];
        CK_ULONG n = 0;
        while (f()->C_FindObjects(handle_, found, 16, &n) == CKR_OK && n > 0) out.insert(out.end(), found, found + n);
        f()->C_FindObjectsFinal(handle_);
        return out;
    }

    // An attribute's value; empty when the object has none (or hides it).
    std::string attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type)
    {
        CK_ATTRIBUTE a{type, nullptr, 0};
        if (f()->C_GetAttributeValue(handle_, object, &a, 1) != CKR_OK || a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
            return {};
        std::string value(a.ulValueLen, '\0');
        a.pValue = value.data();
        if (f()->C_GetAttributeValue(handle_, object, &a, 1) != CKR_OK) return {};
        value.resize(a.ulValueLen);
        return value;
    }

private:
    std::shared_ptr<Module> module_;
    CK_SLOT_ID slot_;
    CK_SESSION_HANDLE handle_ = 0;
};

// Logged in to the card; logs out (when no other session of the program is
// still logged in to it) and closes the session when it ends.
class Pkcs11Session final : public services::CardSession {
public:
    Pkcs11Session(std::unique_ptr<Session> session, CK_OBJECT_HANDLE key, CardCertificate certificate)
        : session_(std::move(session)), key_(key), certificate_(std::move(certificate))
    {
    }
    ~Pkcs11Session() override
    {
        if (session_->module().uncountLogin(session_->slot())) session_->f()->C_Logout(session_->handle());
    }
    Pkcs11Session(const Pkcs11Session&) = delete;
    Pkcs11Session& operator=(const Pkcs11Session&) = delete;

    const CardCertificate& certificate() const override { return certificate_; }

    std::string sign(std::string_view data) override
    {
        auto* f = session_->f();
        CK_MECHANISM mechanism{CKM_SHA256_RSA_PKCS, nullptr, 0};
        CK_RV rv = f->C_SignInit(session_->handle(), &mechanism, key_);
        check(rv);
        // C_Sign takes a non-const pointer though it only reads the data.
        std::string bytes(data);
        auto* in = reinterpret_cast<CK_BYTE_PTR>(bytes.data());
        const auto inSize = static_cast<CK_ULONG>(bytes.size());
        CK_ULONG size = 0;
        rv = f->C_Sign(session_->handle(), in, inSize, nullptr, &size); // the size, the operation stays open
        check(rv);
        std::string signature(size, '\0');
        rv = f->C_Sign(session_->handle(), in, inSize, reinterpret_cast<CK_BYTE_PTR>(signature.data()), &size);
        check(rv);
        signature.resize(size);
        return signature;
    }

private:
    static void check(CK_RV rv)
    {
        if (cardGone(rv))
            throw CardError(CardProblem::NoCard,
                            tr("The card was taken out of the reader: insert it and sign in with the card again."));
        if (rv != CKR_OK) failed(tr("The card could not sign (PKCS#11 error {1})."), rv);
    }

    std::unique_ptr<Session> session_;
    CK_OBJECT_HANDLE key_;
    CardCertificate certificate_;
};

class Pkcs11Card final : public services::SmartCard {
public:
    explicit Pkcs11Card(std::shared_ptr<Module> module) : module_(std::move(module)) {}

    std::vector<CardSlot> slots() override
    {
        // A reader plugged in between the size and the list makes the list longer: ask again.
        std::vector<CK_SLOT_ID> ids;
        CK_RV rv = CKR_BUFFER_TOO_SMALL;
        for (int attempt = 0; rv == CKR_BUFFER_TOO_SMALL && attempt < 3; ++attempt) {
            CK_ULONG n = 0;
            rv = f()->C_GetSlotList(CK_FALSE, nullptr, &n);
            if (rv != CKR_OK) break;
            ids.resize(n);
            if (n == 0) break;
            rv = f()->C_GetSlotList(CK_FALSE, ids.data(), &n);
            if (rv == CKR_OK) ids.resize(n);
        }
        if (rv != CKR_OK) failed(tr("The card readers could not be listed (PKCS#11 error {1})."), rv);
        std::vector<CardSlot> out;
        for (const auto id : ids) {
            CK_SLOT_INFO info{};
            if (f()->C_GetSlotInfo(id, &info) != CKR_OK) continue;
            CardSlot s;
            s.id = id;
            s.description = trimmed(info.slotDescription, sizeof info.slotDescription);
            CK_TOKEN_INFO token{};
            // A token never initialised (SoftHSM's spare slot, a blank card) is no lawyer's card.
            if ((info.flags & CKF_TOKEN_PRESENT) && f()->C_GetTokenInfo(id, &token) == CKR_OK &&
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
        const auto id = static_cast<CK_SLOT_ID>(slot);
        const auto token = requireCard(slot);
        if (token.flags & CKF_USER_PIN_LOCKED) throwLocked();
        auto session = std::make_unique<Session>(module_, id);
        CardCertificate certificate;
        bool found = false;
        for (auto& c : certificatesIn(*session))
            if (!found && c.id == certificateId) {
                certificate = std::move(c);
                found = true;
            }
        if (!found)
            throw CardError(CardProblem::NoCertificate,
                            tr("This card does not hold the certificate linked to you: is it another lawyer's card?"));
        // Before the code: an expired card should not cost a try.
        if (!validNow(certificate))
            throw CardError(CardProblem::Expired,
                            format(tr("The card's certificate is valid from {1} until {2}, not today: the card must be "
                                      "renewed by its issuer."),
                                   ltr(certificate.notBefore), ltr(certificate.notAfter)));
        if (pin.empty())
            throw CardError(CardProblem::WrongPin, tr("Type the card's code to sign in with the card."));
        const auto signingIn = module_->signingIn();
        // With a login of the program already on this card, C_Login would
        // accept any code unseen; a code that was never checked is no sign-in.
        if (module_->loggedIn(id))
            throw CardError(CardProblem::Other, tr("The card is already in use by Praklit for another task: wait for it "
                                                   "to finish and try again."));
        login(*session, pin);
        // From here on the login is counted and ends with the session.
        module_->countLogin(id);
        struct LogoutUnlessKept {
            Session* session;
            ~LogoutUnlessKept()
            {
                if (session && session->module().uncountLogin(session->slot())) session->f()->C_Logout(session->handle());
            }
        } guard{session.get()};
        const auto idBytes = unhex(certificateId);
        const auto keys = idBytes.empty() ? std::vector<CK_OBJECT_HANDLE>{} : session->find(CKO_PRIVATE_KEY, &idBytes);
        if (keys.empty())
            throw CardError(CardProblem::NoKey, tr("The card holds the certificate but not its private key, so it cannot "
                                                   "sign: ask the card's issuer."));
        guard.session = nullptr;
        return std::make_unique<Pkcs11Session>(std::move(session), keys.front(), std::move(certificate));
    }

private:
    CK_FUNCTION_LIST* f() const { return module_->operator->(); }

    // C_Login as the card's holder. The code is copied only for the call and
    // wiped at once: the integration keeps no copy of it.
    void login(Session& session, std::string_view pin)
    {
        std::vector<CK_UTF8CHAR> code(pin.begin(), pin.end());
        CK_RV rv = f()->C_Login(session.handle(), CKU_USER, code.data(), static_cast<CK_ULONG>(code.size()));
        OPENSSL_cleanse(code.data(), code.size());
        if (rv == CKR_USER_ALREADY_LOGGED_IN) {
            // Logged in by no session of ours (a login left by a task that
            // ended abnormally): begin afresh so that the code is checked.
            f()->C_Logout(session.handle());
            code.assign(pin.begin(), pin.end());
            rv = f()->C_Login(session.handle(), CKU_USER, code.data(), static_cast<CK_ULONG>(code.size()));
            OPENSSL_cleanse(code.data(), code.size());
        }
        if (rv == CKR_OK) return;
        if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LEN_RANGE) {
            // What the card says now of the tries left (the flags change with the wrong code).
            CK_TOKEN_INFO after{};
            const CK_RV read = f()->C_GetTokenInfo(session.slot(), &after);
            if (read == CKR_OK && (after.flags & CKF_USER_PIN_LOCKED)) throwLocked();
            if (read == CKR_OK && (after.flags & CKF_USER_PIN_FINAL_TRY))
                throw CardError(CardProblem::WrongPin,
                                tr("The card's code is wrong. The card says only one try is left before it locks."),
                                TriesLeft::Last);
            if (read == CKR_OK && (after.flags & CKF_USER_PIN_COUNT_LOW))
                throw CardError(CardProblem::WrongPin,
                                tr("The card's code is wrong. The card says few tries are left before it locks."),
                                TriesLeft::Few);
            throw CardError(CardProblem::WrongPin, tr("The card's code is wrong: check it and type it again."));
        }
        if (rv == CKR_PIN_LOCKED) throwLocked();
        if (cardGone(rv)) throwNoCard();
        failed(tr("The card refused the sign-in (PKCS#11 error {1})."), rv);
    }

    CK_TOKEN_INFO requireCard(uint64_t slot)
    {
        const auto id = static_cast<CK_SLOT_ID>(slot);
        CK_SLOT_INFO info{};
        CK_RV rv = f()->C_GetSlotInfo(id, &info);
        if (rv == CKR_SLOT_ID_INVALID)
            throw CardError(CardProblem::NoReader,
                            tr("The card reader is not connected: connect it, insert the card and try again."));
        if (rv != CKR_OK) failed(tr("The card reader could not be read (PKCS#11 error {1})."), rv);
        if (!(info.flags & CKF_TOKEN_PRESENT)) throwNoCard();
        CK_TOKEN_INFO token{};
        rv = f()->C_GetTokenInfo(id, &token);
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
            if (c.der.empty() || !describe(c)) continue; // not an X.509 certificate: nothing to sign in with
            out.push_back(std::move(c));
        }
        return out;
    }

    std::shared_ptr<Module> module_;
};

#if defined(_WIN32)
std::string environment(const char* name, const char* otherwise)
{
    const char* value = std::getenv(name);
    return value && *value ? value : otherwise;
}
#endif

class Pkcs11Cards final : public services::SmartCards {
public:
    std::unique_ptr<services::SmartCard> open(const std::string& modulePath) override
    {
        return std::make_unique<Pkcs11Card>(std::make_shared<Module>(modulePath));
    }

    std::vector<std::string> defaultModules() const override
    {
        std::vector<std::string> candidates;
#if defined(_WIN32)
        // OpenSC's module alone: the Israeli issuers' own middleware is not
        // named here until its module's file name is confirmed from their
        // installers; its path is chosen in the settings meanwhile.
        const auto programFiles = environment("ProgramFiles", "C:\\Program Files");
        const auto programFilesX86 = environment("ProgramFiles(x86)", "C:\\Program Files (x86)");
        const auto system = environment("SystemRoot", "C:\\Windows") + "\\System32";
        candidates = {programFiles + "\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll",
                      programFilesX86 + "\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll",
                      system + "\\opensc-pkcs11.dll"};
#elif defined(__APPLE__)
        candidates = {"/Library/OpenSC/lib/opensc-pkcs11.so", "/usr/local/lib/opensc-pkcs11.so",
                      "/opt/homebrew/lib/opensc-pkcs11.so"};
#else
        candidates = {"/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
                      "/usr/lib/opensc-pkcs11.so", "/usr/lib64/opensc-pkcs11.so",
                      "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so", "/usr/local/lib/opensc-pkcs11.so"};
#endif
        std::vector<std::string> present, absent;
        for (auto& c : candidates) {
            std::error_code ec;
            (std::filesystem::is_regular_file(fsPath(c), ec) ? present : absent).push_back(std::move(c));
        }
        present.insert(present.end(), absent.begin(), absent.end());
        return present;
    }
};

} // namespace

std::unique_ptr<services::SmartCards> makeSmartCards() { return std::make_unique<Pkcs11Cards>(); }

} // namespace praklit::integrations
