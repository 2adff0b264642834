#include "ui/office/SmsSettingsPage.h"

#include "domain/IsraeliCalendar.h"

#include "ui/widgets/Utf8.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <vector>


namespace praklit::ui {

namespace {

constexpr int kDayMinutes = 24 * 60;


constexpr int kClockStep = 15; // minutes between the times a day's choices offer

wxString clockLabel(int minute) { return wxString::Format("%02d:%02d", minute / 60, minute % 60); }

void* minuteData(int minute) { return reinterpret_cast<void*>(static_cast<intptr_t>(minute)); }

// 00:00 to 24:00 by quarters of an hour: an office's hours, and the day's
// end (24:00) that a time picker cannot hold.
void fillClock(wxChoice* clock)
{
    // In one call: fourteen lists of 97 times, each appended alone, were slow on GTK.
    wxArrayString labels;
    std::vector<void*> minutes;
    for (int minute = 0; minute <= kDayMinutes; minute += kClockStep) {
        labels.Add(clockLabel(minute));
        minutes.push_back(minuteData(minute));
    }
    clock->Append(labels, minutes.data());
}

// A time kept off the quarters (set from the command line) is offered as it is.
void setClock(wxChoice* clock, int minute)
{
    unsigned at = 0;
    for (; at < clock->GetCount(); ++at) {
        const auto shown = static_cast<int>(reinterpret_cast<intptr_t>(clock->GetClientData(at)));
        if (shown == minute) return clock->SetSelection(int(at));
        if (shown > minute) break;
    }
    clock->SetSelection(clock->Insert(clockLabel(minute), at, minuteData(minute)));
}

int clockOf(const wxChoice* clock)
{
    const int at = clock->GetSelection();
    return at < 0 ? 0 : static_cast<int>(reinterpret_cast<intptr_t>(clock->GetClientData(unsigned(at))));
}

} // namespace

SmsSettingsPage::SmsSettingsPage(wxWindow* parent) : SettingsPage(parent, "sms_page", "sms_message")
{
    auto* sides = new wxBoxSizer(wxHORIZONTAL);
    // The gateway at the start edge, its hours beside it: one screen, no scrolling.
    sides->Add(gatewayFields(), wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sides->Add(sendingHours(), wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    column()->Add(sides, wxSizerFlags().Expand());
    finish(_("Only a user who manages users and settings changes these."));
}

wxSizer* SmsSettingsPage::gatewayFields()
{
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().CenterVertical());
    };
    // Addresses, names and numbers read left to right even on a Hebrew page.
    auto field = [&](const char* name, const wxString& hint, long style = 0) {
        auto* text = new wxTextCtrl(this, XRCID(name), wxString(), wxDefaultPosition, FromDIP(wxSize(260, -1)), style,
                                    wxDefaultValidator, name);
        text->SetLayoutDirection(wxLayout_LeftToRight);
        if (!hint.empty()) text->SetHint(hint);
        grid->Add(text, wxSizerFlags().Expand().CenterVertical());
        return text;
    };
    auto noteRow = [&](wxStaticText* line) {
        grid->AddSpacer(0);
        grid->Add(line); // not stretched: at the start edge
        return line;
    };

    label(_("&Gateway:"));
    kind_ = new wxChoice(this, XRCID("gateway_kind"), wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                         "gateway_kind");
    kind_->Append(_("Kannel (the office's own server)"));
    kind_->Append(_("An Israeli SMS provider"));
    grid->Add(kind_, wxSizerFlags().Expand().CenterVertical());
    label(_("&Address:"));
    url_ = field("url", wxString::FromUTF8("http://sms.office:13013/cgi-bin/sendsms"));
    label(_("&User name:"));
    username_ = field("username", wxString());
    label(_("Pass&word or token:"));
    secret_ = field("secret", wxString(), wxTE_PASSWORD);
    secretNote_ = noteRow(note(this, wxString()));
    label(_("&Sender:"));
    sender_ = field("sender", "CohenLaw");
    noteRow(note(this, _("Up to 11 Latin letters or digits, or the office's number.")));
    label(_("&Reports address:"));
    reportUrl_ = field("report_url", wxString::FromUTF8("http://10.0.0.5:8093/sms/report"));
    noteRow(note(this, _("Where the gateway sends delivery reports; empty for none.")));
    label(_("&Listen on:"));
    listen_ = field("listen_address", wxString::FromUTF8("0.0.0.0:8093"));
    noteRow(note(this, _("This computer's address and port that take the reports.")));

    label(_("&Timeout:"));
    auto* timeoutRow = new wxBoxSizer(wxHORIZONTAL);
    timeout_ = new wxSpinCtrl(this, XRCID("timeout"), wxString(), wxDefaultPosition, FromDIP(wxSize(130, -1)),
                              wxSP_ARROW_KEYS, 1, 120, 10, "timeout");
    timeoutRow->Add(timeout_, wxSizerFlags().CenterVertical());
    timeoutRow->Add(new wxStaticText(this, wxID_ANY, _("seconds")), wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    grid->Add(timeoutRow);
    label(_("&Attempts:"));
    auto* attemptsRow = new wxBoxSizer(wxHORIZONTAL);
    attempts_ = new wxSpinCtrl(this, XRCID("max_attempts"), wxString(), wxDefaultPosition, FromDIP(wxSize(130, -1)),
                               wxSP_ARROW_KEYS, 1, 20, 6, "max_attempts");
    attemptsRow->Add(attempts_, wxSizerFlags().CenterVertical());
    attemptsRow->Add(new wxStaticText(this, wxID_ANY, _("at most, before a message is failed")),
                     wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    grid->Add(attemptsRow);
    return grid;
}

wxSizer* SmsSettingsPage::sendingHours()
{
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Sending hours"));
    wxWindow* inside = box->GetStaticBox();
    auto* grid = new wxFlexGridSizer(4, FromDIP(4), FromDIP(6));
    // Sunday first, as the Israeli week and the diary begin.
    for (int i = 0; i < 7; ++i) {
        const std::string n = std::to_string(i);
        Day& day = days_[size_t(i)];
        day.open = new wxCheckBox(inside, XRCID(("day_open_" + n).c_str()), wx(weekdayName(i)), wxDefaultPosition,
                                  wxDefaultSize, 0, wxDefaultValidator, "day_open_" + n);
        day.from = new wxChoice(inside, XRCID(("day_from_" + n).c_str()), wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                wxDefaultValidator, "day_from_" + n);
        day.until = new wxChoice(inside, XRCID(("day_until_" + n).c_str()), wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                 wxDefaultValidator, "day_until_" + n);
        fillClock(day.from);
        fillClock(day.until);
        grid->Add(day.open, wxSizerFlags().CenterVertical());
        grid->Add(day.from, wxSizerFlags().CenterVertical());
        // TRANSLATORS: between two times of day: "08:00 until 21:00"
        grid->Add(new wxStaticText(inside, wxID_ANY, _("until")), wxSizerFlags().CenterVertical());
        grid->Add(day.until, wxSizerFlags().CenterVertical());
        day.open->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { enableDays(); });
    }
    box->Add(grid, wxSizerFlags().Border(wxALL, FromDIP(6)));
    holidays_ = new wxCheckBox(inside, XRCID("closed_on_holidays"), _("Closed on Israeli &holidays"), wxDefaultPosition,
                               wxDefaultSize, 0, wxDefaultValidator, "closed_on_holidays");
    box->Add(holidays_, wxSizerFlags().Border(wxALL, FromDIP(6)));
    box->Add(note(inside, _("A message due outside these hours waits for the next opening.")),
             wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    return box;
}

void SmsSettingsPage::enableDays()
{
    for (const Day& day : days_) {
        day.from->Enable(editable_ && day.open->GetValue());
        day.until->Enable(editable_ && day.open->GetValue());
    }
}

void SmsSettingsPage::show(const SystemSettingsDialog::Values::Sms& sms)
{
    const auto& s = sms.settings;
    editable_ = sms.editable;
    kind_->SetSelection(s.gateway.kind == services::SmsGatewayKind::Provider ? 1 : 0);
    url_->ChangeValue(wx(s.gateway.url));
    username_->ChangeValue(wx(s.gateway.username));
    secret_->ChangeValue(wx(sms.secret));
    // Never shown, not even as dots of its length: only whether there is one.
    secret_->SetHint(sms.secretKnown ? _("(kept; type to replace)") : wxString());
    secretNote_->SetLabel(sms.secretLasts ? _("Kept in this computer's password store, never in the office's database.")
                                          : _("This computer has no password store: kept until Praklit closes, and asked "
                                              "for again when it next sends."));
    sender_->ChangeValue(wx(s.gateway.sender));
    reportUrl_->ChangeValue(wx(s.gateway.reportUrl));
    listen_->ChangeValue(wx(s.gateway.listenAddress));
    timeout_->SetValue((s.gateway.timeoutMs + 999) / 1000);
    attempts_->SetValue(s.maxAttempts);
    for (size_t i = 0; i < days_.size(); ++i) {
        const DayHours& hours = s.hours.days[i];
        days_[i].open->SetValue(hours.open);
        setClock(days_[i].from, hours.fromMinute);
        setClock(days_[i].until, hours.untilMinute);
    }
    holidays_->SetValue(s.hours.closedOnHolidays);
    for (wxWindow* w : std::initializer_list<wxWindow*>{kind_, url_, username_, secret_, sender_, reportUrl_, listen_, timeout_,
                                                       attempts_, holidays_})
        w->Enable(editable_);
    for (const Day& day : days_) day.open->Enable(editable_);
    // The examples in empty fields would read as settings to whom cannot change them.
    if (!editable_)
        for (wxTextCtrl* text : {url_, username_, secret_, sender_, reportUrl_, listen_}) text->SetHint(wxString());
    enableDays();
    showReadOnly(!editable_);
}

void SmsSettingsPage::read(SystemSettingsDialog::Values::Sms& sms) const
{
    auto& s = sms.settings;
    s.gateway.kind = kind_->GetSelection() == 1 ? services::SmsGatewayKind::Provider : services::SmsGatewayKind::Kannel;
    s.gateway.url = trimmedUtf8(url_->GetValue());
    s.gateway.username = trimmedUtf8(username_->GetValue());
    sms.secret = utf8(secret_->GetValue()); // spaces may be part of it
    s.gateway.sender = trimmedUtf8(sender_->GetValue());
    s.gateway.reportUrl = trimmedUtf8(reportUrl_->GetValue());
    s.gateway.listenAddress = trimmedUtf8(listen_->GetValue());
    s.gateway.timeoutMs = timeout_->GetValue() * 1000;
    s.maxAttempts = attempts_->GetValue();
    for (size_t i = 0; i < days_.size(); ++i) {
        DayHours& hours = s.hours.days[i];
        hours.open = days_[i].open->GetValue();
        hours.fromMinute = clockOf(days_[i].from);
        hours.untilMinute = clockOf(days_[i].until);
    }
    s.hours.closedOnHolidays = holidays_->GetValue();
}

} // namespace praklit::ui
