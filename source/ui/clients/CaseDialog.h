#pragma once
#include "domain/Case.h"
#include "domain/User.h"
#include "ui/clients/CaseFields.h"
#include "ui/widgets/RecordDialog.h"

#include <functional>
#include <string>
#include <vector>

namespace praklit::ui {

// תיק חדש (forms/case_form.xrc): a new case of a client. An empty internal
// number takes the next one of the office's series, shown as a hint.
class CaseDialog : public RecordDialog {
public:
    using SaveFn = std::function<Case(const Case&)>;

    CaseDialog(wxWindow* parent, Case c, std::vector<User> users, const std::vector<std::string>& courts,
               const std::string& nextNumber, SaveFn save);

    const Case& savedCase() const { return case_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

protected:
    void saveValues() override { case_ = save_(case_); }

private:
    Case case_;
    CaseFields fields_;
    SaveFn save_;
};

} // namespace praklit::ui
