// The dated VAT and allocation-threshold tables (Tools → VAT and allocation
// tables): a rate from a future date is stored through the dialog and is the
// one in force on that date; a rate that is not one, or is out of range, is
// refused at its field and nothing is stored.
#include "ModalDriver.h"
#include "TimeTestSupport.h"

#include "services/AccountService.h"
#include "ui/billing/DatedTablesDialog.h"
#include "ui/office/MainMenu.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/dataview.h>
#include "ui/widgets/DateField.h"
#include <wx/textctrl.h>

namespace praklit::ui::test {

namespace {
using DatedTables = TimeFixture;
} // namespace

TEST_F(DatedTables, AFutureVatRateIsStoredAndABadOneIsRefusedAtItsField)
{
    ASSERT_TRUE(start());
    services::AccountService accounts(office());
    const auto ratesBefore = accounts.vatRates().size();
    const auto thresholdsBefore = accounts.allocationThresholds().size();
    const int rateBefore = accounts.vatRateOn("2031-03-01");

    ModalDriver driver;
    driver.whileShown([&](wxDialog* d) {
        auto* dialog = dynamic_cast<DatedTablesDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        auto* vat = named(dialog, "vat_rates");
        auto* thresholds = named(dialog, "allocation_thresholds");
        ASSERT_TRUE(vat && thresholds);
        auto* vatList = named<wxDataViewListCtrl>(dialog, "vat_rates_list");
        ASSERT_NE(vatList, nullptr);
        EXPECT_EQ(static_cast<size_t>(vatList->GetItemCount()), ratesBefore);

        named<DateField>(vat, "date")->SetValue(dateFromIso("2031-03-01"));
        auto* rate = named<wxTextCtrl>(vat, "rate");
        for (const char* bad : {"abc", "150"}) {
            rate->ChangeValue(bad);
            EXPECT_FALSE(dialog->addVatRate()) << bad;
            EXPECT_FALSE(dialog->vatMessages().sentenceAt("rate").empty()) << bad;
            EXPECT_EQ(rate->GetValue(), bad); // what was typed stays
            EXPECT_EQ(accounts.vatRates().size(), ratesBefore) << bad;
        }
        EXPECT_EQ(accounts.vatRateOn("2031-03-01"), rateBefore);
        screenshot(dialog, "dated-tables-refused");

        rate->ChangeValue("19.5");
        EXPECT_TRUE(dialog->addVatRate());
        EXPECT_TRUE(dialog->vatMessages().sentenceAt("rate").empty());
        EXPECT_EQ(static_cast<size_t>(vatList->GetItemCount()), ratesBefore + 1);

        // The threshold table keeps its own sentences: its "amount" is refused alone.
        named<DateField>(thresholds, "date")->SetValue(dateFromIso("2031-03-01"));
        auto* amount = named<wxTextCtrl>(thresholds, "amount");
        amount->ChangeValue("abc");
        EXPECT_FALSE(dialog->addThreshold());
        EXPECT_FALSE(dialog->thresholdMessages().sentenceAt("amount").empty());
        EXPECT_EQ(accounts.allocationThresholds().size(), thresholdsBefore);
        amount->ChangeValue("5,000");
        EXPECT_TRUE(dialog->addThreshold());
        screenshot(dialog, "dated-tables");
        click(named(dialog, "close"));
    });
    // Opened as the person opens it: Tools and maintenance → VAT and allocation tables.
    wxCommandEvent menu(wxEVT_MENU, ID_DATED_TABLES);
    frame_->GetEventHandler()->ProcessEvent(menu);
    EXPECT_TRUE(driver.done());

    EXPECT_EQ(accounts.vatRateOn("2031-03-01"), 1950);
    EXPECT_EQ(accounts.vatRateOn("2031-02-28"), rateBefore); // the day before keeps the old rate
    EXPECT_EQ(accounts.allocationThresholdOn("2031-03-01"), std::optional<int64_t>(500000));
}

} // namespace praklit::ui::test
