// The desktop program: praklit [--database URL] [--lang he|en]
// Its composition root: the integrations the services print through are
// installed here, then the windows start.
#include "integrations/PdfPrinter.h"
#include "ui/office/PraklitApp.h"

namespace {

class DesktopApp : public praklit::ui::PraklitApp {
public:
    bool OnInit() override
    {
        praklit::services::Printer::install(praklit::integrations::makePrinter());
        return PraklitApp::OnInit();
    }
};

} // namespace

wxIMPLEMENT_APP(DesktopApp);
