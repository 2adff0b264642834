#include "ui/office/MainMenu.h"

#include <wx/menu.h>

#include <utility>
#include <vector>

namespace praklit::ui {

namespace {

std::vector<std::pair<wxString, wxMenu*>> mainMenus(MenuModules modules)
{
    auto* cases = new wxMenu;
    // Ctrl+F finds, as everywhere; Ctrl+L (L for לקוחות) is a second key for the same screen.
    wxMenuItem* clients = cases->Append(ID_CLIENTS, _("&Clients…") + "\tCtrl+F");
    clients->AddExtraAccel(wxAcceleratorEntry(wxACCEL_CTRL, 'L', ID_CLIENTS));
    cases->Append(ID_QUICK_SEARCH, _("&Quick search") + "\tCtrl+K");

    auto* reports = new wxMenu;
    reports->Append(ID_REPORTS, _("&Reports…") + "\tCtrl+R");

    // נט המשפט, while the module is on.
    wxMenu* court = nullptr;
    if (modules.court) {
        court = new wxMenu;
        court->Append(ID_COURT_DOWNLOAD_ALL, _("&Download for all cases…"));
        court->Append(ID_COURT_REPORTS, _("Download &reports…"));
        court->AppendSeparator();
        court->Append(ID_COURT_SETTINGS, _("Smart card and &gateway…"));
    }

    auto* tools = new wxMenu;
    tools->Append(ID_SYSTEM_SETTINGS, _("&System settings…") + "\tCtrl+,");
    tools->Append(ID_LETTERHEAD, _("Office &letterhead…"));
    tools->Append(ID_DATED_TABLES, _("&VAT and allocation tables…"));
    if (modules.sms) tools->Append(ID_SMS_TEMPLATES, _("S&MS templates…"));
    tools->Append(ID_USERS, _("&Users…"));
    tools->Append(ID_AUDIT_LOG, _("&Audit log…"));
    tools->Append(ID_BACKUP, _("&Backup and restore…"));
    tools->Append(ID_CHANGE_PASSWORD, _("Change &password…"));
    tools->Append(ID_LOCK, _("L&ock Praklit") + "\tCtrl+Shift+L");
    tools->AppendSeparator();
    tools->Append(wxID_EXIT, _("E&xit") + "\tCtrl+Q");

    auto* help = new wxMenu;
    help->Append(ID_SHORTCUTS, _("&Keyboard shortcuts…") + "\tF1");
    help->Append(wxID_ABOUT, _("&About"));

    std::vector<std::pair<wxString, wxMenu*>> menus{{_("C&ases and clients"), cases}, {_("&Reports"), reports}};
    if (court) menus.emplace_back(_("&Net HaMishpat"), court);
    menus.emplace_back(_("&Tools and maintenance"), tools);
    menus.emplace_back(_("&Help"), help);
    return menus;
}

} // namespace

wxMenuBar* makeMainMenuBar(MenuModules modules)
{
    auto* bar = new wxMenuBar;
    for (auto& [title, menu] : mainMenus(modules)) bar->Append(menu, title);
    return bar;
}

wxMenu* makeMainPopupMenu(MenuModules modules)
{
    auto* popup = new wxMenu;
    for (auto& [title, menu] : mainMenus(modules)) popup->AppendSubMenu(menu, title);
    return popup;
}

} // namespace praklit::ui
