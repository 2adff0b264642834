#pragma once
#include "domain/Printout.h"

namespace praklit::integrations {

class PdfCanvas;

// A transaction account (חשבון עסקה): letterhead, title and dates, the
// addressees, the lines per case with a subtotal each, the totals box, the note.
void drawAccount(const AccountPrintout& account, PdfCanvas& canvas);

} // namespace praklit::integrations
