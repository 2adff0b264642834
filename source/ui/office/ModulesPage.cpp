#include "ui/office/ModulesPage.h"

#include "domain/Module.h"
#include "ui/widgets/Utf8.h"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

ModulesPage::ModulesPage(wxWindow* parent) : SettingsPage(parent, "modules_page", "modules_message")
{
    const int margin = FromDIP(12);
    auto* intro = new wxStaticText(this, wxID_ANY, _("The modules the office has bought. A module that is off shows nothing "
                                                     "anywhere in Praklit, for every user of the office."));
    intro->Wrap(FromDIP(520));
    column()->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));

    // The modules' names are the domain's, as the CLI and the refusals say them.
    sms_ = new wxCheckBox(this, XRCID("module_sms"), "&" + wx(moduleName(Module::Sms)), wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "module_sms");
    column()->Add(sms_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column()->Add(note(this, _("Send SMS from the client and case cards, scheduled or at once, from templates.")),
                  wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(36)));
    court_ = new wxCheckBox(this, XRCID("module_court"), "&" + wx(moduleName(Module::Court)), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "module_court");
    column()->Add(court_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column()->Add(note(this, _("Download court documents and hearings for the office's cases.")),
                  wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(36)));
    column()->Add(note(this, _("A module's own pages appear here the next time System settings are opened.")),
                  wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    finish(_("Only a user who manages users and settings changes these."));
}

void ModulesPage::show(const SystemSettingsDialog::Values::Modules& modules)
{
    sms_->SetValue(modules.sms);
    court_->SetValue(modules.court);
    sms_->Enable(modules.editable);
    court_->Enable(modules.editable);
    showReadOnly(!modules.editable);
}

void ModulesPage::read(SystemSettingsDialog::Values::Modules& modules) const
{
    modules.sms = sms_->GetValue();
    modules.court = court_->GetValue();
}

} // namespace praklit::ui
