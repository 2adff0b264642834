#pragma once
#include "domain/Sms.h"

#include <wx/panel.h>

#include <optional>

class wxButton;
class wxChoice;
class wxDataViewCtrl;
class wxStaticText;

namespace praklit::services {
class OfficeSession;
}

namespace praklit::ui {

class MessageBar;
class SmsListModel;

// הודעות SMS: the tab of a client card (caseId 0: all the client's
// messages) or of a case card (the messages tied to the case): each message's
// time, recipient and number, text, sender, case, parts and state, read page
// by page. A scheduled message can be edited or cancelled, a failed one sent
// again; each is one service call, refused with one sentence in the card's bar.
class SmsPanel : public wxPanel {
public:
    SmsPanel(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId, MessageBar* bar);
    ~SmsPanel() override;

    // Every open SMS tab of the client reads its messages again (a message was sent).
    static void reloadFor(int64_t clientId);

    void reload();
    wxDataViewCtrl* list() const { return list_; }
    SmsListModel& model() const { return *model_; }
    const SmsMessage* selected() const;
    void select(int64_t messageId);
    void filterBy(std::optional<SmsState> state);

    // The buttons' work, on the selected message.
    void editSelected();
    void cancelSelected();
    void resendSelected();

private:
    void enableButtons();
    bool attempt(const std::function<void()>& call);

    services::OfficeSession& office_;
    int64_t clientId_;
    int64_t caseId_;
    MessageBar* bar_;
    SmsListModel* model_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxChoice* state_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* cancel_ = nullptr;
    wxButton* resend_ = nullptr;
    wxStaticText* empty_ = nullptr;
};

} // namespace praklit::ui
