#include "ui/billing/ChargesPanel.h"

#include "services/ChargeService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/billing/ChargeDialog.h"
#include "ui/billing/ChargeListModel.h"
#include "ui/billing/ChargeText.h"
#include "ui/time/TimerNotices.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include "ui/widgets/DateField.h"
#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {
// The order of the filter choices' items.
const std::optional<ChargeState> kStates[] = {std::nullopt, ChargeState::Unbilled, ChargeState::InAccount, ChargeState::Billed};
const std::optional<ChargeKind> kKinds[] = {std::nullopt, ChargeKind::Time, ChargeKind::Fixed, ChargeKind::Expense};
} // namespace

ChargesPanel::ChargesPanel(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "charges_panel"), office_(office),
      clientId_(clientId), caseId_(caseId)
{
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);

    // Actions first, at the start edge; the filters after them.
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(this, wxID_ANY, _("&Add charge"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "add_charge");
    edit_ = new wxButton(this, wxID_ANY, _("&Edit"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "edit_charge");
    top->Add(add, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    top->Add(edit_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    top->AddSpacer(FromDIP(16));

    auto label = [&](const wxString& text) {
        top->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    };
    label(_("S&tate:"));
    state_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "state_filter");
    state_->Append(_("All"));
    for (auto s : {ChargeState::Unbilled, ChargeState::InAccount, ChargeState::Billed}) state_->Append(stateText(s));
    state_->SetSelection(0);
    top->Add(state_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    label(_("&Kind:"));
    kind_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "kind_filter");
    kind_->Append(_("All"));
    for (auto k : {ChargeKind::Time, ChargeKind::Fixed, ChargeKind::Expense}) kind_->Append(kindText(k));
    kind_->SetSelection(0);
    top->Add(kind_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    useFrom_ = new wxCheckBox(this, wxID_ANY, _("&From:"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "use_from");
    from_ = new DateField(this, wxID_ANY, wxDateTime::Today() - wxDateSpan::Year(), "from", false);
    useTo_ = new wxCheckBox(this, wxID_ANY, _("T&o:"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "use_to");
    to_ = new DateField(this, wxID_ANY, wxDateTime::Today(), "to", false);
    for (wxWindow* w : std::initializer_list<wxWindow*>{useFrom_, from_, useTo_, to_})
        top->Add(w, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    from_->Disable();
    to_->Disable();
    column->Add(top, wxSizerFlags().Border(wxALL, gap));

    list_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(820, 300)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("charges");
    model_ = new ChargeListModel(office_);
    list_->AssociateModel(model_);
    model_->DecRef(); // the control holds it
    struct ColumnSpec {
        ChargeListModel::Column column;
        wxString title;
        int width;
        wxAlignment align;
    };
    // Numbers align as numbers do: units under units.
    const auto number = static_cast<wxAlignment>(numberAlignment(this));
    const ColumnSpec columns[] = {
        {ChargeListModel::Date, _("Date"), 90, wxALIGN_NOT},
        {ChargeListModel::User, _("User"), 80, wxALIGN_NOT},
        {ChargeListModel::Case, _("Case"), 90, wxALIGN_NOT},
        {ChargeListModel::Kind, _("Kind"), 130, wxALIGN_NOT},
        {ChargeListModel::Description, _("Description"), 200, wxALIGN_NOT},
        {ChargeListModel::Minutes, _("Minutes"), 60, number},
        {ChargeListModel::BilledHours, _("Billed hours"), 90, number},
        {ChargeListModel::Rate, _("Rate"), 90, number},
        {ChargeListModel::Amount, _("Amount"), 110, number},
        {ChargeListModel::State, _("State"), 130, wxALIGN_NOT},
    };
    for (const auto& c : columns) {
        if (c.column == ChargeListModel::Case && caseId_) continue; // the case card is one case
        list_->AppendTextColumn(c.title, c.column, wxDATAVIEW_CELL_INERT, FromDIP(c.width), c.align,
                                wxDATAVIEW_COL_RESIZABLE);
    }
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    empty_ = new wxStaticText(this, wxID_ANY, _("No charges here yet. Stop a time counter, or use [Add charge]."),
                              wxDefaultPosition, wxDefaultSize, 0, "charges_empty");
    column->Add(empty_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    totals_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "charges_totals");
    totals_->SetFont(totals_->GetFont().Bold());
    column->Add(totals_, wxSizerFlags().Border(wxALL, gap));
    SetSizer(column);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addCharge(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editSelected(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { editSelected(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { edit_->Enable(list_->HasSelection()); });
    auto refilter = [this](wxCommandEvent&) {
        from_->Enable(useFrom_->GetValue());
        to_->Enable(useTo_->GetValue());
        reload();
    };
    for (wxWindow* w : std::initializer_list<wxWindow*>{state_, kind_, useFrom_, useTo_}) {
        w->Bind(wxEVT_CHOICE, refilter);
        w->Bind(wxEVT_CHECKBOX, refilter);
    }
    from_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { reload(); });
    to_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { reload(); });

    ticket_ = TimerNotices::subscribe([this] { reload(); });
    reload();
}

ChargesPanel::~ChargesPanel() { TimerNotices::unsubscribe(ticket_); }

ChargeFilter ChargesPanel::filter() const
{
    ChargeFilter f;
    f.clientId = caseId_ ? 0 : clientId_;
    f.caseId = caseId_;
    f.state = kStates[std::max(0, state_->GetSelection())];
    f.kind = kKinds[std::max(0, kind_->GetSelection())];
    if (useFrom_->GetValue()) f.from = from_->typed();
    if (useTo_->GetValue()) f.to = to_->typed();
    return f;
}

const ChargeTotals& ChargesPanel::totals() const { return model_->totals(); }

void ChargesPanel::reload()
{
    attempt(this, [&] { model_->show(filter()); });
    showTotals();
    edit_->Enable(list_->HasSelection());
}

wxString ChargesPanel::totalsText() const { return totals_->GetLabel(); }

void ChargesPanel::showTotals()
{
    const auto& t = model_->totals();
    empty_->Show(t.count == 0);
    totals_->SetLabel(wxString::Format(wxPLURAL("%s charge", "%s charges", pluralCount(t.count)), wx(text::ltr(text::formatCount(t.count)))) +
                      wxString::FromUTF8("   ·   ") + wxString::Format(_("%s minutes"), minutesText(t.seconds)) +
                      wxString::FromUTF8("   ·   ") + wxString::Format(_("%s billed hours"), hoursText(t.billedSeconds)) +
                      wxString::FromUTF8("   ·   ") + wxString::Format(_("Total: %s"), moneyText(t.amountAgorot)));
    // Measured with its own (bold) font: GTK measures a label not yet shown
    // with the plain one, and the end of the line — the amount — was cut.
    totals_->SetMinSize(wxSize(totals_->GetTextExtent(totals_->GetLabel()).x + FromDIP(4), -1));
    Layout();
}

void ChargesPanel::addCharge()
{
    ChargeDialog dialog(this, office_, clientId_, caseId_);
    if (dialog.ShowModal() == wxID_OK) reload();
}

void ChargesPanel::editSelected()
{
    if (!list_->HasSelection()) return;
    const unsigned row = model_->GetRow(list_->GetSelection());
    const ChargeRow* r = nullptr;
    if (!attempt(this, [&] { r = model_->rowAt(row); }) || !r) return;
    Charge charge;
    if (!attempt(this, [&] { charge = services::ChargeService(office_).get(r->charge.id); })) return;
    ChargeDialog dialog(this, office_, charge);
    if (dialog.ShowModal() == wxID_OK) {
        reload();
        list_->Select(model_->GetItem(row));
    }
}

} // namespace praklit::ui
