#pragma once
#include <wx/infobar.h> // wxInfoBarBase, which the generic bar builds on
#include <wx/generic/infobar.h>

#include <functional>

namespace praklit::ui {

// A sentence above a form that does not block it (a message box would): what
// a service refused when no single field is to blame, or a stale save with
// [Reload] — the person decides whether to drop what they typed.
// wx's own bar, not GTK's: right to left, GtkInfoBar kept a narrow first
// allocation and cut the sentence off.
class MessageBar : public wxInfoBarGeneric {
public:
    explicit MessageBar(wxWindow* parent);

    void showProblem(const wxString& sentence);
    void showConflict(const wxString& sentence, std::function<void()> reload);
    void showNote(const wxString& sentence);
    void clear();

    // What it shows now ("" when hidden): wxInfoBar does not say.
    const wxString& message() const { return message_; }
    bool offersReload() const { return static_cast<bool>(reload_); }
    void reload(); // as if [Reload] were pressed

private:
    void show(const wxString& sentence, int icon);
    void withReloadButton(bool wanted);

    wxString message_;
    std::function<void()> reload_;
    bool hasReloadButton_ = false;
};

} // namespace praklit::ui
