#pragma once
// The office's optional modules (מודולים), switched on in System settings →
// Modules. A module that is off shows nothing anywhere and its commands
// refuse to run.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

enum class Module { Sms, Court };
inline constexpr std::array kAllModules = {Module::Sms, Module::Court};

std::string_view toString(Module module); // "sms", "court" — stored and typed in the CLI
std::optional<Module> parseModule(std::string_view text);
std::string moduleName(Module module); // in the user's language: "SMS", "Net HaMishpat"
// The refusal when a module is off: one sentence (ErrorKind::InvalidInput).
[[noreturn]] void moduleOff(Module module);

} // namespace praklit
