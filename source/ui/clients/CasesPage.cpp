#include "ui/clients/CasesPage.h"

#include "services/CaseService.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/CaseDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

CasesPage::CasesPage(wxWindow* parent, services::OfficeSession& office, int64_t clientId, MessageBar* bar,
                     std::function<void()> changed)
    : CardPage(parent, "cases", office, clientId, bar, std::move(changed))
{
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actionButton(actions, _("&New case"), "new_case", [this] { newCase(); });

    list_ = new RecordList(this, "cases");
    list_->textColumn(_("Case number"), FromDIP(90));
    list_->textColumn(_("Subject"), FromDIP(190));
    list_->textColumn(_("Court"), FromDIP(180));
    list_->textColumn(_("Court case number"), FromDIP(155));
    // TRANSLATORS: column title: the date the case was opened
    list_->textColumn(_("Opened"), FromDIP(90));
    list_->textColumn(_("Status"), FromDIP(70));
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openCase(); });
    empty_ = emptyNote(_("No cases yet: open one with [New case]."));

    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(actions, wxSizerFlags().Border(wxALL, gap - 3));
    column->Add(empty_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(column);
}

void CasesPage::show(const services::ClientCard& card)
{
    const int64_t selected = list_->selectedId();
    list_->clearRows();
    for (const auto& c : card.cases) {
        // The type is Hebrew and the number digits: the number alone is the
        // left-to-right island, so "ת"א 3036-11-17" reads as written.
        const wxString court = c.proceedingType.empty() || c.courtNumber.empty()
                                   ? isolated(c.courtNumber)
                                   : wx(c.proceedingType) + " " + isolated(c.courtNumber);
        list_->addRow(c.id, {isolated(c.internalNumber), wx(c.subject), wx(c.court), court, displayDate(c.openedOn),
                             caseStatusLabel(c.status)});
    }
    list_->selectId(selected);
    empty_->Show(card.cases.empty());
    Layout();
}

std::unique_ptr<CaseDialog> CasesPage::makeDialog()
{
    services::CaseService cases(office_);
    const auto [prefix, next] = cases.series();
    Case c;
    c.clientId = clientId_;
    c.lawyerUserId = office_.user().id; // who opens it, until someone else is chosen
    return std::make_unique<CaseDialog>(card(), c, cases.users(), cases.courts(), prefix + std::to_string(next),
                                        [this](const Case& edited) { return services::CaseService(office_).add(edited); });
}

void CasesPage::newCase()
{
    std::unique_ptr<CaseDialog> dialog;
    if (!attempt([&] { dialog = makeDialog(); })) return;
    if (dialog->ShowModal() != wxID_OK) return;
    changed_();
    list_->selectId(dialog->savedCase().id);
}

void CasesPage::openCase()
{
    const int64_t id = list_->selectedId();
    if (!id) return;
    attempt([&] { CaseCardFrame::showFor(card(), office_, id); });
}

} // namespace praklit::ui
