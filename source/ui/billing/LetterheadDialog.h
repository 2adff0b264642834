#pragma once
#include "domain/Printout.h"

#include <wx/dialog.h>

#include <memory>

class wxTextCtrl;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class FormMessages;
class MessageBar;

// The office's letterhead (Tools → Office letterhead): name, address,
// phones, עוסק מורשה number and logo, printed on every account, invoice and
// report. A refused value's sentence shows beneath its field.
class LetterheadDialog : public wxDialog {
public:
    LetterheadDialog(wxWindow* parent, services::OfficeSession& office);
    ~LetterheadDialog() override;

    bool save(); // [Save]; true when stored (the dialog then closed)
    FormMessages& messages() { return *messages_; }

private:
    services::OfficeSession& office_;
    MessageBar* bar_ = nullptr;
    std::unique_ptr<FormMessages> messages_;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* address_ = nullptr;
    wxTextCtrl* phones_ = nullptr;
    wxTextCtrl* vatNumber_ = nullptr;
    wxTextCtrl* logo_ = nullptr;
};

} // namespace praklit::ui
