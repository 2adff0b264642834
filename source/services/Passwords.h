#pragma once
// Passwords are kept as Argon2id strings (libsodium's crypto_pwhash_str:
// algorithm, parameters and salt in the string), never as themselves.
#include <string>

namespace praklit::services {

std::string hashPassword(const std::string& password);
bool passwordMatches(const std::string& storedHash, const std::string& password);
// Spends what checking a real hash costs, so an unknown user name answers as
// slowly as a wrong password and does not tell which it was.
void checkNoPassword(const std::string& password);

} // namespace praklit::services
