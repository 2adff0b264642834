#include "ui/billing/ChargeDialog.h"

#include "domain/Error.h"
#include "domain/Money.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "text/Amount.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/textdlg.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include "ui/widgets/DateField.h"
#include <wx/radiobut.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <cstdio>

namespace praklit::ui {

namespace {

constexpr const char* kTimeControls[] = {"time_label", "hours", "hours_unit", "minutes", "minutes_unit", "rate_label", "rate"};
constexpr const char* kAmountControls[] = {"amount_label", "amount"};

wxDateTime dateOf(const std::string& iso)
{
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return wxDateTime::Today();
    return wxDay(y, m, d);
}

// Today in Israel, whatever the computer's own zone.
std::string israelToday() { return text::toIsraelIso(text::now()).substr(0, 10); }

} // namespace

ChargeDialog::ChargeDialog(wxWindow* parent, services::OfficeSession& office) : office_(office)
{
    wxXmlResource::Get()->LoadDialog(this, parent, "ChargeDialog");
    labelStockButtons(this);
    Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { enableForKind(); });
    Bind(wxEVT_BUTTON, &ChargeDialog::onOk, this, wxID_OK);
}

ChargeDialog::ChargeDialog(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId)
    : ChargeDialog(parent, office)
{
    SetTitle(_("New charge"));
    fillCases(clientId, caseId);
    control<DateField>("date")->SetValue(dateOf(israelToday()));
    control("read_only_note")->Hide();
    setKind(ChargeKind::Fixed);
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
    control("description")->SetFocus();
}

ChargeDialog::ChargeDialog(wxWindow* parent, services::OfficeSession& office, const Charge& charge)
    : ChargeDialog(parent, office)
{
    existing_ = charge;
    readOnly_ = charge.state != ChargeState::Unbilled;
    SetTitle(readOnly_ ? _("Charge (read-only)") : _("Edit charge"));
    fillCases(charge.clientId, charge.caseId);
    showCharge(charge);
    // What a charge is and whose file it is in do not change by editing.
    for (const char* name : {"kind_time", "kind_fixed", "kind_expense", "case"}) control(name)->Disable();
    control("read_only_note")->Show(readOnly_);
    if (readOnly_) {
        for (const char* name : {"date", "description", "hours", "minutes", "rate", "amount", "vat_exempt", "billable"})
            control(name)->Disable();
        FindWindow(wxID_OK)->Hide();
        FindWindow(wxID_CANCEL)->SetLabel(_("&Close"));
    }
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

wxWindow* ChargeDialog::control(const char* name) const
{
    wxWindow* window = FindWindow(XRCID(name));
    wxASSERT_MSG(window, name);
    return window;
}

void ChargeDialog::fillCases(int64_t clientId, int64_t caseId)
{
    auto* choice = control<wxChoice>("case");
    std::vector<Case> cases;
    try {
        services::CaseService service(office_);
        if (caseId) {
            const auto c = service.get(caseId);
            clientId = c.clientId;
        }
        cases = service.forClient(clientId);
    } catch (const std::exception& e) {
        showMessage(wx(e.what()));
    }
    clientId_ = clientId;
    choice->Append(_("General file"));
    caseIds_.push_back(0);
    for (const auto& c : cases) {
        // A charge goes on an open case, or on the case it is already in.
        if (c.status != CaseStatus::Open && c.id != caseId) continue;
        wxString label = wx(text::ltr(c.internalNumber));
        if (!c.subject.empty()) label += wxString::FromUTF8(" — ") + wx(c.subject);
        choice->Append(label);
        caseIds_.push_back(c.id);
    }
    int selection = 0;
    for (size_t i = 0; i < caseIds_.size(); ++i)
        if (caseIds_[i] == caseId) selection = static_cast<int>(i);
    choice->SetSelection(selection);
    if (caseId && !existing_) choice->Disable(); // from a case card: that case
}

void ChargeDialog::showCharge(const Charge& c)
{
    setKind(c.kind);
    control<DateField>("date")->SetValue(dateOf(c.chargedOn));
    control<wxTextCtrl>("description")->ChangeValue(wx(c.description));
    control<wxSpinCtrl>("hours")->SetValue(static_cast<int>(c.seconds / 3600));
    control<wxSpinCtrl>("minutes")->SetValue(static_cast<int>((c.seconds % 3600 + 30) / 60));
    control<wxTextCtrl>("rate")->ChangeValue(c.kind == ChargeKind::Time ? wx(text::plainAmount(c.rateAgorot)) : wxString());
    control<wxTextCtrl>("amount")->ChangeValue(c.kind == ChargeKind::Time ? wxString() : wx(text::plainAmount(c.amountAgorot)));
    control<wxCheckBox>("vat_exempt")->SetValue(c.vatExempt);
    control<wxCheckBox>("billable")->SetValue(c.billable);
}

void ChargeDialog::setKind(ChargeKind kind)
{
    control<wxRadioButton>("kind_time")->SetValue(kind == ChargeKind::Time);
    control<wxRadioButton>("kind_fixed")->SetValue(kind == ChargeKind::Fixed);
    control<wxRadioButton>("kind_expense")->SetValue(kind == ChargeKind::Expense);
    enableForKind();
}

ChargeKind ChargeDialog::kind() const
{
    if (control<wxRadioButton>("kind_time")->GetValue()) return ChargeKind::Time;
    if (control<wxRadioButton>("kind_expense")->GetValue()) return ChargeKind::Expense;
    return ChargeKind::Fixed;
}

void ChargeDialog::enableForKind()
{
    const auto k = kind();
    for (const char* name : kTimeControls) control(name)->Show(k == ChargeKind::Time);
    for (const char* name : kAmountControls) control(name)->Show(k != ChargeKind::Time);
    control("vat_exempt")->Show(k == ChargeKind::Expense);
    control<wxTextCtrl>("rate")->SetHint(_("from the rates"));
    if (GetSizer()) {
        GetSizer()->SetSizeHints(this);
        Layout();
    }
}

void ChargeDialog::showMessage(const wxString& sentence, const std::string& field)
{
    auto* message = control<wxStaticText>("message");
    message->SetLabel(sentence);
    message->Wrap(FromDIP(440));
    static const std::pair<const char*, const char*> focus[] = {
        {"charged_on", "date"}, {"minutes", "hours"}, {"seconds", "hours"}, {"rate", "rate"},
        {"description", "description"}, {"amount", "amount"}};
    for (const auto& [from, to] : focus)
        if (field == from) control(to)->SetFocus();
    const wxSize needed = GetSizer()->ComputeFittingWindowSize(this);
    if (needed.y > GetSize().y) SetSize(GetSize().x, needed.y);
    Layout();
}

void ChargeDialog::onOk(wxCommandEvent&)
{
    if (readOnly_) return;
    Charge c = existing_.value_or(Charge{});
    c.kind = kind();
    c.clientId = clientId_;
    const int selection = control<wxChoice>("case")->GetSelection();
    c.caseId = selection >= 0 && selection < static_cast<int>(caseIds_.size()) ? caseIds_[selection] : 0;
    c.chargedOn = control<DateField>("date")->typed();
    c.description = utf8(control<wxTextCtrl>("description")->GetValue());
    c.billable = control<wxCheckBox>("billable")->GetValue();
    c.vatExempt = c.kind == ChargeKind::Expense && control<wxCheckBox>("vat_exempt")->GetValue();
    try {
        if (c.kind == ChargeKind::Time) {
            c.seconds = int64_t{control<wxSpinCtrl>("hours")->GetValue()} * 3600 +
                        int64_t{control<wxSpinCtrl>("minutes")->GetValue()} * 60;
            // Empty: the rate comes from the case's, client's or user's rates.
            const wxString rate = control<wxTextCtrl>("rate")->GetValue().Strip(wxString::both);
            c.rateAgorot = rate.empty() ? 0 : agorotFromText(utf8(rate), MoneyField::HourlyRate);
        } else {
            c.amountAgorot = agorotFromText(utf8(control<wxTextCtrl>("amount")->GetValue()), MoneyField::Amount);
        }
        services::ChargeService charges(office_);
        if (!existing_) {
            saved_ = charges.add(c);
        } else {
            try {
                saved_ = charges.edit(c);
            } catch (const Error& e) {
                if (e.field() != "reason") throw;
                // An old charge is changed only with a reason: asked here, kept by the audit log.
                wxTextEntryDialog ask(this, wx(e.what()), _("Reason for the change"));
                if (ask.ShowModal() != wxID_OK) return;
                saved_ = charges.edit(c, utf8(ask.GetValue()));
            }
        }
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

} // namespace praklit::ui
