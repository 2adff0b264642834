#pragma once
#include "domain/Case.h"
#include "domain/User.h"

#include <string>
#include <vector>

class wxWindow;

namespace praklit::ui {

// Moves a Case in and out of forms/case_form.xrc, wherever the form is shown:
// the [New case] dialog and the case card share it.
class CaseFields {
public:
    // `users` fill the responsible-lawyer choice; `nextNumber` (new cases
    // only, else empty) is what an empty internal number will become.
    // `courts` fill the court's list (a court not in it may still be typed).
    CaseFields(wxWindow* form, std::vector<User> users, const std::vector<std::string>& courts,
               const std::string& nextNumber);

    void toWindow(const Case& c);
    void fromWindow(Case& c) const;

private:
    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

    wxWindow* form_;
    std::vector<User> users_;
};

} // namespace praklit::ui
