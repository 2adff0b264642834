#include "ui/clients/CaseFields.h"

#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include "ui/widgets/DateField.h"
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

CaseFields::CaseFields(wxWindow* form, std::vector<User> users, const std::vector<std::string>& courts,
                       const std::string& nextNumber)
    : form_(form), users_(std::move(users))
{
    auto* hint = control<wxStaticText>("internal_number_hint");
    if (nextNumber.empty()) hint->Hide();
    else {
        hint->SetLabel(wxString::Format(_("Leave empty for the next number of the series: %s"), isolated(nextNumber)));
        control<wxTextCtrl>("internal_number")->SetHint(wx(nextNumber));
    }
    control<wxStaticText>("court_number_hint")
        ->SetLabel(wxString::Format(_("For example %1$s or %2$s"), isolated("12345-01-24"), isolated("2904/14")));
    for (const char* ltrField : {"internal_number", "court_number"}) control(ltrField)->SetLayoutDirection(wxLayout_LeftToRight);

    control<wxComboBox>("proceeding_type")->Append(proceedingTypes());
    wxArrayString courtNames;
    for (const auto& name : courts) courtNames.Add(wx(name));
    control<wxComboBox>("court")->Append(courtNames);
    auto* lawyer = control<wxChoice>("lawyer");
    // TRANSLATORS: no responsible lawyer chosen yet
    lawyer->Append(_("(none yet)"));
    for (const auto& user : users_) lawyer->Append(wx(user.shownName()));
    auto* status = control<wxChoice>("status");
    status->Append(caseStatusLabel(CaseStatus::Open));
    status->Append(caseStatusLabel(CaseStatus::Closed));

    control("has_closed_on")->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
        control("closed_on")->Enable(event.IsChecked());
    });
}

wxWindow* CaseFields::control(const char* name) const
{
    wxWindow* window = wxWindow::FindWindowByName(name, form_);
    wxASSERT_MSG(window, name);
    return window;
}

void CaseFields::toWindow(const Case& c)
{
    control<wxTextCtrl>("internal_number")->ChangeValue(wx(c.internalNumber));
    control<wxTextCtrl>("subject")->ChangeValue(wx(c.subject));
    control<wxComboBox>("court")->ChangeValue(wx(c.court));
    control<wxComboBox>("proceeding_type")->ChangeValue(wx(c.proceedingType));
    control<wxTextCtrl>("court_number")->ChangeValue(wx(c.courtNumber));
    int lawyer = 0;
    for (size_t i = 0; i < users_.size(); ++i)
        if (users_[i].id == c.lawyerUserId) lawyer = int(i) + 1;
    control<wxChoice>("lawyer")->SetSelection(lawyer);
    const wxDateTime opened = dateFromIso(c.openedOn);
    control<DateField>("opened_on")->SetValue(opened.IsValid() ? opened : wxDateTime::Today());
    const wxDateTime closed = dateFromIso(c.closedOn);
    control<wxCheckBox>("has_closed_on")->SetValue(closed.IsValid());
    control<DateField>("closed_on")->SetValue(closed.IsValid() ? closed : wxDateTime::Today());
    control("closed_on")->Enable(closed.IsValid());
    control<wxChoice>("status")->SetSelection(c.status == CaseStatus::Open ? 0 : 1);
}

void CaseFields::fromWindow(Case& c) const
{
    c.internalNumber = utf8(control<wxTextCtrl>("internal_number")->GetValue());
    c.subject = utf8(control<wxTextCtrl>("subject")->GetValue());
    c.court = utf8(control<wxComboBox>("court")->GetValue());
    c.proceedingType = utf8(control<wxComboBox>("proceeding_type")->GetValue());
    c.courtNumber = utf8(control<wxTextCtrl>("court_number")->GetValue());
    const int lawyer = control<wxChoice>("lawyer")->GetSelection();
    c.lawyerUserId = lawyer > 0 ? users_[size_t(lawyer - 1)].id : 0;
    c.openedOn = control<DateField>("opened_on")->typed();
    c.closedOn = control<wxCheckBox>("has_closed_on")->GetValue()
                     ? control<DateField>("closed_on")->typed()
                     : std::string();
    c.status = control<wxChoice>("status")->GetSelection() == 1 ? CaseStatus::Closed : CaseStatus::Open;
}

} // namespace praklit::ui
