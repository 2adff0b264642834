#include "ui/InterfaceLanguage.h"

#include "ui/Utf8.h"

#include <wx/translation.h>

#if defined(__WXGTK__)
#include <dlfcn.h>
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

} // namespace

void setUpInterfaceLanguage(text::Language language, const std::filesystem::path& localeDir)
{
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
