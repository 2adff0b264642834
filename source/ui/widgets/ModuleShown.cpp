#include "ui/widgets/ModuleShown.h"

#include "services/SmsService.h"

namespace praklit::ui {

bool moduleShown(services::OfficeSession& office, Module module)
{
    try {
        return services::SmsService(office).moduleOn(module);
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace praklit::ui
