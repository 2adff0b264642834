#include "services/ports/Printer.h"

#include "domain/Error.h"

namespace praklit::services {

namespace {
std::unique_ptr<Printer>& slot()
{
    static std::unique_ptr<Printer> printer;
    return printer;
}
} // namespace

void Printer::install(std::unique_ptr<Printer> printer) { slot() = std::move(printer); }

Printer& Printer::installed()
{
    if (!slot()) throw Error(ErrorKind::Internal, "No printer is installed: the program's start-up installs one.");
    return *slot();
}

} // namespace praklit::services
