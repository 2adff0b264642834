#include "ui/court/LinkCardDialog.h"

#include "text/Bidi.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

LinkCardDialog::LinkCardDialog(wxWindow* parent, services::OfficeSession& office)
    : wxDialog(parent, wxID_ANY, _("Link smart card"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
               "link_card"),
      office_(office)
{
    const int margin = FromDIP(12);
    const int width = FromDIP(520);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Insert the card in its reader. Choose the card's software, find the readers, and "
                                     "choose the certificate you sign with. Praklit keeps which certificate it is, never "
                                     "its key or the card's code."));
    intro->Wrap(width);
    column->Add(intro, wxSizerFlags().Border(wxALL, margin));

    auto* grid = new wxFlexGridSizer(3, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1);
    std::vector<std::string> modules;
    try {
        modules = services::CourtService(office_).defaultModules();
    } catch (const std::exception&) {
        // No defaults: the person types or browses the path.
    }
    grid->Add(new wxStaticText(this, wxID_ANY, _("Card &software (PKCS#11 module):")), wxSizerFlags().CenterVertical());
    module_ = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(FromDIP(300), -1), 0, nullptr, 0,
                             wxDefaultValidator, "module");
    for (const auto& m : modules) module_->Append(wx(m));
    if (!modules.empty()) module_->SetValue(wx(modules.front()));
    module_->SetLayoutDirection(wxLayout_LeftToRight); // a path
    grid->Add(module_, wxSizerFlags().Expand());
    auto* browse = new wxButton(this, wxID_ANY, _("&Browse…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                "browse_module");
    grid->Add(browse);

    grid->Add(new wxStaticText(this, wxID_ANY, _("&Reader:")), wxSizerFlags().CenterVertical());
    slot_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "slot");
    grid->Add(slot_, wxSizerFlags().Expand());
    auto* find = new wxButton(this, wxID_ANY, _("&Find readers"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                              "find_readers");
    grid->Add(find);

    grid->Add(new wxStaticText(this, wxID_ANY, _("C&ertificate:")), wxSizerFlags().CenterVertical());
    certificate_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                                "certificate");
    grid->Add(certificate_, wxSizerFlags().Expand());
    grid->AddSpacer(0);
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, margin));

    // Room for what comes later from the card, made now: a dialog right to
    // left that grows once shown has GTK place its controls off their mirror.
    details_ = new wxStaticText(this, wxID_ANY, "\n\n", wxDefaultPosition, wxDefaultSize, 0, "details");
    details_->SetMinSize(wxSize(width, details_->GetBestSize().y));
    column->Add(details_, wxSizerFlags().Border(wxALL, margin));
    message_ = makeFormMessage(this, width);
    message_->SetLabel("\n");
    message_->SetMinSize(wxSize(width, message_->GetBestSize().y));
    message_->SetLabel(wxString());
    column->Add(message_, wxSizerFlags().Border(wxLEFT | wxRIGHT, margin));
    addFormButtons(this, column, _("Cancel"), _("&Link"), "link", [this] { link(); });
    link_ = static_cast<wxButton*>(FindWindow("link"));
    SetEscapeId(wxID_CANCEL);

    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog choose(this, _("The card's software"), wxString(), wxString(),
                            _("Smart card modules") + " (*.so;*.dylib;*.dll)|*.so;*.dylib;*.dll", wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (choose.ShowModal() == wxID_OK) {
            module_->SetValue(choose.GetPath());
            findReaders();
        }
    });
    find->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { findReaders(); });
    slot_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { findCertificates(); });
    certificate_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { enable(); });
    // Wide enough now for the readers' and certificates' names that come
    // later: GTK widens a window past its layout for a longer choice, and a
    // window right to left then shows its controls off their places.
    for (wxWindow* w : std::initializer_list<wxWindow*>{module_, slot_, certificate_})
        w->SetMinSize(wxSize(FromDIP(380), -1));
    SetSizerAndFit(column);
    CentreOnParent();
    enable();
}

void LinkCardDialog::say(const wxString& sentence)
{
    showFormMessage(message_, sentence);
    Layout();
}

void LinkCardDialog::enable()
{
    const int chosen = certificate_->GetSelection();
    if (link_) link_->Enable(chosen != wxNOT_FOUND);
    if (chosen == wxNOT_FOUND || size_t(chosen) >= certificates_.size()) {
        details_->SetLabel(wxString());
    } else {
        const auto& c = certificates_[size_t(chosen)];
        // TRANSLATORS: a certificate on the card: %1$s its holder, %2$s who issued it, %3$s and %4$s its dates
        details_->SetLabel(wxString::Format(_("Holder: %1$s\nIssued by: %2$s\nValid from %3$s until %4$s"),
                                            wx(text::isolate(c.holder)), wx(text::isolate(c.issuer)),
                                            displayDate(c.notBefore), displayDate(c.notAfter)));
    }
    Layout();
}

void LinkCardDialog::findReaders()
{
    message_->SetLabel(wxString()); // not showFormMessage: the window keeps its size
    slot_->Clear();
    certificate_->Clear();
    certificates_.clear();
    try {
        slots_ = services::CourtService(office_).slots(utf8(module_->GetValue()));
    } catch (const std::exception& e) {
        slots_.clear();
        say(wx(e.what()));
        enable();
        return;
    }
    int first = wxNOT_FOUND;
    for (size_t i = 0; i < slots_.size(); ++i) {
        const auto& s = slots_[i];
        wxString line = wx(text::isolate(s.description));
        // TRANSLATORS: a card reader with no card in it, in the list of readers
        line += s.cardPresent ? wxString::FromUTF8(" — ") + wx(text::isolate(s.tokenLabel)) : " " + _("(no card)");
        slot_->Append(line);
        if (first == wxNOT_FOUND && s.cardPresent) first = int(i);
    }
    if (slots_.empty()) {
        say(_("The card's software sees no reader: connect the reader and find again."));
    } else if (first == wxNOT_FOUND) {
        say(_("There is no card in the readers: insert the card and find again."));
    } else {
        slot_->SetSelection(first);
        findCertificates();
        return;
    }
    enable();
}

void LinkCardDialog::findCertificates()
{
    message_->SetLabel(wxString()); // not showFormMessage: the window keeps its size
    certificate_->Clear();
    certificates_.clear();
    const int s = slot_->GetSelection();
    if (s == wxNOT_FOUND || size_t(s) >= slots_.size()) {
        enable();
        return;
    }
    try {
        certificates_ = services::CourtService(office_).certificates(utf8(module_->GetValue()), slots_[size_t(s)].id);
    } catch (const std::exception& e) {
        say(wx(e.what()));
        enable();
        return;
    }
    for (const auto& c : certificates_)
        certificate_->Append(wx(text::isolate(c.holder)) + wxString::FromUTF8(" — ") + wx(text::isolate(c.label)));
    if (certificates_.empty()) say(_("The card in this reader holds no certificate."));
    else certificate_->SetSelection(0);
    enable();
}

void LinkCardDialog::link()
{
    const int s = slot_->GetSelection();
    const int c = certificate_->GetSelection();
    if (s == wxNOT_FOUND || c == wxNOT_FOUND || size_t(s) >= slots_.size() || size_t(c) >= certificates_.size()) {
        say(_("Choose the reader and the certificate first."));
        return;
    }
    try {
        linked_ = services::CourtService(office_).linkCard(utf8(module_->GetValue()), slots_[size_t(s)].id,
                                                           certificates_[size_t(c)].id);
    } catch (const std::exception& e) {
        say(wx(e.what()));
        return;
    }
    closeForm(this, wxID_OK);
}

} // namespace praklit::ui
