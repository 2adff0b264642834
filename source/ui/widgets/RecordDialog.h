#pragma once
#include "ui/widgets/FormMessages.h"

#include <wx/dialog.h>

#include <functional>
#include <map>
#include <string>

class wxButton;

namespace praklit::ui {

class MessageBar;

// A dialog around one XRC form (forms/*_form.xrc) with [Save] [Cancel]:
// Enter saves, Esc cancels. Save moves the controls' data out and hands it to
// the caller's service call; a refusal keeps the dialog open with the
// sentence beneath the field it names, focused, and everything typed kept.
class RecordDialog : public wxDialog {
public:
    RecordDialog(wxWindow* parent, const wxString& title, const char* formName,
                 std::map<std::string, std::string> aliases = {});

    FormMessages& messages() { return messages_; }
    MessageBar* messageBar() const { return bar_; }
    wxWindow* form() const { return form_; }
    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

    // [Save], as a person presses it (tests press it this way too).
    void save();

protected:
    // Asks the service; throws what it refuses.
    virtual void saveValues() = 0;
    // Given by dialogs that edit a stored record: a stale save offers to
    // read it again.
    void setReload(std::function<void()> reload) { reload_ = std::move(reload); }

private:
    wxWindow* form_ = nullptr;
    MessageBar* bar_ = nullptr;
    FormMessages messages_;
    std::function<void()> reload_;
};

} // namespace praklit::ui
