#include "services/Passwords.h"

#include <sodium.h>
#include <stdexcept>

namespace praklit::services {

namespace {
void ready()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok) throw std::runtime_error("libsodium could not start");
}
// Interactive limits (64 MiB, a few passes): a sign-in a person waits for,
// far too slow to guess through.
constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemory = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

std::string hashPassword(const std::string& password)
{
    ready();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOps, kMemory, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to hash a password");
    return out;
}

bool passwordMatches(const std::string& storedHash, const std::string& password)
{
    ready();
    if (storedHash.empty()) return false;
    return crypto_pwhash_str_verify(storedHash.c_str(), password.data(), password.size()) == 0;
}

void checkNoPassword(const std::string& password)
{
    static const std::string dummy = hashPassword("no user has this password");
    passwordMatches(dummy, password);
}

} // namespace praklit::services
