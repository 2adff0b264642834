#include "ui/widgets/DateField.h"

#include "text/Format.h"
#include "text/Language.h"
#include "text/Timestamp.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/calctrl.h>
#include <wx/generic/calctrlg.h>
#include <wx/popupwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

DateField::DateField(wxWindow* parent, wxWindowID id, const wxDateTime& value, const wxString& name, bool hebrewDate)
    : wxPanel(parent, id, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name)
{
    box_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name + "_text");
    // Digits read left to right in a Hebrew form too.
    box_->SetLayoutDirection(wxLayout_LeftToRight);
    box_->SetInitialSize(wxSize(box_->GetTextExtent("00/00/00000").x + FromDIP(12), -1));
    // TRANSLATORS: a hint in an empty date box
    box_->SetHint(_("dd/mm/yyyy"));
    calendar_ = new wxButton(this, wxID_ANY, wxString::FromUTF8("▾"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                             wxDefaultValidator, name + "_calendar");
    // TRANSLATORS: the tooltip of the button beside a date box
    calendar_->SetToolTip(_("Pick the day from a calendar"));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(box_, wxSizerFlags().CenterVertical());
    row->Add(calendar_, wxSizerFlags().CenterVertical());
    // The Hebrew calendar is Hebrew text: an English screen leaves it out.
    if (hebrewDate && text::currentLanguage() == text::Language::Hebrew) {
        hebrew_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, name + "_hebrew");
        row->Add(hebrew_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    }
    SetSizer(row);
    box_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typedChanged(); });
    // Leaving the box writes what was typed the way dates are shown.
    box_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        if (last_.IsValid()) box_->ChangeValue(wx(text::displayDate(isoFromDate(last_))));
    });
    calendar_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { pick(); });
    SetValue(value);
}

void DateField::SetValue(const wxDateTime& date)
{
    box_->ChangeValue(date.IsValid() ? wx(text::displayDate(isoFromDate(date))) : wxString());
    last_ = date.IsValid() ? wxDateTime(date.GetDateOnly()) : wxDateTime();
    if (hebrew_) hebrew_->SetLabel(last_.IsValid() ? wx(text::hebrewCalendarDate(isoFromDate(last_))) : wxString());
    Layout();
}

wxDateTime DateField::GetValue() const
{
    const auto iso = text::readDate(utf8(box_->GetValue()));
    return iso ? dateFromIso(*iso) : wxDateTime();
}

std::string DateField::typed() const
{
    const std::string text = utf8(box_->GetValue());
    return text::readDate(text).value_or(text);
}

bool DateField::Enable(bool enable)
{
    box_->Enable(enable);
    calendar_->Enable(enable);
    return wxPanel::Enable(enable);
}

void DateField::typedChanged()
{
    const wxDateTime now = GetValue();
    if (hebrew_) {
        hebrew_->SetLabel(now.IsValid() ? wx(text::hebrewCalendarDate(isoFromDate(now))) : wxString());
        Layout();
        if (GetParent()) GetParent()->Layout();
    }
    if (!now.IsValid() || (last_.IsValid() && now.IsSameDate(last_))) return;
    last_ = now;
    wxDateEvent event(this, now, wxEVT_DATE_CHANGED);
    ProcessWindowEvent(event);
}

void DateField::pick()
{
    auto* popup = new wxPopupTransientWindow(this, wxBORDER_SIMPLE);
    auto* month = new wxGenericCalendarCtrl(popup, wxID_ANY, GetValue().IsValid() ? GetValue() : wxDateTime::Today(),
                                            wxDefaultPosition, wxDefaultSize, wxCAL_SHOW_HOLIDAYS | wxCAL_SUNDAY_FIRST,
                                            "calendar");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(month, wxSizerFlags().Border(wxALL, FromDIP(4)));
    popup->SetSizerAndFit(sizer);
    month->Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this, popup, month](wxCalendarEvent&) {
        box_->SetValue(wx(text::displayDate(isoFromDate(month->GetDate())))); // a wxEVT_TEXT: the date changes
        popup->Dismiss();
    });
    month->Bind(wxEVT_CALENDAR_SEL_CHANGED, [this, month](wxCalendarEvent&) {
        box_->SetValue(wx(text::displayDate(isoFromDate(month->GetDate()))));
    });
    const wxPoint below = ClientToScreen(wxPoint(0, GetSize().y));
    popup->Position(below, wxSize(0, 0));
    popup->Popup(month);
}

namespace {

class DateFieldXmlHandler : public wxXmlResourceHandler {
public:
    wxObject* DoCreateResource() override
    {
        auto* field = new DateField(m_parentAsWindow, GetID(), wxDateTime::Today(), GetName());
        SetupWindow(field);
        return field;
    }
    bool CanHandle(wxXmlNode* node) override { return IsOfClass(node, "DateField"); }
};

} // namespace

void registerDateFieldXrc() { wxXmlResource::Get()->AddHandler(new DateFieldXmlHandler); }

} // namespace praklit::ui
