#include "ui/sms/SmsTimeField.h"

#include "domain/Error.h"
#include "services/SmsService.h"
#include "ui/sms/SmsWording.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/GrowToFit.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/timectrl.h>

#include <cstdio>

namespace praklit::ui {

namespace {

// The Israel wall clock at t: its day and its hour and minute.
void israelWallClock(text::Timestamp t, wxDateTime& day, int& hour, int& minute)
{
    const std::string iso = text::toIsraelIso(t); // 2026-11-26T16:41:04+02:00
    day = dateFromIso(iso.substr(0, 10));
    hour = std::stoi(iso.substr(11, 2));
    minute = std::stoi(iso.substr(14, 2));
}

} // namespace

SmsTimeField::SmsTimeField(wxWindow* parent, services::OfficeSession& office, text::Timestamp initial,
                           const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name), office_(office)
{
    date_ = new DateField(this, wxID_ANY, wxDateTime::Today(), "date");
    time_ = new wxTimePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize, wxTP_DEFAULT,
                                 wxDefaultValidator, "time");
    // Digits read left to right in a Hebrew form too, as in the day box.
    time_->SetLayoutDirection(wxLayout_LeftToRight);
    // TRANSLATORS: beside a time field: the time is Israel's, whatever the computer's zone
    auto* zone = new wxStaticText(this, wxID_ANY, _("Israel time"), wxDefaultPosition, wxDefaultSize, 0, "zone");
    note_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "hours_note");
    note_->SetForegroundColour(wxColour(150, 80, 0));
    note_->Hide();

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(date_, wxSizerFlags().CenterVertical());
    row->Add(time_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    row->Add(zone, wxSizerFlags().CenterVertical());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(row);
    column->Add(note_, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    SetSizer(column);

    date_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) {
        updateNote();
        if (changed_) changed_();
    });
    time_->Bind(wxEVT_TIME_CHANGED, [this](wxDateEvent&) {
        updateNote();
        if (changed_) changed_();
    });
    setValue(initial);
}

void SmsTimeField::setValue(text::Timestamp t)
{
    wxDateTime day;
    int hour = 0, minute = 0;
    israelWallClock(t, day, hour, minute);
    date_->SetValue(day);
    time_->SetTime(hour, minute, 0);
    updateNote();
}

std::optional<text::Timestamp> SmsTimeField::chosen() const
{
    const wxDateTime day = date_->GetValue();
    if (!day.IsValid()) return std::nullopt;
    int h = 0, m = 0, s = 0;
    time_->GetTime(&h, &m, &s);
    char wall[16];
    std::snprintf(wall, sizeof wall, " %02d:%02d", h, m);
    return text::parseIsraelTime(isoFromDate(day) + wall);
}

text::Timestamp SmsTimeField::value() const
{
    const auto t = chosen();
    if (!t) invalid(utf8(_("Write the day to send on as dd/mm/yyyy, or pick it from the calendar.")), "date");
    return *t;
}

bool SmsTimeField::Enable(bool enable)
{
    date_->Enable(enable);
    time_->Enable(enable);
    const bool changed = wxPanel::Enable(enable);
    updateNote();
    return changed;
}

wxString SmsTimeField::note() const { return noteText_; }

void SmsTimeField::updateNote()
{
    wxString sentence;
    const auto at = IsThisEnabled() ? chosen() : std::optional(text::now());
    if (at) {
        try {
            sentence = sendingHoursNote(*at, services::SmsService(office_).goesOutAt(*at));
        } catch (const std::exception&) {
            // The office's hours cannot be read now: the send itself will say what is wrong.
        }
    }
    if (sentence == noteText_) return;
    noteText_ = sentence;
    note_->SetLabel(sentence);
    note_->Wrap(FromDIP(560));
    note_->Show(!sentence.empty());
    Layout();
    growToFit(this);
}

} // namespace praklit::ui
