#pragma once
#include "services/SmsService.h"

#include <wx/dialog.h>
#include <wx/timer.h>

#include <memory>
#include <optional>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxDataViewListCtrl;
class wxRadioButton;
class wxStaticText;
class wxTextCtrl;

namespace praklit::ui {

class FormMessages;
class MessageBar;
class SmsTimeField;

// שליחת SMS (the client card's or the case card's [Send SMS], or a contact's
// [SMS]): whom to (the client's and its contacts' numbers, mobiles first, or
// another number typed), a template or a text of one's own, what each
// recipient will get with the placeholders filled, what it costs, and now or
// at a time. [Send] is one SmsService::send; a refusal is one sentence on the
// form and nothing typed is lost. Each recipient's message is then in the
// SMS tab.
class SendSmsDialog : public wxDialog {
public:
    // `contactId`: opened for that contact, whose mobile is ticked instead of
    // the client's own.
    SendSmsDialog(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId,
                  int64_t contactId = 0);
    ~SendSmsDialog() override;

    // [Send]: true when the messages are saved (the dialog then closed).
    bool send();
    const std::vector<SmsMessage>& sent() const { return sent_; }

    // What the dialog holds, for tests and for the buttons' work.
    struct Recipient {
        services::SmsRecipient recipient;
        wxCheckBox* box = nullptr;
    };
    const std::vector<Recipient>& recipients() const { return recipients_; }
    void tick(size_t row, bool ticked);
    void typeOtherNumber(const wxString& number);
    wxTextCtrl* textBox() const { return text_; }
    // Chooses the template of that name ("" for none); false when none is called so.
    bool chooseTemplate(const wxString& name);
    void schedule(bool later);
    SmsTimeField* when() const { return when_; }
    wxString counter() const;
    // Each recipient's text as it will go, asked of the service now (typing
    // asks it a moment after the last key).
    void refreshPreview();
    const std::vector<services::SmsPreview>& previews() const { return previews_; }
    wxString previewNote() const;
    wxDataViewListCtrl* previewList() const { return previewList_; }
    MessageBar* messageBar() const { return bar_; }
    FormMessages& messages() { return *messages_; }

private:
    void fillRecipients(int64_t contactId);
    void fillTemplates();
    services::SmsRequest request(bool withTime) const;
    void textChanged();
    void showCounter();
    void showPreviewNote(const wxString& sentence, bool problem);
    // Asks before sending to a 05X number the numbering plan does not know
    // yet; false when it is not such a number or the person declined.
    bool confirmNewRange(const std::string& typed);
    void showRefusal(const std::exception& refusal);

    services::OfficeSession& office_;
    int64_t clientId_;
    int64_t caseId_;
    MessageBar* bar_ = nullptr;
    std::unique_ptr<FormMessages> messages_;
    wxWindow* recipientsPanel_ = nullptr;
    std::vector<Recipient> recipients_;
    wxCheckBox* other_ = nullptr;
    wxTextCtrl* otherNumber_ = nullptr;
    std::string confirmedNumber_; // a new-range number the person confirmed
    wxChoice* template_ = nullptr;
    wxStaticText* templateType_ = nullptr;
    std::vector<SmsTemplate> templates_;
    wxTextCtrl* text_ = nullptr;
    wxStaticText* counter_ = nullptr;
    wxDataViewListCtrl* previewList_ = nullptr;
    wxStaticText* previewNote_ = nullptr;
    std::vector<services::SmsPreview> previews_;
    bool previewCurrent_ = false; // previews_ are of what the form holds now
    wxTimer previewTimer_;
    wxRadioButton* now_ = nullptr;
    wxRadioButton* later_ = nullptr;
    SmsTimeField* when_ = nullptr;
    std::vector<SmsMessage> sent_;
};

// The [Send SMS] button of a card's top row, or null when the module is off
// or the user may not send: a module that is off has no buttons.
wxButton* sendSmsButton(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId,
                        MessageBar* bar);
// Opens the dialog over `window`'s card; once sent, the cards' SMS tabs read
// their messages again and `bar` says what was saved and when it goes.
void openSendSms(wxWindow* window, services::OfficeSession& office, int64_t clientId, int64_t caseId, int64_t contactId,
                 MessageBar* bar);

} // namespace praklit::ui
