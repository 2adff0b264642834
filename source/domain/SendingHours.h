#pragma once
// When the office lets SMS go out (System settings → SMS): hours for each
// weekday, never on Shabbat or an Israeli holiday. A message due outside
// them waits for the next opening.
#include "text/Timestamp.h"

#include <array>
#include <optional>
#include <string>

namespace praklit {

struct DayHours {
    bool open = false;
    int fromMinute = 0;  // minutes after midnight, Israel time
    int untilMinute = 0; // exclusive
    bool operator==(const DayHours&) const = default;
};

struct SendingHours {
    // Sunday first. The default: Sunday–Thursday 08:00–21:00, Friday
    // 08:00–13:00, Saturday closed.
    std::array<DayHours, 7> days = defaults();
    bool closedOnHolidays = true;

    static std::array<DayHours, 7> defaults();
    bool operator==(const SendingHours&) const = default;

    // Whether a message may go out at instant t.
    bool allows(text::Timestamp t) const;
    // The first instant at or after t when a message may go out (t itself
    // when it may); nullopt when no day is open at all.
    std::optional<text::Timestamp> nextOpening(text::Timestamp t) const;
};

// "08:00-21:00;08:00-21:00;…" Sunday first, "-" for a closed day, and
// ";holidays" or ";no-holidays" at the end: how the office stores it.
std::string toString(const SendingHours& hours);
std::optional<SendingHours> parseSendingHours(const std::string& text);
// Refuses hours whose ends are out of order or outside the day.
SendingHours validated(SendingHours hours);

} // namespace praklit
