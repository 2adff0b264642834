#pragma once
#include "services/ClientService.h"
#include "services/OfficeSession.h"

#include <wx/panel.h>

#include <functional>

class wxButton;
class wxStaticText;

namespace praklit::ui {

class MessageBar;

// A tab of the client card that lists records and changes them through
// dialogs: each change goes to the service at once, then the card reads the
// lists again (`changed`). A refusal that no dialog shows goes to the card's bar.
class CardPage : public wxPanel {
public:
    CardPage(wxWindow* parent, const wxString& name, services::OfficeSession& office, int64_t clientId, MessageBar* bar,
             std::function<void()> changed);

    virtual void show(const services::ClientCard& card) = 0;

protected:
    // A button on the tab's action row, at the start edge like the sketches.
    wxButton* actionButton(wxSizer* row, const wxString& label, const wxString& name, std::function<void()> action);
    wxStaticText* emptyNote(const wxString& sentence);
    // Runs a service call; a refusal is shown in the card's bar. True when done.
    bool attempt(const std::function<void()>& call);
    // Asks before something is deleted: [Delete] or [Keep].
    bool confirmDelete(const wxString& question);
    wxWindow* card() const;

    services::OfficeSession& office_;
    int64_t clientId_;
    MessageBar* bar_;
    std::function<void()> changed_;
};

} // namespace praklit::ui
