#pragma once
#include "domain/Sms.h"

#include <wx/dialog.h>

#include <memory>

class wxStaticText;
class wxTextCtrl;

namespace praklit::services {
class OfficeSession;
}

namespace praklit::ui {

class FormMessages;
class MessageBar;
class SmsTimeField;

// A scheduled message not yet sent (SMS tab → [Edit]): its text and when it
// goes. [Save] is one SmsService::edit with the version it was read at; one
// claimed by a dispatcher meanwhile is refused with the service's sentence,
// and what was typed stays.
class EditSmsDialog : public wxDialog {
public:
    EditSmsDialog(wxWindow* parent, services::OfficeSession& office, const SmsMessage& message);
    ~EditSmsDialog() override;

    bool save(); // true when saved (the dialog then closed)
    const SmsMessage& message() const { return message_; }
    wxTextCtrl* textBox() const { return text_; }
    SmsTimeField* when() const { return when_; }
    wxString counter() const;
    MessageBar* messageBar() const { return bar_; }
    FormMessages& messages() { return *messages_; }

private:
    void showCounter();

    services::OfficeSession& office_;
    SmsMessage message_;
    MessageBar* bar_ = nullptr;
    std::unique_ptr<FormMessages> messages_;
    wxTextCtrl* text_ = nullptr;
    wxStaticText* counter_ = nullptr;
    SmsTimeField* when_ = nullptr;
};

} // namespace praklit::ui
