#pragma once
#include <wx/defs.h>

class wxMenu;
class wxMenuBar;

namespace praklit::ui {

// The main menu, built twice from one description: as the native menu bar
// and as the hamburger (≡) button's pop-up. Only items that work are here;
// each arrives with the issue that makes it work.
enum MainMenuId {
    ID_SYSTEM_SETTINGS = wxID_HIGHEST + 1,
    ID_CLIENTS, // תיקים ולקוחות → לקוחות: the clients search screen
    ID_REPORTS, // דוחות: the reports window
    ID_LETTERHEAD, // כלים ותחזוקה → the office's letterhead
    ID_DATED_TABLES, // כלים ותחזוקה → טבלאות מע"מ ומספרי הקצאה
    ID_QUICK_SEARCH, // the main window's quick search box
    ID_SHORTCUTS,    // עזרה → the keyboard's shortcuts
    ID_USERS,        // כלים ותחזוקה → משתמשים: users, user groups and their permissions
    ID_AUDIT_LOG,    // כלים ותחזוקה → יומן שינויים
    ID_BACKUP,       // כלים ותחזוקה → גיבוי ושחזור
    ID_CHANGE_PASSWORD, // the signed-in user's own password
    ID_LOCK,         // lock the window now (as after idle minutes)
    ID_SMS_TEMPLATES, // כלים ותחזוקה → נוסחים קבועים: System settings at the SMS templates page
    ID_COURT_DOWNLOAD_ALL, // נט המשפט → הורדה לכל התיקים
    ID_COURT_REPORTS,      // נט המשפט → דוחות הורדה
    ID_COURT_SETTINGS,     // נט המשפט → System settings at the Net HaMishpat page (the card, the gateway)
};

// The office's modules that are on: a module that is off has no item here.
struct MenuModules {
    bool sms = false;
    bool court = false;
    bool operator==(const MenuModules&) const = default;
};

wxMenuBar* makeMainMenuBar(MenuModules modules = {});
wxMenu* makeMainPopupMenu(MenuModules modules = {}); // the same menus as submenus

} // namespace praklit::ui
