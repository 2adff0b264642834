#include "ui/billing/ProduceAccountDialog.h"

#include "services/AccountService.h"
#include "services/CaseService.h"
#include "services/ChargeService.h"
#include "text/Bidi.h"
#include "ui/billing/AccountPapers.h"
#include "ui/billing/AccountsPanel.h"
#include "ui/billing/ChargeText.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/time/TimerNotices.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include "ui/widgets/DateField.h"
#include <wx/dateevt.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <utility>

namespace praklit::ui {

namespace {
const std::optional<ChargeKind> kProduceKinds[] = {std::nullopt, ChargeKind::Time, ChargeKind::Fixed, ChargeKind::Expense};
}

// ---- ChargePickModel ----

void ChargePickModel::show(std::vector<ChargeRow> rows)
{
    rows_ = std::move(rows);
    Reset(static_cast<unsigned>(rows_.size()));
}

bool ChargePickModel::ticked(unsigned row) const
{
    return row < rows_.size() && !unticked_.count(rows_[row].charge.id);
}

void ChargePickModel::setTicked(unsigned row, bool ticked)
{
    if (row >= rows_.size()) return;
    if (ticked) unticked_.erase(rows_[row].charge.id);
    else unticked_.insert(rows_[row].charge.id);
    RowValueChanged(row, Ticked);
}

std::vector<int64_t> ChargePickModel::tickedIds() const
{
    std::vector<int64_t> out;
    for (const auto& r : rows_)
        if (!unticked_.count(r.charge.id)) out.push_back(r.charge.id);
    return out;
}

std::vector<AccountLineAmount> ChargePickModel::tickedAmounts() const
{
    std::vector<AccountLineAmount> out;
    for (const auto& r : rows_)
        if (!unticked_.count(r.charge.id)) out.push_back({r.charge.amountAgorot, r.charge.vatExempt});
    return out;
}

void ChargePickModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    if (row >= rows_.size()) {
        value = column == Ticked ? wxVariant(false) : wxVariant(wxString());
        return;
    }
    const auto& r = rows_[row];
    const Charge& c = r.charge;
    switch (column) {
    case Ticked: value = ticked(row); break;
    case Date: value = displayDate(c.chargedOn); break;
    case Case: value = r.caseNumber.empty() ? wxString() : isolated(r.caseNumber); break;
    case User: value = wx(r.userLogin); break;
    case Kind: value = kindText(c.kind); break;
    case Description: value = wx(c.description); break;
    case Amount: value = moneyText(c.amountAgorot); break;
    default: value = wxString();
    }
}

bool ChargePickModel::SetValueByRow(const wxVariant& value, unsigned row, unsigned column)
{
    if (column != Ticked || row >= rows_.size()) return false;
    if (value.GetBool()) unticked_.erase(rows_[row].charge.id);
    else unticked_.insert(rows_[row].charge.id);
    return true;
}

// ---- ProduceAccountDialog ----

ProduceAccountDialog::ProduceAccountDialog(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId)
    : wxDialog(parent, wxID_ANY, _("Produce transaction account"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "produce_account"),
      office_(office), clientId_(clientId)
{
    attempt(parent, [&] {
        cases_ = services::CaseService(office_).forClient(clientId_);
        users_ = services::CaseService(office_).users();
        addressees_ = services::AccountService(office_).accountAddressees(clientId_);
    });
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(this);
    column->Add(bar_, wxSizerFlags().Expand());
    // Who it goes to, first: the reader checks the client before the sums.
    column->Add(addresseesPart(), wxSizerFlags().Border(wxALL, gap * 2));
    column->Add(filtersPart(caseId), wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    column->Add(chargesList(), wxSizerFlags(1).Expand().Border(wxALL, gap));
    column->Add(ticksPart(), wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    column->Add(accountPart(), wxSizerFlags().Border(wxALL, gap));
    totals_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "account_totals");
    totals_->SetFont(totals_->GetFont().Bold().Larger());
    column->Add(totals_, wxSizerFlags().Border(wxALL, gap * 2));
    column->Add(buttonsPart(), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    SetEscapeId(wxID_CANCEL);

    reload();
    SetSize(FromDIP(wxSize(900, 640)));
    CentreOnParent();
}

wxSizer* ProduceAccountDialog::addresseesPart()
{
    auto* to = new wxBoxSizer(wxVERTICAL);
    auto* toTitle = new wxStaticText(this, wxID_ANY, _("Addressees:"));
    toTitle->SetFont(toTitle->GetFont().Bold());
    to->Add(toTitle);
    for (const auto& a : addressees_) {
        wxString line = wx(a.name);
        if (!a.role.empty()) line += " (" + wx(a.role) + ")";
        if (!a.address.empty()) line += wxString::FromUTF8(" — ") + wx(a.address);
        to->Add(new wxStaticText(this, wxID_ANY, line), wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    }
    if (!hasPrimaryAddress()) {
        auto* warning = new wxStaticText(
            this, wxID_ANY,
            _("The client has no primary address: the account can be saved as a draft, but it can be issued only once a "
              "primary address is added (Addresses and phones)."),
            wxDefaultPosition, wxDefaultSize, 0, "no_primary_address");
        warning->SetForegroundColour(wxSystemSettings::GetAppearance().IsDark() ? wxColour(255, 120, 120) : *wxRED);
        warning->Wrap(FromDIP(760));
        to->Add(warning, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    }
    return to;
}

wxSizer* ProduceAccountDialog::filtersPart(int64_t caseId)
{
    const int gap = FromDIP(6);
    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    auto label = [&](const wxString& text) {
        filters->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    };
    auto add = [&](wxWindow* w) { filters->Add(w, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2)); };
    label(_("&Case:"));
    case_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "case_filter");
    case_->Append(_("All cases"));
    int chosen = 0;
    for (size_t i = 0; i < cases_.size(); ++i) {
        case_->Append(isolated(cases_[i].internalNumber) + " " + wx(cases_[i].subject));
        if (cases_[i].id == caseId) chosen = static_cast<int>(i + 1);
    }
    case_->SetSelection(chosen);
    add(case_);
    label(_("&User:"));
    user_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "user_filter");
    user_->Append(_("All"));
    for (const auto& u : users_) user_->Append(wx(u.shownName()));
    user_->SetSelection(0);
    add(user_);
    label(_("&Kind:"));
    kind_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "kind_filter");
    kind_->Append(_("All"));
    for (auto k : {ChargeKind::Time, ChargeKind::Fixed, ChargeKind::Expense}) kind_->Append(kindText(k));
    kind_->SetSelection(0);
    add(kind_);
    useFrom_ = new wxCheckBox(this, wxID_ANY, _("&From:"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "use_from");
    from_ = new DateField(this, wxID_ANY, wxDateTime::Today() - wxDateSpan::Year(), "from", false);
    useTo_ = new wxCheckBox(this, wxID_ANY, _("T&o:"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "use_to");
    to_ = new DateField(this, wxID_ANY, wxDateTime::Today(), "to", false);
    for (wxWindow* w : std::initializer_list<wxWindow*>{useFrom_, from_, useTo_, to_}) add(w);
    from_->Disable();
    to_->Disable();

    auto refilter = [this](wxCommandEvent&) {
        from_->Enable(useFrom_->GetValue());
        to_->Enable(useTo_->GetValue());
        reload();
    };
    for (wxWindow* w : std::initializer_list<wxWindow*>{case_, user_, kind_, useFrom_, useTo_}) {
        w->Bind(wxEVT_CHOICE, refilter);
        w->Bind(wxEVT_CHECKBOX, refilter);
    }
    from_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { reload(); });
    to_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { reload(); });
    return filters;
}

wxDataViewCtrl* ProduceAccountDialog::chargesList()
{
    list_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(860, 280)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("charges");
    model_ = new ChargePickModel;
    list_->AssociateModel(model_);
    model_->DecRef();
    list_->AppendToggleColumn(_("Include"), ChargePickModel::Ticked, wxDATAVIEW_CELL_ACTIVATABLE, FromDIP(70), wxALIGN_CENTER);
    const auto number = static_cast<wxAlignment>(numberAlignment(this));
    list_->AppendTextColumn(_("Date"), ChargePickModel::Date, wxDATAVIEW_CELL_INERT, FromDIP(90));
    list_->AppendTextColumn(_("Case"), ChargePickModel::Case, wxDATAVIEW_CELL_INERT, FromDIP(90));
    list_->AppendTextColumn(_("User"), ChargePickModel::User, wxDATAVIEW_CELL_INERT, FromDIP(80));
    list_->AppendTextColumn(_("Kind"), ChargePickModel::Kind, wxDATAVIEW_CELL_INERT, FromDIP(120));
    list_->AppendTextColumn(_("Description"), ChargePickModel::Description, wxDATAVIEW_CELL_INERT, FromDIP(260),
                            wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    list_->AppendTextColumn(_("Amount"), ChargePickModel::Amount, wxDATAVIEW_CELL_INERT, FromDIP(110), number);
    list_->Bind(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, [this](wxDataViewEvent&) { updateTotals(); });
    return list_;
}

wxSizer* ProduceAccountDialog::ticksPart()
{
    const int gap = FromDIP(6);
    auto* ticks = new wxBoxSizer(wxHORIZONTAL);
    auto* all = new wxButton(this, wxID_ANY, _("Tick &all"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "tick_all");
    auto* none = new wxButton(this, wxID_ANY, _("Untick all"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "tick_none");
    ticks->Add(all, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap / 2));
    ticks->Add(none, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap / 2));
    count_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "ticked_count");
    ticks->Add(count_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
    for (auto [button, ticked] : {std::pair{all, true}, std::pair{none, false}})
        button->Bind(wxEVT_BUTTON, [this, ticked](wxCommandEvent&) {
            for (unsigned r = 0; r < model_->rows().size(); ++r) model_->setTicked(r, ticked);
            updateTotals();
        });
    return ticks;
}

wxSizer* ProduceAccountDialog::accountPart()
{
    const int gap = FromDIP(6);
    auto* account = new wxBoxSizer(wxHORIZONTAL);
    account->Add(new wxStaticText(this, wxID_ANY, _("Account &date:")), wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    date_ = new DateField(this, wxID_ANY, wxDateTime::Today(), "account_date");
    account->Add(date_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2));
    account->AddSpacer(FromDIP(16));
    const wxString timeChoices[] = {_("Detailed (a line per charge)"), _("Summarised (a line per case)")};
    timeLines_ = new wxRadioBox(this, wxID_ANY, _("Time lines"), wxDefaultPosition, wxDefaultSize, 2, timeChoices, 1,
                                wxRA_SPECIFY_ROWS, wxDefaultValidator, "time_lines");
    account->Add(timeLines_, wxSizerFlags().CenterVertical());
    date_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { updateTotals(); });
    return account;
}

wxSizer* ProduceAccountDialog::buttonsPart()
{
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* cancel = new wxButton(this, wxID_ANY, _("&Cancel"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "cancel");
    // Not the stock id: GTK would show its own label, in the system's language.
    cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); });
    auto* draft = new wxButton(this, wxID_ANY, _("Save &draft"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "save_draft");
    auto* issue = new wxButton(this, wxID_ANY, _("&Produce"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "produce");
    buttons->AddStretchSpacer();
    for (wxButton* b : {cancel, draft, issue}) buttons->Add(b, wxSizerFlags().Border(wxALL, FromDIP(4)));
    issue->SetDefault();
    draft->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveDraft(); });
    issue->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { produce(); });
    return buttons;
}

bool ProduceAccountDialog::hasPrimaryAddress() const { return !addressees_.empty() && !addressees_.front().address.empty(); }

ChargeFilter ProduceAccountDialog::filter() const
{
    ChargeFilter f;
    f.clientId = clientId_;
    f.state = ChargeState::Unbilled;
    if (const int c = case_->GetSelection(); c > 0) f.caseId = cases_[c - 1].id;
    if (const int u = user_->GetSelection(); u > 0) f.userId = users_[u - 1].id;
    f.kind = kProduceKinds[std::max(0, kind_->GetSelection())];
    if (useFrom_->GetValue()) f.from = from_->typed();
    if (useTo_->GetValue()) f.to = to_->typed();
    return f;
}

std::string ProduceAccountDialog::accountDate() const { return date_->typed(); }

void ProduceAccountDialog::reload()
{
    std::vector<ChargeRow> rows;
    attempt(this, [&] {
        services::ChargeService charges(office_);
        const auto f = filter();
        const auto t = charges.totals(f);
        rows = charges.list(f, 0, t.count);
    });
    model_->show(std::move(rows));
    updateTotals();
}

void ProduceAccountDialog::updateTotals()
{
    bar_->clear();
    preview_ = TransactionAccount{};
    preview_.clientId = clientId_;
    preview_.accountDate = accountDate();
    try {
        preview_.vatBasisPoints = services::AccountService(office_).vatRateOn(preview_.accountDate);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
    }
    computeTotals(preview_, model_->tickedAmounts());
    const size_t ticked = model_->tickedIds().size();
    count_->SetLabel(wxString::Format(_("%s of %s charges ticked"), wx(text::ltr(std::to_string(ticked))),
                                      wx(text::ltr(std::to_string(model_->rows().size())))));
    const wxString rate = wx(text::ltr(wxString::Format("%d.%02d%%", preview_.vatBasisPoints / 100, preview_.vatBasisPoints % 100)
                                           .utf8_string()));
    const wxString dot = wxString::FromUTF8("   ·   ");
    totals_->SetLabel(wxString::Format(_("Subtotal: %s"), moneyText(preview_.subtotalAgorot)) + dot +
                      // TRANSLATORS: %1$s is the VAT rate (18.00%), %2$s the amount
                      wxString::Format(_("VAT %1$s: %2$s"), rate, moneyText(preview_.vatAgorot)) + dot +
                      wxString::Format(_("Total: %s"), moneyText(preview_.totalAgorot)));
    totals_->SetMinSize(totals_->GetBestSize());
    Layout();
}

wxString ProduceAccountDialog::totalsText() const { return totals_->GetLabel(); }

std::optional<TransactionAccount> ProduceAccountDialog::make(bool issue)
{
    bar_->clear();
    const auto ids = model_->tickedIds();
    if (ids.empty()) {
        bar_->showProblem(_("Tick at least one charge for the transaction account."));
        return std::nullopt;
    }
    try {
        services::AccountService accounts(office_);
        const bool detailed = timeLines_->GetSelection() == 0;
        return issue ? accounts.produce(clientId_, ids, accountDate(), detailed)
                     : accounts.createDraft(clientId_, ids, accountDate(), detailed);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return std::nullopt;
    }
}

bool ProduceAccountDialog::saveDraft()
{
    made_ = make(false);
    if (!made_) return false;
    finish(*made_);
    return true;
}

bool ProduceAccountDialog::produce()
{
    made_ = make(true);
    if (!made_) return false;
    finish(*made_);
    return true;
}

void ProduceAccountDialog::finish(const TransactionAccount& account)
{
    const wxString question =
        account.state == AccountState::Draft
            ? _("The draft is saved. Produce its PDF now? It is saved in the client's documents.")
            // TRANSLATORS: %s is the account's number
            : wxString::Format(_("Transaction account %s is issued. Produce its PDF now? It is saved in the client's documents."),
                               isolated(account.number));
    wxMessageDialog ask(this, question, _("Praklit"), wxYES_NO | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Produce PDF"), _("&Not now"));
    if (ask.ShowModal() == wxID_YES) produceAccountPdf(this, office_, account.id);
    EndModal(wxID_OK);
}

bool produceTransactionAccount(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId)
{
    ProduceAccountDialog dialog(parent, office, clientId, caseId);
    if (dialog.ShowModal() != wxID_OK) return false;
    if (auto* card = ClientCardFrame::find(clientId))
        if (auto* accounts = dynamic_cast<AccountsPanel*>(card->FindWindow("accounts_panel"))) accounts->reload();
    TimerNotices::changed(); // the charges tabs: their charges are in an account now
    return true;
}

} // namespace praklit::ui
