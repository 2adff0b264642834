#include "ui/clients/CaseDialog.h"

#include <wx/sizer.h>

namespace praklit::ui {

CaseDialog::CaseDialog(wxWindow* parent, Case c, std::vector<User> users, const std::vector<std::string>& courts,
                       const std::string& nextNumber, SaveFn save)
    : RecordDialog(parent, _("New case"), "CaseForm"), case_(std::move(c)),
      fields_(form(), std::move(users), courts, nextNumber),
      save_(std::move(save))
{
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

bool CaseDialog::TransferDataToWindow()
{
    fields_.toWindow(case_);
    return RecordDialog::TransferDataToWindow();
}

bool CaseDialog::TransferDataFromWindow()
{
    fields_.fromWindow(case_);
    return RecordDialog::TransferDataFromWindow();
}

} // namespace praklit::ui
