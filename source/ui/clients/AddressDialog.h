#pragma once
#include "domain/Address.h"
#include "ui/widgets/RecordDialog.h"

#include <functional>

namespace praklit::ui {

// כתובת (forms/address_form.xrc): first whether the address is primary, then
// its details. The caller's save function is the service call.
class AddressDialog : public RecordDialog {
public:
    using SaveFn = std::function<Address(const Address&)>;
    using LoadFn = std::function<Address()>; // the stored address again, after a stale save

    AddressDialog(wxWindow* parent, Address address, SaveFn save, LoadFn load = {});

    const Address& address() const { return address_; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

protected:
    void saveValues() override { address_ = save_(address_); }

private:
    Address address_;
    SaveFn save_;
};

} // namespace praklit::ui
