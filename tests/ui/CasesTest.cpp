#include "ModalDriver.h"

#include "text/Timestamp.h"
#include "ui/widgets/DateField.h"
#include "OfficeWindows.h"

#include "services/CaseService.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/CaseDialog.h"
#include "ui/clients/CasesPage.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"

#include <wx/combobox.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui::test {

namespace {

class Cases : public OfficeWindows {
protected:
    CasesPage* openPage(const Client& client)
    {
        card_ = ClientCardFrame::showFor(frame_, office(), client.id);
        card_->notebook()->SetSelection(3);
        pump();
        return card_->cases();
    }

    ClientCardFrame* card_ = nullptr;
};

} // namespace

TEST_F(Cases, ANewCaseTakesTheNextNumberAndACourtNumberIsChecked)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addPerson("משה", "כהן");
    CasesPage* page = openPage(client);
    const auto [prefix, next] = services::CaseService(office()).series();
    const std::string expected = prefix + std::to_string(next);

    ModalDriver dialogs;
    dialogs.whileShown([&](wxDialog* d) {
        auto* dialog = static_cast<CaseDialog*>(d);
        EXPECT_NE(named<wxStaticText>(d, "internal_number_hint")->GetLabel().find(wxString::FromUTF8(expected)),
                  wxString::npos);
        named<wxTextCtrl>(d, "subject")->ChangeValue(wxString::FromUTF8("תביעה כספית"));
        named<wxComboBox>(d, "court")->ChangeValue(wxString::FromUTF8("בית משפט השלום בחיפה"));
        named<wxComboBox>(d, "proceeding_type")->SetValue(wxString::FromUTF8("ת\"א"));
        named<wxTextCtrl>(d, "court_number")->ChangeValue("12345-13-24"); // no 13th month
        dialog->save();
        EXPECT_TRUE(d->IsModal());
        EXPECT_NE(dialog->messages().sentenceAt("court_number"), wxString());
        EXPECT_TRUE(hasFocus(named(d, "court_number")));
        screenshot(d, "case-dialog-refused-he");

        named<wxTextCtrl>(d, "court_number")->ChangeValue("12345-01-24");
        dialog->save();
        EXPECT_FALSE(d->IsModal()) << dialog->messages().sentenceAt("court_number");
    });
    page->newCase();
    pump();

    ASSERT_EQ(page->list()->rows(), 1);
    const auto stored = services::CaseService(office()).forClient(client.id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].internalNumber, expected);
    EXPECT_EQ(stored[0].courtNumber, "12345-01-24");
    EXPECT_EQ(stored[0].lawyerUserId, office().user().id);
}

TEST_F(Cases, EnterOnACaseOpensItsCardWhereItIsEditedAndSaved)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addPerson("משה", "כהן");
    Case c;
    c.clientId = client.id;
    c.subject = "ערעור";
    c.court = "בית המשפט העליון";
    c.proceedingType = "רע\"א";
    c.courtNumber = "2904/14";
    c.openedOn = "2014-06-01";
    c = services::CaseService(office()).add(c);
    CasesPage* page = openPage(client);
    page->list()->SelectRow(0);
    press(page->list(), WXK_RETURN);

    CaseCardFrame* caseCard = CaseCardFrame::find(c.id);
    ASSERT_NE(caseCard, nullptr) << "Enter opens the case card";
    EXPECT_NE(caseCard->GetTitle().find(wxString::FromUTF8("ערעור")), wxString::npos) << caseCard->GetTitle();
    EXPECT_EQ(named<wxTextCtrl>(caseCard->form(), "court_number")->GetValue(), "2904/14");
    screenshot(caseCard, "case-card-he");

    named<wxTextCtrl>(caseCard->form(), "subject")->ChangeValue(wxString::FromUTF8("ערעור על פסק דין"));
    caseCard->save();
    EXPECT_EQ(caseCard->messageBar()->message(), _("Saved."));
    EXPECT_EQ(services::CaseService(office()).get(c.id).subject, "ערעור על פסק דין");
    EXPECT_EQ(page->list()->GetTextValue(0, 1), wxString::FromUTF8("ערעור על פסק דין")) << "the client card's list follows";

    // Opened again: the same card comes forward.
    page->openCase();
    int cards = 0;
    for (wxWindow* window : wxTopLevelWindows) cards += dynamic_cast<CaseCardFrame*>(window) ? 1 : 0;
    EXPECT_EQ(cards, 1);
}

TEST_F(Cases, ADateIsShownAndTakenDayFirstWhateverTheMachinesLocale)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addPerson("משה", "כהן");
    Case c;
    c.clientId = client.id;
    c.subject = "ערעור";
    c.openedOn = "2014-06-01";
    c = services::CaseService(office()).add(c);
    CasesPage* page = openPage(client);
    page->list()->SelectRow(0);
    page->openCase();
    CaseCardFrame* caseCard = CaseCardFrame::find(c.id);
    ASSERT_NE(caseCard, nullptr);
    auto* opened = named<DateField>(caseCard->form(), "opened_on");
    EXPECT_EQ(opened->box()->GetValue(), "01/06/2014") << "day first, not the C library's month first";
    EXPECT_EQ(named<wxStaticText>(caseCard->form(), "opened_on_hebrew")->GetLabel(),
              wxString::FromUTF8(text::hebrewCalendarDate("2014-06-01")));

    // Typed the ways an office types a date, and kept as the date it is.
    for (const auto& [typed, stored] : std::vector<std::pair<const char*, const char*>>{
             {"1.12.26", "2026-12-01"}, {"1/12/2026", "2026-12-01"}, {"2026-12-02", "2026-12-02"}, {"3-12-2026", "2026-12-03"}}) {
        opened->box()->SetValue(typed);
        caseCard->save();
        EXPECT_EQ(caseCard->messageBar()->message(), _("Saved.")) << typed;
        EXPECT_EQ(services::CaseService(office()).get(c.id).openedOn, stored) << typed;
    }
    EXPECT_EQ(named<wxStaticText>(caseCard->form(), "opened_on_hebrew")->GetLabel(), wxString::FromUTF8("כ״ג בכסלו תשפ״ז"));
    screenshot(caseCard, "case-card-dates-he");

    // No such day: one sentence, and the date stored stays.
    opened->box()->SetValue("31/02/2026");
    caseCard->save();
    EXPECT_NE(caseCard->messageBar()->message(), _("Saved."));
    EXPECT_NE(caseCard->messages().sentenceAt("opened_on").find("31/02/2026"), wxString::npos)
        << caseCard->messages().sentenceAt("opened_on");
    EXPECT_EQ(services::CaseService(office()).get(c.id).openedOn, "2026-12-03");
    EXPECT_EQ(opened->box()->GetValue(), "31/02/2026") << "what was typed is not lost";
}

} // namespace praklit::ui::test
