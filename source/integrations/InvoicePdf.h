#pragma once
#include "domain/Printout.h"

namespace praklit::integrations {

class PdfCanvas;

// A tax invoice-receipt (חשבונית מס קבלה) with what Israeli law asks of it:
// the words in its title, the office and its עוסק מורשה number, the number and
// date, the client, the lines, the amount before VAT, the VAT, the total, the
// payment, the allocation number when there is one, and "מקור" or "העתק".
void drawInvoice(const InvoicePrintout& invoice, PdfCanvas& canvas);

} // namespace praklit::integrations
