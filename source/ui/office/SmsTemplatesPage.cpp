#include "ui/office/SmsTemplatesPage.h"

#include "services/SmsService.h"
#include "ui/office/SmsTemplateDialog.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

namespace {

// A template's text on one line of the list: its line breaks as spaces.
wxString oneLine(const std::string& body)
{
    wxString shown = wx(body);
    shown.Replace("\n", " ");
    return shown;
}

} // namespace

SmsTemplatesPage::SmsTemplatesPage(wxWindow* parent, services::OfficeSession& office)
    : SettingsPage(parent, "sms_templates_page", "templates_message"), office_(office),
      editable_(office.can(Permission::ManageTemplates))
{
    const int gap = FromDIP(8);
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    auto button = [&](const wxString& label, const char* name, void (SmsTemplatesPage::*action)()) {
        auto* b = new wxButton(this, XRCID(name), label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
        b->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) { (this->*action)(); });
        b->Enable(editable_);
        actions->Add(b, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(3)));
    };
    button(_("&Add"), "add_template", &SmsTemplatesPage::addTemplate);
    button(_("&Edit"), "edit_template", &SmsTemplatesPage::editTemplate);
    button(_("&Delete"), "delete_template", &SmsTemplatesPage::deleteTemplate);
    column()->Add(actions, wxSizerFlags().Border(wxALL, gap));

    empty_ = note(this, _("No templates yet: add one with [Add]."));
    column()->Add(empty_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    list_ = new RecordList(this, "templates");
    list_->textColumn(_("Name"), FromDIP(170));
    list_->textColumn(_("Type"), FromDIP(150));
    list_->textColumn(_("Text"), FromDIP(380));
    list_->SetMinSize(FromDIP(wxSize(-1, 260)));
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (editable_) editTemplate();
    });
    column()->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    finish(_("Only a user who manages templates changes these."), false);
    showReadOnly(!editable_);
    refresh();
}

void SmsTemplatesPage::showProblem(const wxString& sentence)
{
    auto* message = static_cast<wxStaticText*>(FindWindow(XRCID("templates_message")));
    message->SetLabel(sentence);
    message->Wrap(GetClientSize().x - FromDIP(24));
    Layout();
}

void SmsTemplatesPage::refresh()
{
    const int64_t chosen = list_->selectedId();
    try {
        templates_ = services::SmsService(office_).templates();
    } catch (const std::exception& e) {
        showProblem(wx(e.what()));
        return;
    }
    list_->clearRows();
    for (const auto& t : templates_) list_->addRow(t.id, {wx(t.name), wx(typeName(t.type)), oneLine(t.text)});
    list_->selectId(chosen);
    empty_->Show(templates_.empty());
    Layout();
}

const SmsTemplate* SmsTemplatesPage::selected() const
{
    const int64_t id = list_->selectedId();
    for (const auto& t : templates_)
        if (t.id == id) return &t;
    return nullptr;
}

void SmsTemplatesPage::addTemplate()
{
    showProblem(wxString());
    SmsTemplateDialog dialog(wxGetTopLevelParent(this), office_, SmsTemplate{});
    if (dialog.ShowModal() != wxID_OK) return;
    refresh();
    list_->selectId(dialog.saved().id);
}

void SmsTemplatesPage::editTemplate()
{
    showProblem(wxString());
    const SmsTemplate* t = selected();
    if (!t) return showProblem(_("Choose a template in the list first."));
    SmsTemplateDialog dialog(wxGetTopLevelParent(this), office_, *t);
    dialog.ShowModal();
    refresh(); // saved, or changed by another user meanwhile
}

void SmsTemplatesPage::deleteTemplate()
{
    showProblem(wxString());
    const SmsTemplate* t = selected();
    if (!t) return showProblem(_("Choose a template in the list first."));
    const int64_t id = t->id;
    wxMessageDialog ask(wxGetTopLevelParent(this), wxString::Format(_("Delete the template \"%s\"?"), wx(t->name)),
                        _("Praklit"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Delete"), _("&Keep"));
    if (ask.ShowModal() != wxID_YES) return;
    try {
        services::SmsService(office_).deleteTemplate(id);
    } catch (const std::exception& e) {
        showProblem(wx(e.what()));
    }
    refresh();
}

} // namespace praklit::ui
