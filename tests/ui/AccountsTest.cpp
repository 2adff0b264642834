// Transaction accounts from the cards: the produce dialog with its
// ticks and live totals, a client without a primary address, a payment that
// issues a tax invoice-receipt, the reports window with its exports, and the
// letterhead.
#include "ModalDriver.h"
#include "TimeTestSupport.h"

#include "services/AccountService.h"
#include "services/ChargeService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "text/Amount.h"
#include "ui/billing/AccountPapers.h"
#include "ui/billing/AccountsPanel.h"
#include "ui/billing/ChargeText.h"
#include "ui/billing/LetterheadDialog.h"
#include "ui/billing/PaymentDialog.h"
#include "ui/billing/ProduceAccountDialog.h"
#include "ui/billing/ReportsFrame.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace praklit::ui::test {

namespace {

class Accounts : public TimeFixture {
protected:
    void TearDown() override
    {
        setPaperLauncher({});
        TimeFixture::TearDown();
    }

    void officeReady(bool withAddress = true)
    {
        services::SettingsService(office()).setLetterhead(
            {"משרד עורכי דין כהן ושות'", "רחוב הרצל 1, תל אביב-יפו", "03-5551234", "516179157", ""});
        if (withAddress) {
            Address a;
            a.ownerId = client_.id;
            a.street = "הרצל";
            a.house = "1";
            a.city = "תל אביב-יפו";
            a.zip = "6100000";
            a.isPrimary = true;
            services::ClientService(office()).addAddress(a);
        }
        setPaperLauncher([this](const wxString& path) {
            launched_.push_back(path);
            return true;
        });
    }

    Charge addCharge(ChargeKind kind, const std::string& description, int64_t agorot)
    {
        Charge c;
        c.clientId = client_.id;
        c.caseId = case_.id;
        c.kind = kind;
        c.description = description;
        c.amountAgorot = agorot;
        c.vatExempt = kind == ChargeKind::Expense;
        return services::ChargeService(office()).add(c);
    }

    std::vector<Charge> fiveCharges()
    {
        return {addCharge(ChargeKind::Fixed, "שכר טרחה — כתב תביעה", 500000),
                addCharge(ChargeKind::Expense, "אגרת בית משפט", 123450),
                addCharge(ChargeKind::Fixed, "ייעוץ ראשוני (Zoom)", 100000),
                addCharge(ChargeKind::Fixed, "עיון בתיק 2024/113", 45050),
                addCharge(ChargeKind::Expense, "צילומים", 2500)};
    }

    std::vector<wxString> launched_;
};

} // namespace

TEST_F(Accounts, ProducedFromTheClientCardWithTwoChargesUntickedTheAccountHoldsTheRest)
{
    ASSERT_TRUE(start());
    officeReady();
    fiveCharges();
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    pump();

    std::vector<int64_t> expectedIds;
    TransactionAccount preview;
    ModalDriver driver;
    driver.whileShown([&](wxDialog* d) {
        auto* dialog = dynamic_cast<ProduceAccountDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        pump();
        ASSERT_EQ(dialog->model().rows().size(), 5u);
        EXPECT_EQ(dialog->model().tickedIds().size(), 5u) << "all ticked by default";
        // Untick the expense of 1,234.50 and the consultation of 1,000.00.
        for (unsigned r = 0; r < 5; ++r) {
            const auto& c = dialog->model().rows()[r].charge;
            if (c.amountAgorot == 123450 || c.amountAgorot == 100000) dialog->model().setTicked(r, false);
            else expectedIds.push_back(c.id);
        }
        dialog->updateTotals();
        preview = dialog->preview();
        EXPECT_EQ(preview.vatBasisPoints, 1800);
        EXPECT_EQ(preview.subtotalAgorot, 500000 + 45050 + 2500);
        EXPECT_EQ(preview.vatAgorot, (500000 + 45050) * 18 / 100); // 98,109: the expense has none
        EXPECT_EQ(preview.totalAgorot, 500000 + 45050 + 2500 + 98109);
        EXPECT_NE(dialog->totalsText().Find(wxString::FromUTF8("6,456.59")), wxNOT_FOUND) << dialog->totalsText();
        EXPECT_NE(dialog->totalsText().Find("18.00%"), wxNOT_FOUND) << dialog->totalsText();
        screenshot(dialog, "account-produce-dialog");
        wxWindow* produce = named(dialog, "produce");
        click(produce);
    });
    driver.then([](wxDialog* d) {
        EXPECT_NE(dynamic_cast<wxMessageDialog*>(d), nullptr);
        return int(wxID_YES); // produce the PDF
    });
    click(named(card, "produce_account"));
    pump();
    EXPECT_TRUE(driver.done());

    services::AccountService accounts(office());
    const auto made = accounts.forClient(client_.id);
    ASSERT_EQ(made.size(), 1u);
    EXPECT_EQ(made[0].state, AccountState::Issued);
    EXPECT_FALSE(made[0].number.empty());
    auto held = accounts.charges(made[0].id);
    std::sort(held.begin(), held.end());
    std::sort(expectedIds.begin(), expectedIds.end());
    EXPECT_EQ(held, expectedIds);
    EXPECT_EQ(made[0].subtotalAgorot, preview.subtotalAgorot);
    EXPECT_EQ(made[0].vatAgorot, preview.vatAgorot);
    EXPECT_EQ(made[0].totalAgorot, preview.totalAgorot);
    ASSERT_EQ(launched_.size(), 1u);
    EXPECT_TRUE(std::filesystem::exists(pathOf(launched_[0]))) << launched_[0];

    // The card's tab lists it.
    auto* panel = dynamic_cast<AccountsPanel*>(card->FindWindow("accounts_panel"));
    ASSERT_NE(panel, nullptr);
    ASSERT_EQ(panel->accounts().size(), 1u);
    EXPECT_EQ(panel->list()->GetItemCount(), 1u);
    EXPECT_EQ(panel->list()->GetTextValue(0, 5), moneyText(preview.totalAgorot));
}

TEST_F(Accounts, WithoutAPrimaryAddressTheUserIsToldAndNothingIsIssued)
{
    ASSERT_TRUE(start());
    officeReady(false);
    fiveCharges();
    ProduceAccountDialog dialog(frame_, office(), client_.id, case_.id);
    dialog.Show();
    pump();
    EXPECT_FALSE(dialog.hasPrimaryAddress());
    EXPECT_NE(wxWindow::FindWindowByName("no_primary_address", &dialog), nullptr);
    EXPECT_FALSE(dialog.produce());
    EXPECT_NE(dialog.messageBar()->message().Find(_("The client has no primary address: add one before issuing the transaction account.")), wxNOT_FOUND) << dialog.messageBar()->message();
    EXPECT_TRUE(services::AccountService(office()).forClient(client_.id).empty());
    ChargeFilter unbilled;
    unbilled.clientId = client_.id;
    unbilled.state = ChargeState::Unbilled;
    EXPECT_EQ(services::ChargeService(office()).totals(unbilled).count, 5);
    dialog.Hide();
}

TEST_F(Accounts, APaymentIssuesAnInvoiceReceiptAndTheBalanceFollows)
{
    ASSERT_TRUE(start());
    officeReady();
    fiveCharges();
    services::AccountService accounts(office());
    const auto draft = accounts.createDraft(client_.id, {}, "2026-11-26");
    const auto issued = accounts.issue(draft.id);
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    auto* panel = dynamic_cast<AccountsPanel*>(card->FindWindow("accounts_panel"));
    ASSERT_NE(panel, nullptr);
    card->notebook()->SetSelection(card->notebook()->FindPage(panel));
    pump();
    panel->select(0);
    screenshot(card, "account-tab-issued");

    const int64_t partial = 600000; // above ₪5,000 before VAT, no allocation number
    ModalDriver driver;
    driver.whileShown([&](wxDialog* d) {
        auto* dialog = dynamic_cast<PaymentDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        pump();
        auto* amount = named<wxTextCtrl>(dialog, "amount");
        EXPECT_EQ(text::parseAgorot(utf8(amount->GetValue())), issued.balanceAgorot()) << "the balance by default";
        amount->ChangeValue("6,000.00");
        screenshot(dialog, "account-payment-dialog");
        click(named(dialog, "save"));
    });
    driver.then([](wxDialog* d) {
        auto* box = dynamic_cast<wxMessageDialog*>(d);
        EXPECT_NE(box, nullptr);
        // The allocation number was required and missing: the box warns.
        if (box) {
            EXPECT_TRUE(box->GetMessageDialogStyle() & wxICON_WARNING) << box->GetMessage();
        }
        return int(wxID_YES);
    });
    panel->paySelected();
    EXPECT_TRUE(driver.done());

    ASSERT_EQ(panel->accounts().size(), 1u);
    EXPECT_EQ(panel->accounts()[0].paidAgorot, partial);
    EXPECT_EQ(panel->accounts()[0].balanceAgorot(), issued.totalAgorot - partial);
    EXPECT_EQ(panel->list()->GetTextValue(0, 4), moneyText(partial));
    EXPECT_EQ(panel->list()->GetTextValue(0, 5), moneyText(issued.totalAgorot - partial));
    ASSERT_EQ(panel->invoices().size(), 1u);
    EXPECT_EQ(panel->invoices()[0].totalAgorot, partial);
    EXPECT_EQ(panel->invoiceList()->GetItemCount(), 1u);
    ASSERT_EQ(launched_.size(), 1u);
    EXPECT_TRUE(std::filesystem::exists(pathOf(launched_[0])));
    panel->select(0);
    screenshot(card, "account-tab-paid");
}

TEST_F(Accounts, ATaxInvoiceBeforePaymentFromTheTab)
{
    ASSERT_TRUE(start());
    officeReady();
    fiveCharges();
    services::AccountService accounts(office());
    const auto issued = accounts.issue(accounts.createDraft(client_.id, {}, "2026-11-26").id);
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    auto* panel = dynamic_cast<AccountsPanel*>(card->FindWindow("accounts_panel"));
    ASSERT_NE(panel, nullptr);
    card->notebook()->SetSelection(card->notebook()->FindPage(panel));
    pump();
    panel->select(0);
    EXPECT_TRUE(named(panel, "tax_invoice")->IsEnabled());
    panel->taxInvoiceSelected();
    pump();
    ASSERT_EQ(panel->invoices().size(), 1u);
    EXPECT_EQ(panel->invoices()[0].kind, "invoice");
    EXPECT_EQ(panel->invoices()[0].totalAgorot, issued.totalAgorot);
    EXPECT_EQ(launched_.size(), 1u) << "the invoice's PDF opened";
    panel->select(0);
    EXPECT_FALSE(named(panel, "tax_invoice")->IsEnabled()) << "one tax invoice per account";
    // A payment now issues a receipt, not a second tax invoice.
    const auto paid = accounts.pay(issued.id, 1000, PaymentMethod::Cash);
    EXPECT_EQ(paid.invoiceReceipt.kind, "receipt");
    screenshot(card, "account-tab-tax-invoice");
}

TEST_F(Accounts, CancellingReleasesTheChargesAndTheNumberStaysVisible)
{
    ASSERT_TRUE(start());
    officeReady();
    fiveCharges();
    services::AccountService accounts(office());
    const auto issued = accounts.issue(accounts.createDraft(client_.id).id);
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client_.id);
    auto* panel = dynamic_cast<AccountsPanel*>(card->FindWindow("accounts_panel"));
    ASSERT_NE(panel, nullptr);
    panel->select(0);
    ModalDriver driver;
    driver.then([](wxDialog*) { return int(wxID_YES); });
    click(named(card, "cancel_account"));
    EXPECT_TRUE(driver.done());
    ASSERT_EQ(panel->accounts().size(), 1u);
    EXPECT_EQ(panel->accounts()[0].state, AccountState::Cancelled);
    EXPECT_EQ(panel->list()->GetTextValue(0, 0), isolated(issued.number));
    EXPECT_EQ(panel->list()->GetTextValue(0, 2), accountStateText(AccountState::Cancelled));
    ChargeFilter unbilled;
    unbilled.clientId = client_.id;
    unbilled.state = ChargeState::Unbilled;
    EXPECT_EQ(services::ChargeService(office()).totals(unbilled).count, 5);
}

TEST_F(Accounts, TheCaseCardProducesAnAccountOfItsCase)
{
    ASSERT_TRUE(start());
    officeReady();
    fiveCharges();
    const Case other = addCase("2024/200", "ייעוץ חוזי");
    Charge c;
    c.clientId = client_.id;
    c.caseId = other.id;
    c.kind = ChargeKind::Fixed;
    c.description = "חוזה שכירות";
    c.amountAgorot = 300000;
    services::ChargeService(office()).add(c);
    CaseCardFrame* card = CaseCardFrame::showFor(frame_, office(), case_.id);
    pump();
    ModalDriver driver;
    driver.whileShown([&](wxDialog* d) {
        auto* dialog = dynamic_cast<ProduceAccountDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->model().rows().size(), 5u) << "this case's charges only";
        click(named(dialog, "save_draft"));
    });
    driver.then([](wxDialog*) { return int(wxID_NO); });
    click(named(card, "produce_account"));
    EXPECT_TRUE(driver.done());
    const auto made = services::AccountService(office()).forClient(client_.id);
    ASSERT_EQ(made.size(), 1u);
    EXPECT_EQ(made[0].state, AccountState::Draft);
    EXPECT_EQ(services::AccountService(office()).charges(made[0].id).size(), 5u);
}

TEST_F(Accounts, AReportShowsItsRowsAndExportsToCsvXlsxAndPdf)
{
    ASSERT_TRUE(start());
    officeReady();
    fiveCharges();
    ReportsFrame* reports = ReportsFrame::show(frame_, office());
    pump();
    ASSERT_TRUE(reports->choose("unbilled-by-client"));
    reports->setPeriod("2020-01-01", "2030-12-31");
    ASSERT_TRUE(reports->showReport()) << reports->messageBar()->message();
    EXPECT_FALSE(reports->report().rows.empty());
    EXPECT_GE(reports->list()->GetModel() ? reports->list()->GetColumnCount() : 0u, 2u);
    screenshot(reports, "reports-window");

    const auto dir = freshFolder("reports-export");
    EXPECT_TRUE(reports->exportTo(dir / "r.csv", ReportsFrame::Format::Csv));
    EXPECT_TRUE(reports->exportTo(dir / "r.xlsx", ReportsFrame::Format::Xlsx));
    EXPECT_TRUE(reports->exportTo(dir / "r.pdf", ReportsFrame::Format::Pdf));
    for (const char* f : {"r.csv", "r.xlsx", "r.pdf"}) {
        ASSERT_TRUE(std::filesystem::exists(dir / f)) << f;
        EXPECT_GT(std::filesystem::file_size(dir / f), 0u) << f;
    }
    std::ifstream csv(dir / "r.csv");
    std::stringstream text;
    text << csv.rdbuf();
    EXPECT_NE(text.str().find("כהן"), std::string::npos) << text.str();

    // A report of accounts too: its totals row shows last, in bold.
    ASSERT_TRUE(reports->choose("accounts"));
    ASSERT_TRUE(reports->showReport());
}

TEST_F(Accounts, TheLetterheadShowsARefusalAtItsField)
{
    ASSERT_TRUE(start());
    ModalDriver driver;
    driver.whileShown([&](wxDialog* d) {
        auto* dialog = dynamic_cast<LetterheadDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        named<wxTextCtrl>(dialog, "office_name")->ChangeValue(wxString::FromUTF8("כהן ושות'"));
        named<wxTextCtrl>(dialog, "vat_number")->ChangeValue("123456789");
        EXPECT_FALSE(dialog->save());
        EXPECT_FALSE(dialog->messages().sentenceAt("vat_number").empty());
        named<wxTextCtrl>(dialog, "vat_number")->ChangeValue("516179157");
        EXPECT_TRUE(dialog->save());
    });
    LetterheadDialog(frame_, office()).ShowModal();
    EXPECT_EQ(services::SettingsService(office()).letterhead().vatNumber, "516179157");
}

} // namespace praklit::ui::test
