#include "ui/billing/DatedTablesDialog.h"

#include "domain/Money.h"
#include "services/AccountService.h"
#include "text/Amount.h"
#include "ui/billing/ChargeText.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include "ui/widgets/DateField.h"
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <climits>

namespace praklit::ui {

namespace {

// 1800 basis points → "18%", 1750 → "17.5%", isolated for a right-to-left cell.
wxString rateText(int64_t basisPoints)
{
    wxString s = wxString::Format("%lld", static_cast<long long>(basisPoints / 100));
    if (const int64_t rest = basisPoints % 100) {
        s += wxString::Format(".%02lld", static_cast<long long>(rest));
        if (s.EndsWith("0")) s.RemoveLast();
    }
    return isolated(utf8(s + "%"));
}

wxString plainRate(int64_t basisPoints)
{
    return wxString::Format("%lld.%02lld", static_cast<long long>(basisPoints / 100), static_cast<long long>(basisPoints % 100));
}

wxVector<wxVariant> rowOf(const wxString& date, const wxString& value)
{
    wxVector<wxVariant> row;
    row.push_back(date);
    row.push_back(value);
    return row;
}

} // namespace

DatedTablesDialog::DatedTablesDialog(wxWindow* parent, services::OfficeSession& office)
    : wxDialog(parent, wxID_ANY, _("VAT and allocation tables"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "dated_tables"),
      office_(office)
{
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(this);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(new wxStaticText(this, wxID_ANY,
                                 _("Each value is in force from its date until the next row's date. Accounts and invoices "
                                   "take the value in force on their own date.")),
                wxSizerFlags().Border(wxALL, gap * 2));

    // One panel per table: both have a "date" field, and each table's
    // sentences are looked for inside its own panel.
    auto section = [&](const char* name, const wxString& title, const wxString& valueHeading, const wxString& valueLabel,
                       const char* valueName, wxDataViewListCtrl*& list, DateField*& date, wxTextCtrl*& value) {
        auto* panel = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name);
        auto* box = new wxBoxSizer(wxVERTICAL);
        auto* heading = new wxStaticText(panel, wxID_ANY, title);
        heading->SetFont(heading->GetFont().Bold());
        box->Add(heading, wxSizerFlags().Border(wxBOTTOM, gap));
        list = new wxDataViewListCtrl(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(460, 120)), wxDV_SINGLE | wxDV_ROW_LINES);
        list->SetName(wxString(name) + "_list");
        list->AppendTextColumn(_("From date"), wxDATAVIEW_CELL_INERT, FromDIP(140));
        list->AppendTextColumn(valueHeading, wxDATAVIEW_CELL_INERT, FromDIP(220),
                              static_cast<wxAlignment>(numberAlignment(this)));
        box->Add(list, wxSizerFlags(1).Expand());
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new wxStaticText(panel, wxID_ANY, _("From &date:")), wxSizerFlags().CenterVertical());
        date = new DateField(panel, wxID_ANY, wxDateTime::Today(), "date");
        row->Add(date, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
        row->Add(new wxStaticText(panel, wxID_ANY, valueLabel), wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
        value = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(120, -1)), 0,
                               wxDefaultValidator, valueName);
        row->Add(value, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
        auto* add = new wxButton(panel, wxID_ANY, _("Add / &update"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                 wxString(name) + "_add");
        row->Add(add, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
        box->Add(row, wxSizerFlags().Border(wxTOP, gap));
        panel->SetSizer(box);
        column->Add(panel, wxSizerFlags(1).Expand().Border(wxALL, gap * 2));
        return std::make_pair(panel, add);
    };
    auto [vatPanel, addVat] = section("vat_rates", _("VAT rates"), _("VAT rate"), _("&Rate (%):"), "rate", vatList_, vatDate_, rate_);
    auto [thresholdPanel, addThreshold] =
        section("allocation_thresholds", _("Allocation-number thresholds"), _("Amount before VAT"),
                _("A&mount before VAT (NIS):"), "amount", thresholdList_, thresholdDate_, amount_);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    // Not the stock id: GTK would show its own label, in the system's language.
    auto* close = new wxButton(this, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    buttons->AddStretchSpacer();
    buttons->Add(close, wxSizerFlags().Border(wxALL, FromDIP(4)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));

    vatMessages_ = std::make_unique<FormMessages>(vatPanel, bar_);
    thresholdMessages_ = std::make_unique<FormMessages>(thresholdPanel, bar_);
    addVat->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addVatRate(); });
    addThreshold->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->addThreshold(); });
    // A row picked in the list is the one to change: its date and value go to the fields.
    vatList_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        const int row = vatList_->GetSelectedRow();
        if (row == wxNOT_FOUND || row >= static_cast<int>(rates_.size())) return;
        vatDate_->SetValue(dateFromIso(rates_[row].validFrom));
        rate_->ChangeValue(plainRate(rates_[row].value));
    });
    thresholdList_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        const int row = thresholdList_->GetSelectedRow();
        if (row == wxNOT_FOUND || row >= static_cast<int>(thresholds_.size())) return;
        thresholdDate_->SetValue(dateFromIso(thresholds_[row].validFrom));
        amount_->ChangeValue(wx(text::plainAmount(thresholds_[row].value)));
    });
    SetEscapeId(wxID_CLOSE);
    showTables();
    SetSizerAndFit(column);
    // Not the list: GTK selects its first row on focus, which would copy that row into the fields.
    rate_->SetFocus();
    CentreOnParent();
}

DatedTablesDialog::~DatedTablesDialog() = default;

void DatedTablesDialog::showTables()
{
    rates_.clear();
    thresholds_.clear();
    attempt(GetParent(), [&] {
        services::AccountService accounts(office_);
        rates_ = accounts.vatRates();
        thresholds_ = accounts.allocationThresholds();
    });
    vatList_->DeleteAllItems();
    for (const auto& r : rates_) vatList_->AppendItem(rowOf(displayDate(r.validFrom), rateText(r.value)));
    thresholdList_->DeleteAllItems();
    for (const auto& t : thresholds_) thresholdList_->AppendItem(rowOf(displayDate(t.validFrom), moneyText(t.value)));
}

bool DatedTablesDialog::addVatRate()
{
    vatMessages_->clear();
    bar_->clear();
    try {
        services::AccountService(office_).setVatRate(vatDate_->typed(), basisPointsFromText(utf8(rate_->GetValue())));
    } catch (const std::exception& e) {
        vatMessages_->show(e);
        return false;
    }
    rate_->Clear();
    showTables();
    return true;
}

bool DatedTablesDialog::addThreshold()
{
    thresholdMessages_->clear();
    bar_->clear();
    try {
        services::AccountService(office_).setAllocationThreshold(
            thresholdDate_->typed(), agorotFromText(utf8(amount_->GetValue()), MoneyField::Threshold));
    } catch (const std::exception& e) {
        thresholdMessages_->show(e);
        return false;
    }
    amount_->Clear();
    showTables();
    return true;
}

} // namespace praklit::ui
