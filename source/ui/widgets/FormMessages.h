#pragma once
#include <wx/string.h>

#include <exception>
#include <functional>
#include <map>
#include <string>

class wxStaticText;
class wxWindow;

namespace praklit::ui {

class MessageBar;

// Shows why a service refused a save, where the person will look: beneath
// the field the error names (Error::field()), which takes the focus, or in
// the form's bar when no field is to blame. What was typed is never touched.
// Controls are found by name: XRC names them as the services name fields.
class FormMessages {
public:
    // `aliases` maps a service's field id to a control name where they differ
    // (a contact's mobile phone is "mobile"; the phone parser calls it "number").
    FormMessages(wxWindow* form, MessageBar* bar, std::map<std::string, std::string> aliases = {});

    void clear();
    // A stale save (ErrorKind::Conflict without a field) offers [Reload] when
    // `reload` is given.
    void show(const std::exception& refusal, std::function<void()> reload = {});
    void showAt(const std::string& field, const wxString& sentence);

    // What is shown beneath a field ("" when nothing): for tests.
    wxString sentenceAt(const std::string& field) const;
    wxWindow* control(const std::string& field) const;

private:
    wxStaticText* labelBeneath(wxWindow* control);
    void keepLabelBesideControl(wxWindow* control);

    wxWindow* form_;
    MessageBar* bar_;
    std::map<std::string, std::string> aliases_;
    std::map<wxWindow*, wxStaticText*> labels_;
};

// Brings a control into view (its notebook page) and gives it the focus.
void focusField(wxWindow* control);

} // namespace praklit::ui
