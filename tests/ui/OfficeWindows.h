#pragma once
// A fixture for the windows that work on an office's records: the program
// started on a fresh office, the services to set records up with, and the
// keyboard and buttons as a person uses them.
#include "UiTest.h"

#include "domain/Client.h"
#include "services/ClientService.h"

#include <string>

namespace praklit::ui::test {

class OfficeWindows : public testing::Test {
protected:
    void TearDown() override { closeAllWindows(); }

    // The program on a fresh office of its own (SQLite), in `language`.
    MainFrame* start(text::Language language = text::Language::Hebrew);
    services::OfficeSession& office() { return frame_->office(); }
    services::ClientService clients() { return services::ClientService(office()); }
    std::filesystem::path officeFile() const { return officeFile_; }

    Client addPerson(const std::string& first, const std::string& last, const std::string& idNumber = {});
    Client addOrganisation(const std::string& name, const std::string& companyNumber = {});

    MainFrame* frame_ = nullptr;
    std::filesystem::path officeFile_;
};

// A key as the keyboard sends it, through X (wxUIActionSimulator), to
// `target`, which gets the focus first. Without a window manager X gives
// the keyboard to the window under the pointer, so the pointer moves there.
// Returns once the key is back and handled; what it sets off later (Enter on
// a default button: GTK shows the button pressed for 250 ms before it
// clicks) the caller waits for with pumpUntil.
void press(wxWindow* target, int key, int modifiers = wxMOD_NONE);

// A button's click as wx delivers it.
void click(wxWindow* button);

// A child window by its name (XRC names, or the names the code gives).
wxWindow* named(const wxWindow* parent, const char* name);
template <typename T> T* named(const wxWindow* parent, const char* name)
{
    wxWindow* window = named(parent, name);
    EXPECT_NE(window, nullptr) << name;
    return wxDynamicCast(window, T);
}

// The focused window, asked of GTK itself: wx learns of focus changes only
// when the X server tells it, which without a window manager it may not.
bool hasFocus(const wxWindow* window);

} // namespace praklit::ui::test
