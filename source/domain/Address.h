#pragma once
// An address (כתובת) of a client or other entity. Exactly one of an owner's
// addresses is primary whenever any exists.
#include <cstdint>
#include <string>

namespace praklit {

struct Address {
    int64_t id = 0;
    int64_t ownerId = 0; // the entity (client) it belongs to
    bool isPrimary = false;
    std::string street;
    std::string house;
    std::string city;
    std::string zip;
    std::string poBox;
    std::string country; // empty means Israel
    int version = 0;

    std::string oneLine() const; // "הרצל 1, תל אביב-יפו 6100000"
};

Address validated(Address address);

} // namespace praklit
