// The desktop program: praklit [--database URL] [--lang he|en]
// Its composition root: the integrations the services print and send SMS
// through are installed here, then the windows start.
#include "integrations/PdfPrinter.h"
#include "integrations/SmsGateways.h"
#include "ui/office/PraklitApp.h"

namespace {

class DesktopApp : public praklit::ui::PraklitApp {
public:
    bool OnInit() override
    {
        praklit::services::Printer::install(praklit::integrations::makePrinter());
        praklit::services::SmsGateways::install(praklit::integrations::makeSmsGateways());
        return PraklitApp::OnInit();
    }
};

} // namespace

wxIMPLEMENT_APP(DesktopApp);
