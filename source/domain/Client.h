#pragma once
// A client is one kind of entity (ישות): a person or an organisation.
#include "text/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

enum class EntityKind { Person, Organisation };

std::string_view toString(EntityKind kind); // "person" / "organisation"
std::optional<EntityKind> parseEntityKind(std::string_view text);

struct Client {
    int64_t id = 0;
    EntityKind kind = EntityKind::Person;
    std::string firstName;
    std::string lastName;
    std::string orgName;
    std::string idNumber; // 9 digits, ת"ז or ח.פ.; empty when unknown
    std::string email;
    std::string note;
    bool active = true;
    int version = 0;
    text::Timestamp createdAt{};
    text::Timestamp updatedAt{};

    // "כהן משה" for a person (family name first, as offices file them), the
    // organisation's name for an organisation.
    std::string displayName() const;
};

// Trims and checks every field; throws Error(InvalidInput) naming the field.
// Returns the client as it is to be stored (ID number padded to 9 digits).
Client validated(Client client);

// A plain e-mail check: one @, something before it, a dotted domain after,
// no spaces. Empty is allowed (the field is optional).
bool plausibleEmail(std::string_view email);

} // namespace praklit
