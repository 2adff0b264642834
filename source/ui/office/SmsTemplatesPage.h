#pragma once
#include "domain/Sms.h"
#include "services/OfficeSession.h"
#include "ui/office/SettingsPage.h"

#include <vector>

namespace praklit::ui {

class RecordList;

// נוסחים קבועים: the office's SMS templates, each saved or deleted at once
// through the service (SmsTemplateDialog); [OK] and [Cancel] of System
// settings do not touch them. Only a user who manages templates changes them.
class SmsTemplatesPage : public SettingsPage {
public:
    SmsTemplatesPage(wxWindow* parent, services::OfficeSession& office);

    // Read the templates again; the sentence of a refusal on the page.
    void refresh();
    void addTemplate();
    void editTemplate();
    void deleteTemplate();
    RecordList* list() const { return list_; }
    // What the list shows.
    const std::vector<SmsTemplate>& templates() const { return templates_; }

private:
    void showProblem(const wxString& sentence);
    const SmsTemplate* selected() const;

    services::OfficeSession& office_;
    RecordList* list_ = nullptr;
    wxStaticText* empty_ = nullptr;
    bool editable_ = false;
    std::vector<SmsTemplate> templates_;
};

} // namespace praklit::ui
