#pragma once
#include "text/Timestamp.h"

#include <wx/panel.h>

#include <functional>
#include <optional>

class wxStaticText;
class wxTimePickerCtrl;

namespace praklit::services {
class OfficeSession;
}

namespace praklit::ui {

class DateField;

// When a message is to go: a day (with its Hebrew date) and a time, both in
// Israel time whatever the computer's zone, and beneath them, before anything
// is scheduled, when the office's sending hours will really let it go
// (SmsService::goesOutAt). Disabled, it stands for "now", and the note says
// when a message sent now goes.
class SmsTimeField : public wxPanel {
public:
    SmsTimeField(wxWindow* parent, services::OfficeSession& office, text::Timestamp initial,
                 const wxString& name = "when");

    void setValue(text::Timestamp t);
    // The instant chosen; refused with one sentence (field "date") while the
    // day box holds no date.
    text::Timestamp value() const;
    // nullopt while the day box holds no date.
    std::optional<text::Timestamp> chosen() const;
    bool Enable(bool enable = true) override;
    // Called after the day or the time changed.
    void onChange(std::function<void()> changed) { changed_ = std::move(changed); }

    DateField* date() const { return date_; }
    wxTimePickerCtrl* time() const { return time_; }
    wxString note() const; // "" when the message goes when chosen
    void updateNote();

private:
    services::OfficeSession& office_;
    DateField* date_ = nullptr;
    wxTimePickerCtrl* time_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxString noteText_; // as said, before wrapping
    std::function<void()> changed_;
};

} // namespace praklit::ui
