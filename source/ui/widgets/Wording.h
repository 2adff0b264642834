#pragma once
// How values read on screen: the domain's codes ("mobile", "2025-04-13") in
// the office's words and formats. Left-to-right fragments are isolated here
// (text::ltr) so every list and label shows them the same way.
#include "domain/Case.h"
#include "domain/Phone.h"

#include <wx/arrstr.h>
#include <wx/datetime.h>
#include <wx/string.h>

#include <string>
#include <vector>

namespace praklit::ui {

wxString phoneTypeLabel(PhoneType type);
const std::vector<PhoneType>& phoneTypes(); // in the order a choice lists them
wxString phoneForDisplay(const std::string& e164); // 050-123-4567, isolated

wxString caseStatusLabel(CaseStatus status);

// "2025-04-13" ⇄ wxDateTime; an empty or unreadable text is an invalid wxDateTime.
wxDateTime dateFromIso(const std::string& iso);
std::string isoFromDate(const wxDateTime& date);
wxString displayDate(const std::string& iso); // 13/04/2025, "" when none

wxString isolated(const std::string& ltrFragment);
// A list cell's text for a renderer with markup on: the text escaped, in bold when `bold`.
wxString markupCell(const wxString& text, bool bold); // ID numbers, e-mails, case numbers

// GTK draws a button of a stock id (OK, Cancel) in the system's language, not
// the office's: gives a dialog's stock [OK] and [Cancel] the catalog's labels.
// `ok` empty leaves [OK] as the dialog labelled it.
void labelStockButtons(wxWindow* dialog, const wxString& ok = {});

// The proceeding types offices write before a court case number. Hebrew in
// every language: they are the courts' own abbreviations.
wxArrayString proceedingTypes();

} // namespace praklit::ui
