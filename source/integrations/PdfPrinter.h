#pragma once
// The services' Printer, real: pango and cairo for PDF, libcsv and
// libxlsxwriter for the report files.
#include "services/ports/Printer.h"

#include <memory>

namespace praklit::integrations {

// The real printer, for a composition root to install (services::Printer::install).
std::unique_ptr<services::Printer> makePrinter();

} // namespace praklit::integrations
