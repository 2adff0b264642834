// The desktop program: praklit [--database URL] [--lang he|en]
// Its composition root: the integrations the services print, send SMS,
// read the smart card and reach the court gateway through are installed
// here, then the windows start.
#include "integrations/CourtGateways.h"
#include "integrations/PdfPrinter.h"
#include "integrations/Pkcs11Cards.h"
#include "integrations/SmsGateways.h"
#include "ui/office/PraklitApp.h"

namespace {

class DesktopApp : public praklit::ui::PraklitApp {
public:
    bool OnInit() override
    {
        praklit::services::Printer::install(praklit::integrations::makePrinter());
        praklit::services::SmsGateways::install(praklit::integrations::makeSmsGateways());
        praklit::services::SmartCards::install(praklit::integrations::makeSmartCards());
        praklit::services::CourtGateways::install(praklit::integrations::makeCourtGateways());
        return PraklitApp::OnInit();
    }
};

} // namespace

wxIMPLEMENT_APP(DesktopApp);
