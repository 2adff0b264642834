#include "OfficeWindows.h"

#include <wx/eventfilter.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>

#include <dlfcn.h>

namespace praklit::ui::test {

MainFrame* OfficeWindows::start(text::Language language)
{
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    officeFile_ = freshFolder(std::string(info->test_suite_name()) + "-" + info->name()) / "office.db";
    frame_ = startOn(officeFile_, language);
    EXPECT_NE(frame_, nullptr);
    return frame_;
}

Client OfficeWindows::addPerson(const std::string& first, const std::string& last, const std::string& idNumber)
{
    Client c;
    c.kind = EntityKind::Person;
    c.firstName = first;
    c.lastName = last;
    c.idNumber = idNumber;
    return clients().add(c);
}

Client OfficeWindows::addOrganisation(const std::string& name, const std::string& companyNumber)
{
    Client c;
    c.kind = EntityKind::Organisation;
    c.orgName = name;
    c.idNumber = companyNumber;
    return clients().add(c);
}

void press(wxWindow* target, int key, int modifiers)
{
    auto* top = static_cast<wxTopLevelWindow*>(wxGetTopLevelParent(target));
    top->Raise();
    // Xvfb has no window manager: the keyboard goes where the pointer is.
    wxUIActionSimulator keyboard;
    keyboard.MouseMove(top->GetScreenRect().GetPosition() + wxPoint(top->GetSize().x / 2, top->GetSize().y / 2));
    EXPECT_TRUE(pumpUntil([&] { return top->IsActive(); })) << "the window never got the keyboard";
    target->SetFocus();
    EXPECT_TRUE(pumpUntil([&] { return wxWindow::FindFocus() == target || target->IsDescendant(wxWindow::FindFocus()); }));
    // The key goes round the X server and comes back as events: wait for it.
    struct KeyWatch : wxEventFilter {
        int key;
        bool seen = false;
        explicit KeyWatch(int k) : key(k) {}
        int FilterEvent(wxEvent& event) override
        {
            // The press, or only its release where an accelerator took the press.
            const auto type = event.GetEventType();
            if ((type == wxEVT_CHAR_HOOK || type == wxEVT_KEY_DOWN || type == wxEVT_KEY_UP) &&
                static_cast<wxKeyEvent&>(event).GetKeyCode() == key)
                seen = true;
            return Event_Skip;
        }
    } watch(key >= 'a' && key <= 'z' ? key - 'a' + 'A' : key);
    wxEvtHandler::AddFilter(&watch);
    keyboard.Char(key, modifiers);
    EXPECT_TRUE(pumpUntil([&] { return watch.seen; })) << "the key never came back from the X server";
    wxEvtHandler::RemoveFilter(&watch);
}

void click(wxWindow* button)
{
    ASSERT_NE(button, nullptr);
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    pump();
}

wxWindow* named(const wxWindow* parent, const char* name)
{
    return wxWindow::FindWindowByName(name, const_cast<wxWindow*>(parent));
}

bool hasFocus(const wxWindow* window)
{
    using GetFocus = void* (*)(void*);
    using IsAncestor = int (*)(void*, void*);
    static auto getFocus = reinterpret_cast<GetFocus>(dlsym(RTLD_DEFAULT, "gtk_window_get_focus"));
    static auto isAncestor = reinterpret_cast<IsAncestor>(dlsym(RTLD_DEFAULT, "gtk_widget_is_ancestor"));
    if (!getFocus || !isAncestor) return wxWindow::FindFocus() == window;
    void* focused = getFocus(wxGetTopLevelParent(const_cast<wxWindow*>(window))->GetHandle());
    void* widget = window->GetHandle();
    return focused && (focused == widget || isAncestor(focused, widget));
}

} // namespace praklit::ui::test
