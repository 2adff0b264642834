#include "ui/sms/EditSmsDialog.h"

#include "services/SmsService.h"
#include "ui/sms/SmsTimeField.h"
#include "ui/sms/SmsWording.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <map>

namespace praklit::ui {

EditSmsDialog::EditSmsDialog(wxWindow* parent, services::OfficeSession& office, const SmsMessage& message)
    : wxDialog(parent, wxID_ANY, _("Edit scheduled message"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "edit_sms"),
      office_(office), message_(message)
{
    const int gap = FromDIP(6);
    bar_ = new MessageBar(this);
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().Border(wxTOP, FromDIP(3)));
    };
    label(_("Recipient:"));
    grid->Add(new wxStaticText(this, wxID_ANY, smsRecipientText(message_.recipientName, message_.e164),
                               wxDefaultPosition, wxDefaultSize, 0, "recipient"),
              wxSizerFlags().Border(wxTOP, FromDIP(3)));
    label(_("Te&xt:"));
    text_ = new wxTextCtrl(this, wxID_ANY, wx(message_.text), wxDefaultPosition, FromDIP(wxSize(460, 96)),
                           wxTE_MULTILINE, wxDefaultValidator, "text");
    grid->Add(text_, wxSizerFlags(1).Expand());
    grid->AddSpacer(0);
    counter_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "counter");
    grid->Add(counter_);
    label(_("Send &on:"));
    const auto due = text::parseTimestamp(message_.dueAt).value_or(text::now());
    when_ = new SmsTimeField(this, office_, due);
    grid->Add(when_);
    grid->AddGrowableRow(1, 1);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, gap * 2));
    auto* cancel = addFormButtons(this, column, _("Cancel"), _("&Save"), "save", [this] { save(); });
    messages_ = std::make_unique<FormMessages>(this, bar_, std::map<std::string, std::string>{{"at", "when"}});
    SetEscapeId(cancel->GetId());
    text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { showCounter(); });
    showCounter();
    SetSizerAndFit(column);
    SetMinSize(GetSize());
    CentreOnParent();
    text_->SetFocus();
}

EditSmsDialog::~EditSmsDialog() = default;

void EditSmsDialog::showCounter()
{
    // One recipient, and its text as it goes: a stored message has no placeholder left.
    const std::string typed = utf8(text_->GetValue());
    counter_->SetLabel(smsCounterText({typed}, typed));
    Layout();
}

wxString EditSmsDialog::counter() const { return counter_->GetLabel(); }

bool EditSmsDialog::save()
{
    messages_->clear();
    try {
        // The time as it was stays as it was: a message waiting for the
        // office's hours may be past its due time and still be edited.
        const auto was = text::parseTimestamp(message_.dueAt);
        const auto chosen = when_->value();
        std::optional<text::Timestamp> at;
        if (!was || text::toIsraelDisplay(*was) != text::toIsraelDisplay(chosen)) at = chosen;
        message_ = services::SmsService(office_).edit(message_.id, message_.version, utf8(text_->GetValue()), at);
    } catch (const std::exception& e) {
        messages_->show(e);
        return false;
    }
    if (IsModal()) EndModal(wxID_OK);
    else {
        SetReturnCode(wxID_OK);
        Hide();
    }
    return true;
}

} // namespace praklit::ui
