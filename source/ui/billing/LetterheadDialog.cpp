#include "ui/billing/LetterheadDialog.h"

#include "services/SettingsService.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

LetterheadDialog::LetterheadDialog(wxWindow* parent, services::OfficeSession& office)
    : wxDialog(parent, wxID_ANY, _("Office letterhead"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "letterhead"),
      office_(office)
{
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(this);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(new wxStaticText(this, wxID_ANY, _("Printed at the top of transaction accounts, tax invoices and reports.")),
                wxSizerFlags().Border(wxALL, gap * 2));
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1);
    auto field = [&](const wxString& label, const char* name) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        auto* text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(380, -1)), 0,
                                    wxDefaultValidator, name);
        grid->Add(text, wxSizerFlags().Expand());
        return text;
    };
    name_ = field(_("Office &name:"), "office_name");
    address_ = field(_("&Address:"), "office_address");
    phones_ = field(_("&Phones:"), "office_phones");
    vatNumber_ = field(_("&VAT number (licensed dealer):"), "vat_number");
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Logo file:")), wxSizerFlags().CenterVertical());
    auto* logoRow = new wxBoxSizer(wxHORIZONTAL);
    logo_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(300, -1)), 0, wxDefaultValidator, "logo");
    auto* browse = new wxButton(this, wxID_ANY, _("&Browse…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "browse_logo");
    logoRow->Add(logo_, wxSizerFlags(1).CenterVertical());
    logoRow->Add(browse, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    grid->Add(logoRow, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap * 2));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* cancel = new wxButton(this, wxID_ANY, _("&Cancel"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "cancel");
    // Not the stock id: GTK would show its own label, in the system's language.
    cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); });
    auto* save = new wxButton(this, wxID_ANY, _("&Save"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "save");
    buttons->AddStretchSpacer();
    buttons->Add(cancel, wxSizerFlags().Border(wxALL, FromDIP(4)));
    buttons->Add(save, wxSizerFlags().Border(wxALL, FromDIP(4)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    messages_ = std::make_unique<FormMessages>(this, bar_);

    Letterhead l;
    attempt(parent, [&] { l = services::SettingsService(office_).letterhead(); });
    name_->ChangeValue(wx(l.officeName));
    address_->ChangeValue(wx(l.address));
    phones_->ChangeValue(wx(l.phones));
    vatNumber_->ChangeValue(wx(l.vatNumber));
    logo_->ChangeValue(wx(l.logoPath));

    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("The office's logo"), wxString(), logo_->GetValue(),
                            _("Pictures (*.png;*.svg)|*.png;*.svg"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() == wxID_OK) logo_->ChangeValue(dialog.GetPath());
    });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->save(); });
    save->SetDefault();
    SetEscapeId(wxID_CANCEL);
    SetSizerAndFit(column);
    CentreOnParent();
}

LetterheadDialog::~LetterheadDialog() = default;

bool LetterheadDialog::save()
{
    messages_->clear();
    Letterhead l;
    l.officeName = utf8(name_->GetValue());
    l.address = utf8(address_->GetValue());
    l.phones = utf8(phones_->GetValue());
    l.vatNumber = utf8(vatNumber_->GetValue());
    l.logoPath = utf8(logo_->GetValue());
    try {
        services::SettingsService(office_).setLetterhead(l);
    } catch (const std::exception& e) {
        messages_->show(e);
        return false;
    }
    EndModal(wxID_OK);
    return true;
}

} // namespace praklit::ui
