#pragma once
#include "domain/Charge.h"

#include <wx/string.h>

#include <cstdint>
#include <string>

namespace praklit::ui {

// How charges read on screen. Numbers and amounts are isolated left to
// right, so "‎1,234.50 ₪" reads the same inside a right-to-left cell.
wxString moneyText(int64_t agorot);
wxString hoursText(int64_t seconds);   // "1.50": hours with two decimals
wxString minutesText(int64_t seconds); // whole minutes, rounded to the nearest
wxString kindText(ChargeKind kind);
// How a column of numbers aligns: units under units, at the cell's right
// edge in either direction (GTK mirrors the alignment in right to left).
int numberAlignment(const class wxWindow* window);
wxString stateText(ChargeState state);

} // namespace praklit::ui
