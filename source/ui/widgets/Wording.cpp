#include "ui/widgets/Wording.h"

#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/widgets/Utf8.h"

#include <wx/intl.h>
#include <wx/window.h>

namespace praklit::ui {

wxString phoneTypeLabel(PhoneType type) { return wx(typeName(type)); }

const std::vector<PhoneType>& phoneTypes()
{
    static const std::vector<PhoneType> types{PhoneType::Mobile, PhoneType::Office, PhoneType::Home, PhoneType::Fax};
    return types;
}

wxString phoneForDisplay(const std::string& e164)
{
    return e164.empty() ? wxString() : wx(text::ltr(displayPhoneNumber(e164)));
}

wxString caseStatusLabel(CaseStatus status) { return wx(statusName(status)); }

wxDateTime dateFromIso(const std::string& iso)
{
    wxDateTime date;
    if (iso.empty() || !date.ParseISODate(wx(iso))) return wxDateTime();
    return date;
}

std::string isoFromDate(const wxDateTime& date)
{
    return date.IsValid() ? utf8(date.FormatISODate()) : std::string();
}

wxString displayDate(const std::string& iso) { return isolated(text::displayDate(iso)); }

wxString isolated(const std::string& ltrFragment)
{
    return ltrFragment.empty() ? wxString() : wx(text::ltr(ltrFragment));
}

void labelStockButtons(wxWindow* dialog, const wxString& ok)
{
    if (!ok.empty())
        if (auto* button = dialog->FindWindow(wxID_OK)) button->SetLabel(ok);
    if (auto* button = dialog->FindWindow(wxID_CANCEL)) button->SetLabel(_("Cancel"));
}

wxArrayString proceedingTypes()
{
    wxArrayString types;
    for (const char* type : {"ת\"א", "תא\"מ", "ה\"פ", "ע\"א", "רע\"א", "בע\"מ", "תמ\"ש", "ס\"ע"})
        types.Add(wxString::FromUTF8(type));
    return types;
}

wxString markupCell(const wxString& text, bool bold)
{
    wxString quoted;
    quoted.reserve(text.size());
    for (const auto c : text) {
        switch (c.GetValue()) {
        case '&': quoted += "&amp;"; break;
        case '<': quoted += "&lt;"; break;
        case '>': quoted += "&gt;"; break;
        case '"': quoted += "&quot;"; break;
        case '\'': quoted += "&apos;"; break;
        default: quoted += c;
        }
    }
    return bold ? "<b>" + quoted + "</b>" : quoted;
}

} // namespace praklit::ui
