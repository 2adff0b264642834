#pragma once
#include "domain/Case.h"
#include "services/OfficeSession.h"
#include "ui/clients/CaseFields.h"
#include "ui/widgets/FormMessages.h"

#include <wx/frame.h>

#include <memory>

class wxNotebook;

namespace praklit::ui {

class MessageBar;
class HearingsPanel;
class SmsPanel;

// כרטיס תיק: a case's own window, its details editable and saved through
// CaseService::update, with its charges and documents tabs and the
// buttons above them.
class CaseCardFrame : public wxFrame {
public:
    // Raises the case's card when it is open already.
    static CaseCardFrame* showFor(wxWindow* parent, services::OfficeSession& office, int64_t caseId);
    static CaseCardFrame* find(int64_t caseId);

    int64_t caseId() const { return case_.id; }
    const Case& shownCase() const { return case_; }
    FormMessages& messages() { return *messages_; }
    MessageBar* messageBar() const { return bar_; }
    wxWindow* form() const { return form_; }
    wxNotebook* notebook() const { return notebook_; }
    SmsPanel* sms() const { return sms_; } // null while the SMS module is off
    HearingsPanel* hearings() const { return hearings_; } // null while the Net HaMishpat module is off

    void save();
    void reload();

private:
    CaseCardFrame(wxWindow* parent, services::OfficeSession& office, Case c);
    void showTitle();

    services::OfficeSession& office_;
    Case case_;
    MessageBar* bar_ = nullptr;
    wxNotebook* notebook_ = nullptr;
    wxWindow* form_ = nullptr;
    SmsPanel* sms_ = nullptr;
    HearingsPanel* hearings_ = nullptr;
    std::unique_ptr<CaseFields> fields_;
    std::unique_ptr<FormMessages> messages_;
};

} // namespace praklit::ui
