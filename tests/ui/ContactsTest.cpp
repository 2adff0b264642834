#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/ContactDialog.h"
#include "ui/clients/ContactsPage.h"
#include "ui/widgets/RecordList.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

namespace praklit::ui::test {

namespace {

class Contacts : public OfficeWindows {
protected:
    ContactsPage* openPage(const Client& client)
    {
        card_ = ClientCardFrame::showFor(frame_, office(), client.id);
        card_->notebook()->SetSelection(2);
        pump();
        return card_->contacts();
    }

    ClientCardFrame* card_ = nullptr;
};

} // namespace

TEST_F(Contacts, WithoutALastNameTheDialogStaysOpenWithTheSentenceAtTheLastName)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addOrganisation("אלפא מערכות בע\"מ", "516179157");
    ContactsPage* page = openPage(client);
    ModalDriver dialogs;
    dialogs.whileShown([this](wxDialog* d) {
        auto* dialog = static_cast<ContactDialog*>(d);
        named<wxTextCtrl>(d, "first_name")->ChangeValue(wxString::FromUTF8("רות"));
        named<wxTextCtrl>(d, "email")->ChangeValue("ruth@alfa.co.il");
        named<wxCheckBox>(d, "addressee_accounts")->SetValue(true);

        dialog->save();
        EXPECT_TRUE(d->IsModal()) << "refused: the dialog stays open";
        EXPECT_NE(dialog->messages().sentenceAt("last_name"), wxString());
        EXPECT_TRUE(hasFocus(named(d, "last_name")));
        EXPECT_EQ(named<wxTextCtrl>(d, "first_name")->GetValue(), wxString::FromUTF8("רות")) << "nothing typed is lost";
        EXPECT_EQ(named<wxTextCtrl>(d, "email")->GetValue(), "ruth@alfa.co.il");
        EXPECT_TRUE(named<wxCheckBox>(d, "addressee_accounts")->GetValue());
        EXPECT_TRUE(clients().contacts(card_->clientId()).empty()) << "nothing stored";
        screenshot(d, "contact-dialog-refused-he");

        named<wxTextCtrl>(d, "last_name")->ChangeValue(wxString::FromUTF8("אבן"));
        named<wxTextCtrl>(d, "mobile")->ChangeValue("052-7654321");
        named<wxChoice>(d, "role")->SetSelection(1);
        dialog->save();
        EXPECT_FALSE(d->IsModal()) << dialog->messages().sentenceAt("last_name");
    });
    page->addContact();
    pump();

    ASSERT_EQ(page->list()->rows(), 1);
    const auto stored = clients().contacts(client.id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].lastName, "אבן");
    EXPECT_TRUE(stored[0].addresseeForAccounts);
    EXPECT_FALSE(stored[0].addresseeForInvoices);
    EXPECT_EQ(stored[0].roleName, clients().roles().front().name);
    EXPECT_EQ(page->list()->GetTextValue(0, 2), wxString::FromUTF8("\u2066052-765-4321\u2069"));
    screenshot(card_, "client-card-contacts-added-he");
}

TEST_F(Contacts, AddNewRoleAddsItForEveryoneAndSelectsIt)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addPerson("משה", "כהן");
    ContactsPage* page = openPage(client);
    const size_t before = clients().roles().size();
    ModalDriver dialogs;
    dialogs.whileShown([](wxDialog* d) {
            click(named(d, "add_role"));
            const wxString chosen = named<wxChoice>(d, "role")->GetStringSelection();
            EXPECT_EQ(chosen, wxString::FromUTF8("רכז גבייה"));
            // The same name again is refused where the role is chosen.
            static_cast<ContactDialog*>(d)->addRole(wxString::FromUTF8("רכז גבייה"));
            EXPECT_NE(static_cast<ContactDialog*>(d)->messages().sentenceAt("role"), wxString());
        })
        .then([](wxDialog* d) -> int {
            auto* ask = static_cast<wxTextEntryDialog*>(d);
            ask->SetValue(wxString::FromUTF8("  רכז גבייה "));
            return wxID_OK;
        });
    page->addContact();
    pump();
    EXPECT_EQ(clients().roles().size(), before + 1);
    bool found = false;
    for (const auto& role : clients().roles()) found = found || role.name == "רכז גבייה";
    EXPECT_TRUE(found);
}

TEST_F(Contacts, EnterSavesTheDialogAndEscCancelsIt)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addPerson("משה", "כהן");
    ContactsPage* page = openPage(client);
    ModalDriver dialogs;
    dialogs
        .whileShown([](wxDialog* d) {
            named<wxTextCtrl>(d, "first_name")->ChangeValue(wxString::FromUTF8("רות"));
            press(named(d, "first_name"), WXK_RETURN);
            EXPECT_TRUE(pumpUntil([d] { return !static_cast<ContactDialog*>(d)->messages().sentenceAt("last_name").empty(); }))
                << "Enter saves, and the service refuses: no last name";
            EXPECT_TRUE(d->IsModal());
            press(named(d, "last_name"), WXK_ESCAPE);
            EXPECT_TRUE(pumpUntil([d] { return !d->IsModal(); })) << "Esc cancels";
            EXPECT_EQ(d->GetReturnCode(), wxID_CANCEL);
        })
        .whileShown([](wxDialog* d) {
            named<wxTextCtrl>(d, "last_name")->ChangeValue(wxString::FromUTF8("אבן"));
            press(named(d, "last_name"), WXK_RETURN);
            EXPECT_TRUE(pumpUntil([d] { return !d->IsModal(); }))
                << static_cast<ContactDialog*>(d)->messages().sentenceAt("last_name");
        });
    page->addContact();
    page->addContact();
    pump();
    EXPECT_EQ(clients().contacts(client.id).size(), 1u);
}

TEST_F(Contacts, TheDialogAsTheArticleShowsIt)
{
    ASSERT_NE(start(), nullptr);
    ContactsPage* page = openPage(addPerson("משה", "כהן"));
    Contact contact;
    auto dialog = page->makeDialog(contact);
    dialog->Show();
    pump();
    EXPECT_EQ(dialog->GetLayoutDirection(), wxLayout_RightToLeft);
    // Reading order: the role comes first at the right, [Add new role] after it.
    EXPECT_GT(named(dialog.get(), "role")->GetScreenPosition().x, named(dialog.get(), "add_role")->GetScreenPosition().x);
    EXPECT_GT(named<wxChoice>(dialog.get(), "role")->GetCount(), 2u) << "the built-in roles";
    screenshot(dialog.get(), "contact-dialog-he");
    dialog->Hide();
}

} // namespace praklit::ui::test
