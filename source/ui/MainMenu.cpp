#include "ui/MainMenu.h"

#include <wx/menu.h>

#include <utility>
#include <vector>

namespace praklit::ui {

namespace {

std::vector<std::pair<wxString, wxMenu*>> mainMenus()
{
    auto* tools = new wxMenu;
    tools->Append(ID_SYSTEM_SETTINGS, _("&System settings…") + "\tCtrl+,");
    tools->AppendSeparator();
    tools->Append(wxID_EXIT, _("E&xit") + "\tCtrl+Q");

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About"));

    return {{_("&Tools and maintenance"), tools}, {_("&Help"), help}};
}

} // namespace

wxMenuBar* makeMainMenuBar()
{
    auto* bar = new wxMenuBar;
    for (auto& [title, menu] : mainMenus()) bar->Append(menu, title);
    return bar;
}

wxMenu* makeMainPopupMenu()
{
    auto* popup = new wxMenu;
    for (auto& [title, menu] : mainMenus()) popup->AppendSubMenu(menu, title);
    return popup;
}

} // namespace praklit::ui
