#pragma once
// SHA-256, the one digest of the program: stored documents, audit chain,
// sealed accounts and tax documents, backups, office copies.
#include <memory>
#include <string>
#include <string_view>

namespace praklit::text {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256& add(std::string_view bytes);
    Sha256& add(const void* bytes, size_t length);
    // A value of a record, length-prefixed and ended, so no two different
    // records (the audit chain's rows, a sealed document) digest the same.
    Sha256& field(std::string_view value);
    // Lower-case hex of the digest; the object is finished afterwards.
    std::string hex();

    static std::string of(std::string_view bytes);

private:
    struct Context;
    std::unique_ptr<Context> ctx_;
};

} // namespace praklit::text
