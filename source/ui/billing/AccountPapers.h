#pragma once
// The office's papers from the windows: a transaction account or a tax
// invoice-receipt rendered to PDF, saved in the client's file (מסמכים) and
// handed to the system's viewer; a report written to a file.
#include "domain/TransactionAccount.h"

#include <wx/string.h>

#include <cstdint>
#include <filesystem>
#include <functional>

class wxWindow;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// Where a PDF goes to be seen; tests put a recorder here.
using PaperLauncher = std::function<bool(const wxString& path)>;
void setPaperLauncher(PaperLauncher launcher); // empty: the system's viewer

// Renders, stores in the client's file and opens. The stored path, or empty
// when a service refused (the sentence was shown).
std::filesystem::path produceAccountPdf(wxWindow* parent, services::OfficeSession& office, int64_t accountId);
std::filesystem::path produceInvoicePdf(wxWindow* parent, services::OfficeSession& office, int64_t taxDocumentId,
                                        bool original);

// How accounts and payments read on screen.
wxString accountStateText(AccountState state);
wxString paymentMethodText(PaymentMethod method);

} // namespace praklit::ui
