#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "services/CaseService.h"
#include "support/TestDatabase.h"
#include "ui/clients/AddressesPhonesPage.h"
#include "ui/clients/CasesPage.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/ClientDetailsPage.h"
#include "ui/clients/ContactsPage.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"
#include "ui/widgets/Utf8.h"

#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>

namespace praklit::ui::test {

namespace {

class ClientCard : public OfficeWindows {
protected:
    // A client with something in every tab, as an office has them.
    Client fullClient()
    {
        auto service = clients();
        Client c = addPerson("משה", "כהן", "039337423");
        c.email = "moshe@cohen-law.co.il";
        c.note = "לקוח ותיק; מעדיף שיחות בבוקר.";
        c = service.update(c);
        Address home;
        home.ownerId = c.id;
        home.street = "הרצל";
        home.house = "12";
        home.city = "תל אביב-יפו";
        home.zip = "6120101";
        service.addAddress(home);
        Address work;
        work.ownerId = c.id;
        work.street = "דרך מנחם בגין";
        work.house = "132";
        work.city = "תל אביב-יפו";
        work.poBox = "5000";
        service.addAddress(work);
        service.addPhone(c.id, PhoneType::Mobile, "050-1234567");
        service.addPhone(c.id, PhoneType::Office, "03-6912345");
        Contact referent;
        referent.clientId = c.id;
        referent.firstName = "רות";
        referent.lastName = "אבן";
        referent.email = "ruth@example.co.il";
        referent.addresseeForAccounts = true;
        referent = service.addContact(referent, service.roles().front().name);
        service.addContactPhone(referent.id, PhoneType::Mobile, "052-7654321");
        Contact manager;
        manager.clientId = c.id;
        manager.title = "ד\"ר";
        manager.firstName = "אבי";
        manager.lastName = "מזרחי";
        manager.addresseeForInvoices = true;
        service.addContact(manager, service.roles().back().name);
        services::CaseService cases(office());
        Case claim;
        claim.clientId = c.id;
        claim.subject = "תביעה כספית נגד ספק";
        claim.court = "בית משפט השלום בתל אביב";
        claim.proceedingType = "ת\"א";
        claim.courtNumber = "3036-11-17";
        claim.openedOn = "2024-03-05";
        cases.add(claim);
        Case appeal;
        appeal.clientId = c.id;
        appeal.subject = "ערעור";
        appeal.court = "בית המשפט העליון";
        appeal.proceedingType = "רע\"א";
        appeal.courtNumber = "2904/14";
        appeal.openedOn = "2014-06-01";
        appeal.closedOn = "2015-01-20";
        appeal.status = CaseStatus::Closed;
        cases.add(appeal);
        return c;
    }

    template <typename T> T* field(ClientCardFrame* card, const char* name) { return named<T>(card->details(), name); }
};

} // namespace

TEST_F(ClientCard, EachTabRightToLeftWithTheClientsRecords)
{
    ASSERT_NE(start(), nullptr);
    const Client client = fullClient();
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client.id);
    pump();
    EXPECT_EQ(card->GetTitle(), wxString::Format(_("Client card — %s"), wxString::FromUTF8("כהן משה")));
    EXPECT_EQ(card->GetLayoutDirection(), wxLayout_RightToLeft);
    // The client's own four tabs come first; the others follow them.
    ASSERT_GE(card->notebook()->GetPageCount(), 4u);
    EXPECT_EQ(card->notebook()->GetPageText(3), _("Cases"));
    EXPECT_EQ(card->addressesPhones()->addressList()->rows(), 2);
    EXPECT_EQ(card->addressesPhones()->phoneList()->rows(), 2);
    EXPECT_EQ(card->contacts()->list()->rows(), 2);
    EXPECT_EQ(card->cases()->list()->rows(), 2);
    // Labels at the start edge, their fields after them: right to left.
    EXPECT_GT(named(card->details(), "first_name_label")->GetScreenPosition().x,
              named(card->details(), "first_name")->GetScreenPosition().x);

    const char* names[] = {"client-card-details-he", "client-card-addresses-phones-he", "client-card-contacts-he",
                           "client-card-cases-he"};
    for (size_t page = 0; page < 4; ++page) {
        card->notebook()->SetSelection(page);
        pump();
        screenshot(card, names[page]);
    }
}

TEST_F(ClientCard, ARefusedSaveShowsTheSentenceAtTheFieldFocusesItAndKeepsTheText)
{
    ASSERT_NE(start(), nullptr);
    ClientCardFrame* card = ClientCardFrame::showNew(frame_, office());
    pump();
    EXPECT_EQ(card->notebook()->GetPageCount(), 1u) << "no tabs for records until the client is stored";
    field<wxTextCtrl>(card, "first_name")->ChangeValue(wxString::FromUTF8("משה"));
    field<wxTextCtrl>(card, "id_number")->ChangeValue("123456789");

    EXPECT_FALSE(card->save());
    EXPECT_NE(card->messages().sentenceAt("last_name"), wxString()) << "the last name is the first thing missing";
    EXPECT_TRUE(hasFocus(field<wxTextCtrl>(card, "last_name")));
    EXPECT_EQ(field<wxTextCtrl>(card, "first_name")->GetValue(), wxString::FromUTF8("משה"));

    field<wxTextCtrl>(card, "last_name")->ChangeValue(wxString::FromUTF8("כהן"));
    EXPECT_FALSE(card->save());
    EXPECT_EQ(card->messages().sentenceAt("last_name"), wxString()) << "an old sentence goes at the next try";
    EXPECT_NE(card->messages().sentenceAt("id_number"), wxString());
    EXPECT_TRUE(hasFocus(field<wxTextCtrl>(card, "id_number")));
    EXPECT_EQ(field<wxTextCtrl>(card, "id_number")->GetValue(), "123456789");
    screenshot(card, "client-card-refused-he");

    field<wxTextCtrl>(card, "id_number")->ChangeValue("39337423"); // the leading zero left out
    ASSERT_TRUE(card->save()) << card->messageBar()->message();
    EXPECT_EQ(field<wxTextCtrl>(card, "id_number")->GetValue(), "039337423") << "shown as stored";
    EXPECT_GE(card->notebook()->GetPageCount(), 4u) << "a stored client has its records' tabs";
    EXPECT_EQ(card->GetTitle(), wxString::Format(_("Client card — %s"), wxString::FromUTF8("כהן משה")));
    EXPECT_EQ(ClientCardFrame::find(card->clientId()), card);
}

TEST_F(ClientCard, AnOrganisationHasOneNameAndACompanyNumber)
{
    ASSERT_NE(start(text::Language::English), nullptr);
    ClientCardFrame* card = ClientCardFrame::showNew(frame_, office());
    pump();
    field<wxRadioButton>(card, "organisation")->SetValue(true);
    wxCommandEvent chosen(wxEVT_RADIOBUTTON, field<wxRadioButton>(card, "organisation")->GetId());
    chosen.SetEventObject(field<wxRadioButton>(card, "organisation"));
    field<wxRadioButton>(card, "organisation")->ProcessWindowEvent(chosen);
    EXPECT_FALSE(field<wxTextCtrl>(card, "last_name")->IsShown());
    EXPECT_TRUE(field<wxTextCtrl>(card, "org_name")->IsShown());
    field<wxTextCtrl>(card, "org_name")->ChangeValue(wxString::FromUTF8("אלפא מערכות בע\"מ"));
    field<wxTextCtrl>(card, "id_number")->ChangeValue("516179157");
    ASSERT_TRUE(card->save()) << card->messageBar()->message();
    EXPECT_EQ(clients().get(card->clientId()).kind, EntityKind::Organisation);
}

TEST_F(ClientCard, AStaleSaveIsRefusedWithWhoChangedItAndOffersReload)
{
    ASSERT_NE(start(text::Language::English), nullptr);
    const Client client = addPerson("Moshe", "Cohen");
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client.id);
    pump();
    field<wxTextCtrl>(card, "note")->ChangeValue("Typed in the card");

    // Another workstation changes the client meanwhile.
    {
        auto other = services::OfficeSession::open(ConnectionUrl::sqliteFile(officeFile()), "dana");
        Client theirs = services::ClientService(*other).get(client.id);
        theirs.email = "moshe@example.com";
        services::ClientService(*other).update(theirs);
    }

    EXPECT_FALSE(card->save());
    const wxString sentence = card->messageBar()->message();
    EXPECT_NE(sentence.find("changed by dana"), wxString::npos) << sentence;
    EXPECT_TRUE(card->messageBar()->offersReload());
    EXPECT_EQ(field<wxTextCtrl>(card, "note")->GetValue(), "Typed in the card") << "nothing typed is lost";
    const Client stored = clients().get(client.id);
    EXPECT_EQ(stored.email, "moshe@example.com") << "nothing overwritten";
    EXPECT_EQ(stored.note, "");
    screenshot(card, "client-card-conflict-en");

    card->messageBar()->reload();
    pump();
    EXPECT_EQ(field<wxTextCtrl>(card, "email")->GetValue(), "moshe@example.com");
    field<wxTextCtrl>(card, "note")->ChangeValue("Typed again");
    EXPECT_TRUE(card->save()) << card->messageBar()->message();
    EXPECT_EQ(clients().get(client.id).note, "Typed again");
}

// Two workstations on the shared office server (ctest runs it as ui_postgresql,
// with the server scripts/test starts).
TEST_F(ClientCard, OfficeServerTwoWorkstationsEditOneClientAndTheSecondSaveIsRefused)
{
    praklit::test::TestDatabase server(Backend::PostgreSQL);
    frame_ = startOn(server.url().withPassword(), text::Language::Hebrew);
    ASSERT_NE(frame_, nullptr);
    const Client client = addPerson("משה", "כהן", "039337423");
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client.id);
    pump();
    field<wxTextCtrl>(card, "note")->ChangeValue(wxString::FromUTF8("נכתב בתחנה הראשונה"));
    {
        auto other = server.open("dana");
        Client theirs = services::ClientService(*other).get(client.id);
        theirs.email = "moshe@example.co.il";
        services::ClientService(*other).update(theirs);
    }
    EXPECT_FALSE(card->save());
    EXPECT_NE(card->messageBar()->message().find("dana"), wxString::npos) << card->messageBar()->message();
    EXPECT_TRUE(card->messageBar()->offersReload());
    EXPECT_EQ(clients().get(client.id).email, "moshe@example.co.il") << "nothing overwritten";
    EXPECT_EQ(clients().get(client.id).note, "");
    screenshot(card, "client-card-conflict-server-he");
    closeAllWindows(); // the office closes before its schema is dropped
}

TEST_F(ClientCard, BadInputGetsClearSentencesAndNeverBreaksTheCard)
{
    ASSERT_NE(start(text::Language::English), nullptr);
    ClientCardFrame* card = ClientCardFrame::showNew(frame_, office());
    pump();
    auto* last = field<wxTextCtrl>(card, "last_name");
    auto* email = field<wxTextCtrl>(card, "email");

    last->ChangeValue(wxString(wxUniChar(0x05D0), 400)); // far longer than a name
    EXPECT_FALSE(card->save());
    EXPECT_NE(card->messages().sentenceAt("last_name"), wxString());
    EXPECT_EQ(last->GetValue().length(), 400u);

    last->ChangeValue(wxString::FromUTF8("\u200fO'Brien; DROP TABLE entities; -- 😀\u200e"));
    email->ChangeValue("not an e-mail");
    EXPECT_FALSE(card->save());
    EXPECT_NE(card->messages().sentenceAt("email"), wxString());

    email->ChangeValue("obrien@example.com");
    ASSERT_TRUE(card->save()) << card->messageBar()->message();
    EXPECT_EQ(clients().get(card->clientId()).lastName, "O'Brien; DROP TABLE entities; -- 😀")
        << "stored as typed, the marks at its ends trimmed";
    EXPECT_EQ(clients().count(), 1);
}

TEST_F(ClientCard, ClosingWithUnsavedDetailsAsksFirst)
{
    ASSERT_NE(start(text::Language::English), nullptr);
    const Client client = addPerson("Moshe", "Cohen");
    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), client.id);
    pump();
    field<wxTextCtrl>(card, "first_name")->ChangeValue("Moses");
    {
        ModalDriver dialogs;
        dialogs.then([](wxDialog*) { return int(wxID_CANCEL); });
        card->Close();
        pump();
    }
    EXPECT_EQ(ClientCardFrame::find(client.id), card) << "cancelled: the card stays, with the text";
    {
        ModalDriver dialogs;
        dialogs.then([](wxDialog*) { return int(wxID_CANCEL); });
        EXPECT_FALSE(frame_->Close()) << "leaving Praklit asks about the card too";
        pump();
    }
    EXPECT_EQ(ClientCardFrame::find(client.id), card);
    EXPECT_FALSE(frame_->IsBeingDeleted());
    {
        ModalDriver dialogs;
        dialogs.then([](wxDialog*) { return int(wxID_YES); }); // [Save]
        card->Close();
        pump();
    }
    EXPECT_EQ(ClientCardFrame::find(client.id), nullptr);
    EXPECT_EQ(clients().get(client.id).firstName, "Moses");
}

} // namespace praklit::ui::test
