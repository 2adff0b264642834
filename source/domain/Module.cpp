#include "domain/Module.h"

#include "domain/Error.h"
#include "text/Translate.h"

namespace praklit {

std::string_view toString(Module module)
{
    switch (module) {
    case Module::Sms: return "sms";
    case Module::Court: return "court";
    }
    return "sms";
}

std::optional<Module> parseModule(std::string_view text)
{
    for (const auto m : kAllModules)
        if (toString(m) == text) return m;
    return std::nullopt;
}

std::string moduleName(Module module)
{
    switch (module) {
    // TRANSLATORS: the name of the office's optional SMS module
    case Module::Sms: return text::tr("SMS messages");
    // TRANSLATORS: the name of the office's optional module for the courts' system
    case Module::Court: return text::tr("Net HaMishpat");
    }
    return {};
}

void moduleOff(Module module)
{
    invalid(text::format(text::tr("The {1} module is off in this office: an administrator can turn it on in System "
                                  "settings → Modules."),
                         moduleName(module)),
            "module");
}

} // namespace praklit
