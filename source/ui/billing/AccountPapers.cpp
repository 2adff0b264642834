#include "ui/billing/AccountPapers.h"

#include "services/AccountService.h"
#include "services/DocumentService.h"
#include "services/PrintoutService.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/Utf8.h"

#include <wx/utils.h>

namespace praklit::ui {

namespace {

PaperLauncher& launcher()
{
    static PaperLauncher instance;
    return instance;
}

// Opens what a service stored, in the system's viewer (or the tests' recorder).
template <typename Store>
std::filesystem::path deliver(wxWindow* parent, services::OfficeSession& office, Store&& store)
{
    std::filesystem::path stored;
    if (!attempt(parent, [&] { stored = services::DocumentService(office).pathOf(store()); })) return {};
    const wxString path = wxPath(stored);
    if (launcher()) launcher()(path);
    else wxLaunchDefaultApplication(path);
    return stored;
}

} // namespace

void setPaperLauncher(PaperLauncher l) { launcher() = std::move(l); }

std::filesystem::path produceAccountPdf(wxWindow* parent, services::OfficeSession& office, int64_t accountId)
{
    return deliver(parent, office, [&] { return services::PrintoutService(office).storeAccount(accountId); });
}

std::filesystem::path produceInvoicePdf(wxWindow* parent, services::OfficeSession& office, int64_t taxDocumentId,
                                        bool original)
{
    return deliver(parent, office, [&] { return services::PrintoutService(office).storeInvoice(taxDocumentId, original); });
}

wxString accountStateText(AccountState state) { return wx(stateName(state)); }

wxString paymentMethodText(PaymentMethod method) { return wx(paymentMethodName(method)); }

} // namespace praklit::ui
