#include "OfficeWindows.h"

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
    wxWindow* top = wxGetTopLevelParent(target);
    top->Raise();
    pump(100);
    wxUIActionSimulator keyboard;
    keyboard.MouseMove(top->GetScreenRect().GetPosition() + wxPoint(top->GetSize().x / 2, top->GetSize().y / 2));
    pump(100);
    target->SetFocus();
    pump(100);
    keyboard.Char(key, modifiers);
    pump(300);
}

void click(wxWindow* button)
{
    ASSERT_NE(button, nullptr);
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    pump(100);
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
