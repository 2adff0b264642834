#pragma once
#include "domain/User.h"
#include "ui/widgets/RecordDialog.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace praklit::ui {

// משתמש (forms/user_form.xrc): login, display name, e-mail, role, user
// group, default hourly rate and active; a new user's first password, typed
// twice. Saving is the caller's service calls.
class UserDialog : public RecordDialog {
public:
    struct Values {
        User user;
        std::optional<int64_t> rate; // agorot; nullopt: none
        std::string rateText;        // as typed, for the service to read
        std::string password;        // a new user's first; emptied once saved
    };
    using SaveFn = std::function<User(Values& values)>;

    UserDialog(wxWindow* parent, Values values, std::vector<UserGroup> groups, SaveFn save);

    const User& user() const { return values_.user; }
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

protected:
    void saveValues() override;

private:
    Values values_;
    std::vector<UserGroup> groups_;
    SaveFn save_;
};

} // namespace praklit::ui
