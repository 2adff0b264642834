#pragma once
#include "domain/Phone.h"
#include "ui/widgets/RecordDialog.h"

#include <functional>
#include <string>

namespace praklit::ui {

// טלפון (forms/phone_form.xrc): a type, the number as it was typed or
// pasted, and whether its owner asked not to get SMS on it; the service
// parses the number and refuses what is not a phone number.
class PhoneDialog : public RecordDialog {
public:
    using SaveFn = std::function<Phone(PhoneType type, const std::string& typed, bool noSms)>;

    PhoneDialog(wxWindow* parent, const Phone& phone, SaveFn save);

    const Phone& phone() const { return phone_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

protected:
    void saveValues() override { phone_ = save_(type_, typed_, noSms_); }

private:
    Phone phone_;
    PhoneType type_;
    std::string typed_;
    bool noSms_;
    SaveFn save_;
};

} // namespace praklit::ui
