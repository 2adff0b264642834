#pragma once
// A tax document as issued — a tax invoice-receipt (חשבונית מס קבלה), a tax
// invoice (חשבונית מס) or a receipt (קבלה) against one: the client's name and
// address are copied in, since the document must not change afterwards.
#include <cstdint>
#include <string>

namespace praklit {

struct TaxDocument {
    int64_t id = 0;
    std::string kind = "invoice_receipt"; // invoice_receipt | invoice | receipt
    int64_t number = 0;
    int64_t clientId = 0;
    int64_t accountId = 0;
    std::string issuedOn;
    std::string clientName;
    std::string clientAddress;
    int64_t amountBeforeVatAgorot = 0;
    int64_t vatAgorot = 0;
    int64_t totalAgorot = 0;
    std::string allocationNumber;
};

} // namespace praklit
