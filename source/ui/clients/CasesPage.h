#pragma once
#include "ui/widgets/CardPage.h"

#include <vector>

namespace praklit::ui {

class CaseDialog;
class RecordList;

// כרטיס לקוח → תיקים: the client's cases; [New case], and Enter or a
// double click opens the case card.
class CasesPage : public CardPage {
public:
    CasesPage(wxWindow* parent, services::OfficeSession& office, int64_t clientId, MessageBar* bar,
              std::function<void()> changed);

    void show(const services::ClientCard& card) override;
    RecordList* list() const { return list_; }

    void newCase();
    void openCase();
    // The [New case] dialog, not yet shown: for tests.
    std::unique_ptr<CaseDialog> makeDialog();

private:
    RecordList* list_ = nullptr;
    wxStaticText* empty_ = nullptr;
};

} // namespace praklit::ui
