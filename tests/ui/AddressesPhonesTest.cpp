#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "ui/clients/AddressDialog.h"
#include "ui/clients/AddressesPhonesPage.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/PhoneDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RecordList.h"

#include <wx/checkbox.h>
#include <wx/choicdlg.h>
#include <wx/listbox.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>

namespace praklit::ui::test {

namespace {

class AddressesAndPhones : public OfficeWindows {
protected:
    AddressesPhonesPage* openPage(const Client& client)
    {
        card_ = ClientCardFrame::showFor(frame_, office(), client.id);
        card_->notebook()->SetSelection(1);
        pump();
        return card_->addressesPhones();
    }

    static int primaries(RecordList* list)
    {
        int n = 0;
        for (int row = 0; row < list->rows(); ++row) n += list->GetTextValue(unsigned(row), 0) == wxString::FromUTF8("●");
        return n;
    }

    static void fillAddress(wxDialog* dialog, const char* street, const char* city, bool primary)
    {
        named<wxTextCtrl>(dialog, "street")->ChangeValue(wxString::FromUTF8(street));
        named<wxTextCtrl>(dialog, "city")->ChangeValue(wxString::FromUTF8(city));
        named<wxCheckBox>(dialog, "is_primary")->SetValue(primary);
    }

    ClientCardFrame* card_ = nullptr;
};

} // namespace

TEST_F(AddressesAndPhones, TwoAddressesBothMarkedPrimaryLeaveExactlyOnePrimary)
{
    ASSERT_NE(start(), nullptr);
    AddressesPhonesPage* page = openPage(addPerson("משה", "כהן"));
    ModalDriver dialogs;
    dialogs
        .whileShown([](wxDialog* d) {
            EXPECT_TRUE(named<wxCheckBox>(d, "is_primary")->GetValue()) << "the first address is the primary one";
            fillAddress(d, "הרצל 1", "חיפה", true);
            static_cast<AddressDialog*>(d)->save();
            EXPECT_FALSE(d->IsModal()) << "saved and closed";
        })
        .whileShown([](wxDialog* d) {
            EXPECT_FALSE(named<wxCheckBox>(d, "is_primary")->GetValue());
            fillAddress(d, "יפו 20", "ירושלים", true);
            screenshot(d, "address-dialog-he");
            static_cast<AddressDialog*>(d)->save();
        });
    page->addAddress();
    page->addAddress();
    pump();

    ASSERT_EQ(page->addressList()->rows(), 2);
    EXPECT_EQ(primaries(page->addressList()), 1);
    EXPECT_EQ(page->addressList()->GetTextValue(0, 0), wxString::FromUTF8("●"));
    EXPECT_EQ(page->addressList()->GetTextValue(0, 2), wxString::FromUTF8("ירושלים")) << "the new primary comes first";
}

TEST_F(AddressesAndPhones, DeletingThePrimaryWithTwoOthersAsksWhichBecomesPrimary)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addPerson("משה", "כהן");
    auto service = clients();
    int64_t third = 0;
    for (const char* city : {"חיפה", "ירושלים", "אילת"}) {
        Address a;
        a.ownerId = client.id;
        a.street = "הרצל";
        a.city = city;
        third = service.addAddress(a).id;
    }
    AddressesPhonesPage* page = openPage(client);
    page->addressList()->SelectRow(0); // the primary: חיפה, the first one added

    ModalDriver dialogs;
    dialogs.then([](wxDialog*) { return int(wxID_YES); }) // [Delete]
        .then([](wxDialog* d) -> int {
            EXPECT_EQ(d->GetTitle(), _("Which address becomes primary?"));
            wxListBox* list = nullptr;
            for (wxWindow* child : d->GetChildren())
                if (!list) list = wxDynamicCast(child, wxListBox);
            EXPECT_TRUE(list && list->GetCount() == 2u) << "the remaining addresses to choose from";
            auto* choice = static_cast<wxSingleChoiceDialog*>(d);
            choice->SetSelection(1); // the second remaining one: אילת
            return int(wxID_OK);
        });
    page->deleteAddress();
    pump();

    ASSERT_EQ(page->addressList()->rows(), 2);
    EXPECT_EQ(primaries(page->addressList()), 1);
    EXPECT_EQ(page->addressList()->GetTextValue(0, 2), wxString::FromUTF8("אילת"));
    for (const auto& a : clients().addresses(client.id)) EXPECT_EQ(a.isPrimary, a.id == third);
}

TEST_F(AddressesAndPhones, AnAddressChangedElsewhereMeanwhileIsNotOverwrittenAndCanBeReloaded)
{
    ASSERT_NE(start(text::Language::English), nullptr);
    const Client client = addPerson("Moshe", "Cohen");
    Address address;
    address.ownerId = client.id;
    address.street = "Herzl";
    address.city = "Haifa";
    address = clients().addAddress(address);
    AddressesPhonesPage* page = openPage(client);
    page->addressList()->SelectRow(0);
    ModalDriver dialogs;
    dialogs.whileShown([this, address](wxDialog* d) {
        auto* dialog = static_cast<AddressDialog*>(d);
        named<wxTextCtrl>(d, "zip")->ChangeValue("3100001");
        {
            auto other = services::OfficeSession::open(ConnectionUrl::sqliteFile(officeFile()), "dana");
            Address theirs = services::ClientService(*other).addresses(address.ownerId).front();
            theirs.city = "Tel Aviv";
            services::ClientService(*other).updateAddress(theirs);
        }
        dialog->save();
        EXPECT_TRUE(d->IsModal());
        EXPECT_NE(dialog->messageBar()->message().find("changed by dana"), wxString::npos)
            << dialog->messageBar()->message();
        EXPECT_EQ(named<wxTextCtrl>(d, "zip")->GetValue(), "3100001") << "what was typed stays until Reload";
        EXPECT_EQ(clients().addresses(address.ownerId).front().city, "Tel Aviv") << "nothing overwritten";
        screenshot(d, "address-dialog-conflict-en");
        dialog->messageBar()->reload();
        EXPECT_EQ(named<wxTextCtrl>(d, "city")->GetValue(), "Tel Aviv");
        named<wxTextCtrl>(d, "zip")->ChangeValue("6100001");
        dialog->save();
        EXPECT_FALSE(d->IsModal()) << dialog->messageBar()->message();
    });
    page->editAddress();
    pump();
    EXPECT_EQ(clients().addresses(client.id).front().zip, "6100001");
}

TEST_F(AddressesAndPhones, ABadPhoneIsRefusedWithTheSentenceAndAPastedOneIsTaken)
{
    ASSERT_NE(start(), nullptr);
    const Client client = addPerson("משה", "כהן");
    AddressesPhonesPage* page = openPage(client);
    ModalDriver dialogs;
    dialogs.whileShown([](wxDialog* d) {
        auto* number = named<wxTextCtrl>(d, "number");
        number->ChangeValue("12ab");
        static_cast<PhoneDialog*>(d)->save();
        EXPECT_TRUE(d->IsModal()) << "a refusal keeps the dialog";
        const wxString sentence = static_cast<PhoneDialog*>(d)->messages().sentenceAt("number");
        EXPECT_NE(sentence.find(wxString::FromUTF8("12ab")), wxString::npos) << sentence;
        EXPECT_TRUE(hasFocus(number));
        EXPECT_EQ(number->GetValue(), "12ab");
        screenshot(d, "phone-dialog-refused-he");

        number->ChangeValue(wxString::FromUTF8(" 050 - 123 45 67\u200f "));
        static_cast<PhoneDialog*>(d)->save();
        EXPECT_FALSE(d->IsModal());
    });
    page->addPhone();
    pump();
    ASSERT_EQ(page->phoneList()->rows(), 1);
    EXPECT_EQ(page->phoneList()->GetTextValue(0, 1), wxString::FromUTF8("\u2066050-123-4567\u2069"));
    ASSERT_EQ(clients().phones(client.id).size(), 1u);
    EXPECT_EQ(clients().phones(client.id).front().e164, "+972501234567");
}

} // namespace praklit::ui::test
