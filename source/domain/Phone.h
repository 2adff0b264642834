#pragma once
// A phone number (טלפון) of an entity or of a contact, stored in E.164.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

enum class PhoneType { Mobile, Office, Home, Fax };
std::string_view toString(PhoneType type); // "mobile" …
std::string typeName(PhoneType type);       // as a person reads it, in the current language
std::optional<PhoneType> parsePhoneType(std::string_view text);

struct Phone {
    int64_t id = 0;
    int64_t entityId = 0;  // exactly one of entityId / contactId is set
    int64_t contactId = 0;
    PhoneType type = PhoneType::Mobile;
    std::string e164; // +972501234567
    bool noSms = false; // the owner asked not to get SMS on it (לא לשלוח SMS)
    int version = 0;
};

// Parses a number as typed in any common form (050-1234567, 0501234567,
// +972 50 123 4567, with spaces, dashes, brackets or bidi marks) with
// libphonenumber, Israel as the default region. Throws Error(InvalidInput).
std::string parsePhoneNumber(std::string_view typed);
// Israeli numbers in national format (050-123-4567), others international.
std::string displayPhoneNumber(std::string_view e164);

} // namespace praklit
