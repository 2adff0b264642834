#pragma once
#include "domain/Printout.h"
#include "integrations/FlowItem.h"

namespace praklit::integrations {

class PdfCanvas;

// The office's letterhead across the top of the first page: the logo at the
// start edge (when its PNG can be read; otherwise none), the office's name,
// address, phones and עוסק מורשה number beside it, a rule under all.
FlowItem letterheadBand(const PdfCanvas& canvas, const Letterhead& letterhead);

} // namespace praklit::integrations
