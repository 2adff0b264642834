#pragma once
// A charge (חיוב) to a client: time worked, a fixed fee, or an expense.
// Unbilled charges may be edited; once in a transaction account they may not.
#include "text/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

enum class ChargeKind { Time, Fixed, Expense };
enum class ChargeState { Unbilled, InAccount, Billed };

std::string_view toString(ChargeKind kind);
std::optional<ChargeKind> parseChargeKind(std::string_view text);
std::string_view toString(ChargeState state);
// The names a person reads, in the current language (toString is the stored word).
std::string kindName(ChargeKind kind);
std::string stateName(ChargeState state);
std::optional<ChargeState> parseChargeState(std::string_view text);

struct Charge {
    int64_t id = 0;
    int64_t clientId = 0;
    int64_t caseId = 0;   // 0: the client's general file
    int64_t userId = 0;   // who worked or entered it
    ChargeKind kind = ChargeKind::Time;
    std::string chargedOn; // yyyy-mm-dd, Israel date
    std::string description;
    int64_t seconds = 0;        // time: exactly as worked
    int64_t billedSeconds = 0;  // time: after the office's rounding
    int64_t rateAgorot = 0;     // time: per hour
    int64_t amountAgorot = 0;   // before VAT
    bool vatExempt = false;     // expenses without VAT
    bool billable = true;
    ChargeState state = ChargeState::Unbilled;
    int64_t timeEntryId = 0;
    int version = 0;
};

// Checks a charge entered or edited by hand; throws Error(InvalidInput).
Charge validated(Charge charge);

} // namespace praklit
