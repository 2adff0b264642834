#pragma once
// A case (תיק) of a client.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace praklit {

enum class CaseStatus { Open, Closed };
std::string_view toString(CaseStatus status);
std::string statusName(CaseStatus status); // as a person reads it, in the current language
std::optional<CaseStatus> parseCaseStatus(std::string_view text);

struct Case {
    int64_t id = 0;
    int64_t clientId = 0;
    std::string internalNumber; // the office's own number, e.g. 2024/113
    std::string subject;
    std::string court;
    std::string proceedingType; // ת"א, ע"א, בע"מ …
    std::string courtNumber;    // 12345-01-24 or 2904/14
    int64_t lawyerUserId = 0;   // 0 when none yet
    std::string openedOn;       // yyyy-mm-dd
    std::string closedOn;       // yyyy-mm-dd or empty
    CaseStatus status = CaseStatus::Open;
    int version = 0;
};

Case validated(Case c);

} // namespace praklit
