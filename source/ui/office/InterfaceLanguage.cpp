#include "ui/office/InterfaceLanguage.h"

#include "ui/widgets/Utf8.h"

#include <wx/translation.h>

#include <clocale>
#include <cstring>

#if defined(__WXGTK__)
#include <dlfcn.h>
#endif
#if !defined(_WIN32)
#include <langinfo.h>
#endif

namespace praklit::ui {

namespace {

// wxDataViewCtrl and a few other GTK widgets take their direction from GTK's
// default, not from wx (STACK-NOTES). Reached through dlsym so the build
// needs no GTK headers. GTK sets its own default from its locale during
// gtk_init, so this must run after wx has started GTK.
void setToolkitDirection(bool rightToLeft)
{
#if defined(__WXGTK__)
    using SetDefaultDirection = void (*)(int);
    constexpr int kGtkTextDirLtr = 1;
    constexpr int kGtkTextDirRtl = 2;
    if (auto set = reinterpret_cast<SetDefaultDirection>(dlsym(RTLD_DEFAULT, "gtk_widget_set_default_direction")))
        set(rightToLeft ? kGtkTextDirRtl : kGtkTextDirLtr);
#else
    (void)rightToLeft;
#endif
}

// The sources' narrow literals are UTF-8 (_("Clients…"), " — "), and wx makes
// a wxString of one with the C library's character set. wx 3.2 leaves the
// process in the "C" locale, whose set is ASCII: every literal with "…" or
// "—" became an empty string. Only the character set changes here; numbers
// and dates keep the C library's defaults (the text layer formats with ICU).
void useUtf8CharacterSet()
{
#if defined(_WIN32)
    std::setlocale(LC_CTYPE, ".UTF8");
#else
    std::setlocale(LC_CTYPE, ""); // the person's own, when it is UTF-8
    if (std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return;
    for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"})
        if (std::setlocale(LC_CTYPE, name) && std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return;
#endif
}

} // namespace

void setUpInterfaceLanguage(text::Language language, const std::filesystem::path& localeDir)
{
    useUtf8CharacterSet();
    text::setUpLanguage(language, localeDir);

    static bool prefixAdded = false;
    if (!prefixAdded) {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxPath(localeDir));
        prefixAdded = true;
    }
    auto* translations = new wxTranslations;
    translations->SetLanguage(wx(text::languageCode(language)));
    translations->AddStdCatalog(); // wx's own strings, where the system has them
    translations->AddCatalog("praklit", wxLANGUAGE_ENGLISH_US);
    wxTranslations::Set(translations); // takes ownership, drops the previous one

    setToolkitDirection(text::isRightToLeft(language));
}

} // namespace praklit::ui
