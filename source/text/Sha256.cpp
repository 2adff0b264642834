#include "text/Sha256.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace praklit::text {

struct Sha256::Context {
    EVP_MD_CTX* md = nullptr;
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : ctx_(std::make_unique<Context>())
{
    ctx_->md = EVP_MD_CTX_new();
    if (!ctx_->md || EVP_DigestInit_ex(ctx_->md, EVP_sha256(), nullptr) != 1) throw std::runtime_error("SHA-256 unavailable");
}

Sha256::~Sha256() = default;

Sha256& Sha256::add(const void* bytes, size_t length)
{
    EVP_DigestUpdate(ctx_->md, bytes, length);
    return *this;
}

Sha256& Sha256::add(std::string_view bytes) { return add(bytes.data(), bytes.size()); }

Sha256& Sha256::field(std::string_view value)
{
    return add(std::to_string(value.size())).add(":").add(value).add("\n");
}

std::string Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx_->md, digest, &length);
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out.push_back(digits[digest[i] >> 4]);
        out.push_back(digits[digest[i] & 15]);
    }
    return out;
}

std::string Sha256::of(std::string_view bytes) { return Sha256().add(bytes).hex(); }

} // namespace praklit::text
