#pragma once
#include "domain/Sms.h"
#include "services/OfficeSession.h"
#include "ui/widgets/RecordDialog.h"

#include <wx/timer.h>

#include <cstdint>

namespace praklit::ui {

// נוסח קבוע (forms/sms_template_form.xrc): a template's name, type and text,
// with the live count of what the text costs, the placeholders to put in at
// the cursor, and the text as a real client would get it (SmsService::fill).
// [Save] is the service's saveTemplate: an unknown placeholder or a name
// taken is refused with its sentence beneath the field.
class SmsTemplateDialog : public RecordDialog {
public:
    SmsTemplateDialog(wxWindow* parent, services::OfficeSession& office, SmsTemplate t);

    const SmsTemplate& saved() const { return template_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

    // What the buttons do, for tests as for people.
    void insertPlaceholder(int index);
    void previewFor(int64_t clientId);
    void findClient();
    wxString counter() const;
    wxString preview() const;
    void updatePreview();

protected:
    void saveValues() override;

private:
    void updateCounter();

    services::OfficeSession& office_;
    SmsTemplate template_;
    int64_t previewClient_ = 0;
    wxTimer typing_;
};

} // namespace praklit::ui
