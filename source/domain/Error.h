#pragma once
#include <stdexcept>
#include <string>

namespace praklit {

// What went wrong, in the terms the front ends act on. The numbers are the
// CLI's exit codes (shared/CLI.md).
enum class ErrorKind {
    Internal = 1,
    InvalidInput = 3,
    Conflict = 4,
    Database = 5,
    OutsideService = 6,
    NotFound = 7,
    Forbidden = 8, // the signed-in user's group lacks the permission
    SignIn = 9,    // no one is signed in: wrong password, locked, inactive, a password is needed
};

// One clear sentence in the user's language, and the field it is about (an
// identifier such as "last_name", empty when none) so a form can focus it.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& sentence, std::string field = {});
    ErrorKind kind() const { return kind_; }
    const std::string& field() const { return field_; }

private:
    ErrorKind kind_;
    std::string field_;
};

[[noreturn]] void invalid(const std::string& sentence, std::string field = {});
[[noreturn]] void notFound(const std::string& sentence);

} // namespace praklit
