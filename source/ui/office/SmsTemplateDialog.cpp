#include "ui/office/SmsTemplateDialog.h"

#include "ui/sms/SmsWording.h"

#include "domain/Error.h"
#include "services/ClientService.h"
#include "services/SmsService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <array>

namespace praklit::ui {

namespace {

// In the order the type choice lists them.
constexpr std::array kTemplateTypes = {TemplateType::None, TemplateType::General, TemplateType::ClientCollection,
                                       TemplateType::DebtorCollection, TemplateType::DirectDebit};


// "{client_name}": a placeholder as a template's text writes it.
std::string braced(std::string_view placeholder)
{
    std::string out(1, '{');
    out.append(placeholder);
    out.push_back('}');
    return out;
}

} // namespace

SmsTemplateDialog::SmsTemplateDialog(wxWindow* parent, services::OfficeSession& office, SmsTemplate t)
    : RecordDialog(parent, t.id ? _("Edit SMS template") : _("New SMS template"), "SmsTemplateForm"), office_(office),
      template_(std::move(t)), typing_(this)
{
    auto* type = control<wxChoice>("type");
    for (TemplateType kind : kTemplateTypes) type->Append(wx(typeName(kind)));
    auto* placeholders = control<wxListBox>("placeholders");
    // "{client_name} — client name": the code as it is written in the text,
    // and what it stands for in the office's words.
    for (std::string_view p : kSmsPlaceholders)
        placeholders->Append(isolated(braced(p)) + wxString::FromUTF8(" — ") + wx(placeholderName(p)));
    control("preview_client")->SetLayoutDirection(wxLayout_LeftToRight);

    control("text")->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        updateCounter();
        // The preview reads the client and the case: after a pause in the typing.
        if (previewClient_) typing_.StartOnce(200);
        event.Skip();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { updatePreview(); });
    placeholders->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& event) { insertPlaceholder(event.GetSelection()); });
    control("insert_placeholder")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        insertPlaceholder(control<wxListBox>("placeholders")->GetSelection());
    });
    control("preview_client")->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        long number = 0;
        const bool read = control<wxTextCtrl>("preview_client")->GetValue().Trim().Trim(false).ToLong(&number);
        previewClient_ = read && number > 0 ? number : 0;
        updatePreview();
    });
    control("find_client")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { findClient(); });
    if (template_.id) {
        const int64_t id = template_.id;
        setReload([this, id] {
            for (const auto& stored : services::SmsService(office_).templates())
                if (stored.id == id) {
                    template_ = stored;
                    return;
                }
            notFound(utf8(_("Another user deleted this template meanwhile.")));
        });
    }
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

bool SmsTemplateDialog::TransferDataToWindow()
{
    control<wxTextCtrl>("name")->ChangeValue(wx(template_.name));
    const auto found = std::find(kTemplateTypes.begin(), kTemplateTypes.end(), template_.type);
    control<wxChoice>("type")->SetSelection(found == kTemplateTypes.end() ? 0 : int(found - kTemplateTypes.begin()));
    control<wxTextCtrl>("text")->ChangeValue(wx(template_.text));
    updateCounter();
    updatePreview();
    return RecordDialog::TransferDataToWindow();
}

bool SmsTemplateDialog::TransferDataFromWindow()
{
    template_.name = trimmedUtf8(control<wxTextCtrl>("name")->GetValue());
    const int type = control<wxChoice>("type")->GetSelection();
    template_.type = type >= 0 ? kTemplateTypes[size_t(type)] : TemplateType::None;
    template_.text = utf8(control<wxTextCtrl>("text")->GetValue());
    return RecordDialog::TransferDataFromWindow();
}

void SmsTemplateDialog::saveValues() { template_ = services::SmsService(office_).saveTemplate(template_); }

void SmsTemplateDialog::insertPlaceholder(int index)
{
    if (index < 0 || index >= int(std::size(kSmsPlaceholders))) return;
    auto* body = control<wxTextCtrl>("text");
    // Where the cursor is, over what is selected, as typing would.
    body->WriteText(wx(braced(kSmsPlaceholders[size_t(index)])));
    body->SetFocus();
}

void SmsTemplateDialog::previewFor(int64_t clientId)
{
    control<wxTextCtrl>("preview_client")->ChangeValue(clientId ? wxString::Format("%lld", static_cast<long long>(clientId))
                                                                : wxString());
    previewClient_ = clientId;
    updatePreview();
}

void SmsTemplateDialog::findClient()
{
    // The number field may hold a name or part of one: the search screen's search.
    const std::string typed = trimmedUtf8(control<wxTextCtrl>("preview_client")->GetValue());
    std::vector<ClientSummary> found;
    try {
        found = services::ClientService(office_).find(typed, 0, 50);
    } catch (const std::exception& e) {
        messages().showAt("preview_client", wx(e.what()));
        return;
    }
    if (found.empty()) {
        messages().showAt("preview_client", _("No client found: type part of a name, an ID number or a phone."));
        return;
    }
    wxArrayString names;
    for (const auto& c : found) names.Add(wx(text::isolate(c.displayName)) + wxString::FromUTF8(" · ") + isolated(std::to_string(c.id)));
    wxSingleChoiceDialog pick(this, _("The client whose values fill the preview:"), _("Find a client"), names);
    labelStockButtons(&pick, _("&Choose"));
    if (pick.ShowModal() != wxID_OK || pick.GetSelection() < 0) return;
    previewFor(found[size_t(pick.GetSelection())].id);
}

void SmsTemplateDialog::updateCounter()
{
    control<wxStaticText>("counter")->SetLabel(smsCostText(utf8(control<wxTextCtrl>("text")->GetValue())));
    // Not stretched to the column: GTK would put a stretched label's text at
    // the left edge, right to left too.
    form()->Layout();
}

void SmsTemplateDialog::updatePreview()
{
    auto* shown = control<wxTextCtrl>("preview");
    auto* note = control<wxStaticText>("preview_note");
    auto* name = control<wxStaticText>("preview_client_name");
    if (!previewClient_) {
        shown->ChangeValue(wxString());
        name->SetLabel(wxString());
        note->SetLabel(_("Type a client's number, or find one, to see the text as the client would get it."));
        form()->Layout();
        return;
    }
    try {
        name->SetLabel(wx(services::ClientService(office_).get(previewClient_).displayName()));
        const FilledText filled =
            services::SmsService(office_).fill(utf8(control<wxTextCtrl>("text")->GetValue()), previewClient_, 0);
        shown->ChangeValue(wx(filled.text));
        wxString missing;
        for (const auto& p : filled.missing) missing += (missing.empty() ? "" : ", ") + wx(placeholderName(p));
        note->SetLabel(missing.empty() ? wxString()
                                       // TRANSLATORS: %s lists placeholders, e.g. "case number, next hearing"
                                       : wxString::Format(_("No value for this client: %s (left as written)."), missing));
    } catch (const std::exception& e) {
        shown->ChangeValue(wxString());
        name->SetLabel(wxString());
        note->SetLabel(wx(e.what()));
    }
    note->Wrap(shown->GetSize().x);
    form()->Layout();
}

wxString SmsTemplateDialog::counter() const { return control<wxStaticText>("counter")->GetLabel(); }

wxString SmsTemplateDialog::preview() const { return control<wxTextCtrl>("preview")->GetValue(); }

} // namespace praklit::ui
