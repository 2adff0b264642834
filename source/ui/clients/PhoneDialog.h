#pragma once
#include "domain/Phone.h"
#include "ui/widgets/RecordDialog.h"

#include <functional>
#include <string>

namespace praklit::ui {

// טלפון (forms/phone_form.xrc): a type and the number as it was typed or
// pasted; the service parses it and refuses what is not a phone number.
class PhoneDialog : public RecordDialog {
public:
    using SaveFn = std::function<Phone(PhoneType type, const std::string& typed)>;

    PhoneDialog(wxWindow* parent, const Phone& phone, SaveFn save);

    const Phone& phone() const { return phone_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

protected:
    void saveValues() override { phone_ = save_(type_, typed_); }

private:
    Phone phone_;
    PhoneType type_;
    std::string typed_;
    SaveFn save_;
};

} // namespace praklit::ui
