#include "ui/AccountPapers.h"

#include "integrations/PdfWriter.h"
#include "services/AccountService.h"
#include "services/DocumentService.h"
#include "services/PrintoutService.h"
#include "ui/Attempt.h"
#include "ui/Utf8.h"

#include <wx/utils.h>

#include <atomic>

namespace praklit::ui {

namespace {

PaperLauncher& launcher()
{
    static PaperLauncher instance;
    return instance;
}

std::filesystem::path temporaryPdf()
{
    static std::atomic<int> serial{0};
    return std::filesystem::temp_directory_path() /
           ("praklit-" + std::to_string(wxGetProcessId()) + "-" + std::to_string(++serial) + ".pdf");
}

// Renders into a temporary file, stores it in the client's file, opens the stored copy.
template <typename Render>
std::filesystem::path deliver(wxWindow* parent, services::OfficeSession& office, int64_t clientId, const std::string& name,
                              Render&& render)
{
    std::filesystem::path stored;
    const auto temporary = temporaryPdf();
    const bool ok = attempt(parent, [&] {
        render(temporary);
        services::DocumentService documents(office);
        stored = documents.pathOf(documents.addForClient(clientId, temporary, name));
    });
    std::error_code ec;
    std::filesystem::remove(temporary, ec);
    if (!ok) return {};
    const wxString path = wxPath(stored);
    if (launcher()) launcher()(path);
    else wxLaunchDefaultApplication(path);
    return stored;
}

} // namespace

void setPaperLauncher(PaperLauncher l) { launcher() = std::move(l); }

std::filesystem::path produceAccountPdf(wxWindow* parent, services::OfficeSession& office, int64_t accountId)
{
    TransactionAccount account;
    AccountPrintout printout;
    if (!attempt(parent, [&] {
            account = services::AccountService(office).get(accountId);
            printout = services::PrintoutService(office).account(accountId);
        }))
        return {};
    return deliver(parent, office, account.clientId, printout.title + ".pdf",
                   [&](const std::filesystem::path& to) { integrations::writeAccountPdf(printout, to); });
}

std::filesystem::path produceInvoicePdf(wxWindow* parent, services::OfficeSession& office, int64_t clientId,
                                        int64_t taxDocumentId, bool original)
{
    InvoicePrintout printout;
    if (!attempt(parent, [&] { printout = services::PrintoutService(office).invoiceReceipt(taxDocumentId, original); }))
        return {};
    return deliver(parent, office, clientId, printout.title + " - " + printout.copyMark + ".pdf",
                   [&](const std::filesystem::path& to) { integrations::writeInvoicePdf(printout, to); });
}

wxString accountStateText(AccountState state) { return wx(stateName(state)); }

wxString paymentMethodText(PaymentMethod method) { return wx(paymentMethodName(method)); }

} // namespace praklit::ui
