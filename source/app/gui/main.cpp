// The desktop program: praklit [--database URL] [--lang he|en]
#include "ui/PraklitApp.h"

wxIMPLEMENT_APP(praklit::ui::PraklitApp);
