#include "ui/widgets/RecordDialog.h"

#include "ui/widgets/MessageBar.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

RecordDialog::RecordDialog(wxWindow* parent, const wxString& title, const char* formName,
                           std::map<std::string, std::string> aliases)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      form_(wxXmlResource::Get()->LoadPanel(this, formName)), bar_(new MessageBar(this)),
      messages_(form_, bar_, std::move(aliases))
{
    wxASSERT_MSG(form_, formName);
    auto* buttons = new wxStdDialogButtonSizer;
    // Our own labels: GTK's stock ones follow the system's language, not the
    // office's. A label equal to wx's stock label of its id (as our catalog
    // translates it) turns into GTK's stock button, so [Cancel] has an id of
    // its own and is the escape button by SetEscapeId.
    auto* saveButton = new wxButton(this, wxID_OK, _("&Save"));
    auto* cancelButton = new wxButton(this, wxID_ANY, _("Cancel"), wxDefaultPosition, wxDefaultSize, 0,
                                      wxDefaultValidator, "cancel");
    saveButton->SetDefault();
    buttons->SetAffirmativeButton(saveButton);
    buttons->SetCancelButton(cancelButton);
    buttons->Realize();
    SetEscapeId(cancelButton->GetId());

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(form_, wxSizerFlags(1).Expand());
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    SetSizer(column);

    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); }, wxID_OK);
    Bind(wxEVT_INIT_DIALOG, [this](wxInitDialogEvent& event) {
        event.Skip(); // wx moves the values into the controls
        // The first field in reading order, not the [Save] button.
        CallAfter([this] { form_->SetFocus(); });
    });
}

wxWindow* RecordDialog::control(const char* name) const
{
    wxWindow* window = wxWindow::FindWindowByName(name, form_);
    wxASSERT_MSG(window, name);
    return window;
}

void RecordDialog::save()
{
    messages_.clear();
    if (!Validate() || !TransferDataFromWindow()) return;
    try {
        saveValues();
    } catch (const std::exception& e) {
        std::function<void()> reload;
        if (reload_)
            reload = [this] {
                try {
                    reload_();
                    TransferDataToWindow();
                } catch (const std::exception& again) {
                    messages_.show(again); // deleted meanwhile, or the office is unreachable
                }
            };
        messages_.show(e, reload);
        return;
    }
    if (IsModal()) EndModal(wxID_OK);
    else {
        SetReturnCode(wxID_OK);
        Hide();
    }
}

} // namespace praklit::ui
