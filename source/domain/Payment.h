#pragma once
// A payment (תשלום) against a transaction account, and the tax document it issued.
#include "domain/TransactionAccount.h"

#include <cstdint>
#include <string>

namespace praklit {

struct Payment {
    int64_t id = 0;
    int64_t accountId = 0;
    std::string paidOn;
    int64_t amountAgorot = 0;
    PaymentMethod method = PaymentMethod::Transfer;
    std::string chequeNumber;
    std::string bank;
    int64_t taxDocumentId = 0;
};

} // namespace praklit
