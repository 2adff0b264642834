#include "ui/time/StopTimerDialog.h"

#include "domain/Error.h"
#include "services/SettingsService.h"
#include "text/Bidi.h"
#include "ui/widgets/Alerts.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/checkbox.h>
#include "ui/widgets/DateField.h"
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>
#include <wx/xrc/xmlres.h>

#include <cstdio>

namespace praklit::ui {

StopTimerDialog::StopTimerDialog(wxWindow* parent, services::OfficeSession& office, const Timer& timer,
                                 const wxString& place, bool askEnd)
    : office_(office), timer_(timer), askEnd_(askEnd)
{
    wxXmlResource::Get()->LoadDialog(this, parent, "StopTimerDialog");
    labelStockButtons(this);
    const auto now = text::now();
    control<wxStaticText>("place")->SetLabel(place);
    control<wxStaticText>("elapsed")->SetLabel(
        wxString::Format(_("Time counted so far: %s"), wx(text::ltr(formatElapsed(timer.elapsed(now))))));
    control<wxTextCtrl>("description")->ChangeValue(wx(timer.description));

    control("end_panel")->Show(askEnd);
    if (askEnd) {
        int hours = 10;
        try {
            hours = services::SettingsService(office_).timerSettings().longRunningHours;
        } catch (const std::exception&) {
        }
        const wxString since = wx(text::ltr(text::toIsraelDisplay(timer.runningSince.value_or(timer.startedAt))));
        auto* note = control<wxStaticText>("long_running_note");
        note->SetLabel(wxString::Format(
            wxPLURAL("This counter has been running since %s, longer than %d hour. When did the work really end?",
                     "This counter has been running since %s, longer than %d hours. When did the work really end?",
                     hours),
            since, hours));
        note->Wrap(FromDIP(420));
        // Now, as the clock on an Israeli wall shows it.
        int y = 0, mo = 0, d = 0, h = 0, mi = 0;
        std::sscanf(text::toIsraelIso(now).c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi);
        setPickedEnd(y, mo, d, h, mi);
    }
    Bind(wxEVT_BUTTON, &StopTimerDialog::onOk, this, wxID_OK);
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
    control("description")->SetFocus();
}

wxWindow* StopTimerDialog::control(const char* name) const
{
    wxWindow* window = FindWindow(XRCID(name));
    wxASSERT_MSG(window, name);
    return window;
}

void StopTimerDialog::setPickedEnd(int year, int month, int day, int hour, int minute)
{
    control<DateField>("end_date")->SetValue(wxDay(year, month, day));
    control<wxTimePickerCtrl>("end_time")->SetTime(hour, minute, 0);
}

wxString StopTimerDialog::pickedEnd() const
{
    const wxDateTime date = control<DateField>("end_date")->GetValue();
    // Not a date: passed on as typed, for the service to say why.
    if (!date.IsValid()) return wx(control<DateField>("end_date")->typed());
    int h = 0, m = 0, s = 0;
    control<wxTimePickerCtrl>("end_time")->GetTime(&h, &m, &s);
    return wxString::Format("%04d-%02d-%02d %02d:%02d:%02d", date.GetYear(), date.GetMonth() + 1, date.GetDay(), h, m, s);
}

void StopTimerDialog::showMessage(const wxString& sentence, const std::string& field)
{
    auto* message = control<wxStaticText>("message");
    message->SetLabel(sentence);
    message->Wrap(FromDIP(420));
    if (field == "end" && askEnd_) control("end_date")->SetFocus();
    else if (field == "description") control("description")->SetFocus();
    const wxSize needed = GetSizer()->ComputeFittingWindowSize(this);
    if (needed.y > GetSize().y) SetSize(GetSize().x, needed.y);
    Layout();
}

void StopTimerDialog::onOk(wxCommandEvent&)
{
    std::optional<text::Timestamp> end;
    if (askEnd_) {
        end = text::parseIsraelTime(utf8(pickedEnd()));
        if (!end) { // the pickers hold a date and a time; this is a safeguard
            showMessage(_("Choose the date and time the work ended."), "end");
            return;
        }
    }
    try {
        result_ = services::TimerService(office_).stop(timer_.id, end, utf8(control<wxTextCtrl>("description")->GetValue()),
                                                       control<wxCheckBox>("billable")->GetValue());
    } catch (const Error& e) {
        showMessage(wx(e.what()), e.field());
        return;
    } catch (const std::exception& e) {
        showMessage(wx(e.what()));
        return;
    }
    if (IsModal()) EndModal(wxID_OK);
    else {
        SetReturnCode(wxID_OK);
        Hide();
    }
}

std::optional<services::StopResult> StopTimerDialog::ask(wxWindow* parent, services::OfficeSession& office,
                                                         int64_t timerId, const wxString& place)
{
    Timer timer;
    bool askEnd = false;
    try {
        services::TimerService timers(office);
        timer = timers.get(timerId);
        askEnd = timers.longRunning(timer, text::now());
    } catch (const std::exception& e) {
        showProblem(parent, wx(e.what()));
        return std::nullopt;
    }
    StopTimerDialog dialog(parent, office, timer, place, askEnd);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.result();
}

} // namespace praklit::ui
