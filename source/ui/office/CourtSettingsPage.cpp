#include "ui/office/CourtSettingsPage.h"

#include "text/Bidi.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

CourtSettingsPage::CourtSettingsPage(wxWindow* parent) : SettingsPage(parent, "court_page", "court_message")
{
    const int margin = FromDIP(12);
    auto* grid = new wxFlexGridSizer(3, FromDIP(6), FromDIP(8));
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text) { grid->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().CenterVertical()); };
    // Named as the service names its fields, so a refusal's sentence lands here.
    auto field = [&](const char* name, const wxString& hint) {
        auto* text = new wxTextCtrl(this, XRCID(name), wxString(), wxDefaultPosition, FromDIP(wxSize(320, -1)), 0,
                                    wxDefaultValidator, name);
        text->SetLayoutDirection(wxLayout_LeftToRight); // an address, a path
        if (!hint.empty()) text->SetHint(hint);
        grid->Add(text, wxSizerFlags().Expand().CenterVertical());
        return text;
    };
    auto noteRow = [&](const wxString& text) {
        grid->AddSpacer(0);
        grid->Add(note(this, text));
        grid->AddSpacer(0);
    };
    label(_("Court &gateway's address:"));
    url_ = field("court_url", wx(text::ltr("https://gateway.example.co.il")));
    grid->AddSpacer(0);
    noteRow(_("The gateway for registered software vendors that the office receives its cases' documents through."));
    label(_("Its certificate &authority:"));
    caFile_ = field("ca_file", wxString());
    auto* browse = new wxButton(this, wxID_ANY, _("&Browse…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                "browse_ca");
    grid->Add(browse, wxSizerFlags().CenterVertical());
    noteRow(_("A PEM file; empty: the certificate authorities this computer trusts."));
    label(_("Cases downloaded at &once:"));
    parallel_ = new wxSpinCtrl(this, XRCID("parallel"), wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 16,
                               4, "parallel");
    grid->Add(parallel_, wxSizerFlags().CenterVertical());
    grid->AddSpacer(0);
    label(_("Upcoming hearings on the home screen, &days:"));
    upcomingDays_ = new wxSpinCtrl(this, XRCID("upcoming_days"), wxString(), wxDefaultPosition, wxDefaultSize,
                                   wxSP_ARROW_KEYS, 1, 365, 14, "upcoming_days");
    grid->Add(upcomingDays_, wxSizerFlags().CenterVertical());
    grid->AddSpacer(0);
    column()->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));

    // The user's own card: linked and checked at once, not at [OK].
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("My smart card"));
    card_ = new wxStaticText(box->GetStaticBox(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "linked_card");
    box->Add(card_, wxSizerFlags().Border(wxALL, FromDIP(8)));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    link_ = new wxButton(box->GetStaticBox(), wxID_ANY, _("&Link smart card…"), wxDefaultPosition, wxDefaultSize, 0,
                         wxDefaultValidator, "link_card");
    check_ = new wxButton(box->GetStaticBox(), wxID_ANY, _("&Check the card and its code…"), wxDefaultPosition,
                          wxDefaultSize, 0, wxDefaultValidator, "check_card");
    buttons->Add(link_);
    buttons->Add(check_, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    box->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    column()->Add(box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    finish(_("Only a user who manages users and settings changes the gateway's settings."));

    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog choose(this, _("The court gateway's certificate authority"), wxString(), wxString(),
                            _("Certificates") + " (*.pem;*.crt)|*.pem;*.crt", wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (choose.ShowModal() == wxID_OK) caFile_->SetValue(choose.GetPath());
    });
    link_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!values_.link) return;
        if (auto linked = values_.link(this)) {
            values_.card = linked;
            showCard(values_.card);
        }
    });
    check_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (values_.check) values_.check(this);
    });
}

void CourtSettingsPage::showCard(const std::optional<services::LinkedCard>& card)
{
    if (!card)
        card_->SetLabel(_("No card is linked to your user yet."));
    else
        // TRANSLATORS: the linked card: %1$s its holder, %2$s the date it ends, %3$s the start of its fingerprint
        card_->SetLabel(wxString::Format(_("The card of %1$s, valid until %2$s.\nFingerprint: %3$s"),
                                         wx(text::isolate(card->holder)), displayDate(card->notAfter),
                                         wx(text::ltr(card->fingerprint.substr(0, 32) + "…"))));
    check_->Enable(card.has_value() && values_.check);
    Layout();
}

void CourtSettingsPage::show(const SystemSettingsDialog::Values::Court& court)
{
    values_ = court;
    url_->ChangeValue(wx(court.settings.gateway.url));
    caFile_->ChangeValue(wx(court.settings.gateway.caFile));
    parallel_->SetValue(court.settings.parallel);
    upcomingDays_->SetValue(court.settings.upcomingDays);
    for (wxWindow* w : std::initializer_list<wxWindow*>{url_, caFile_, parallel_, upcomingDays_}) w->Enable(court.editable);
    link_->Enable(bool(court.link));
    showCard(court.card);
    showReadOnly(!court.editable);
}

void CourtSettingsPage::read(SystemSettingsDialog::Values::Court& court) const
{
    court.settings.gateway.url = utf8(url_->GetValue().Strip(wxString::both));
    court.settings.gateway.caFile = utf8(caFile_->GetValue().Strip(wxString::both));
    court.settings.parallel = parallel_->GetValue();
    court.settings.upcomingDays = upcomingDays_->GetValue();
    court.card = values_.card;
}

} // namespace praklit::ui
