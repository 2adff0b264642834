#include "OfficeWindows.h"

#include "services/CaseService.h"
#include "services/DemoGenerator.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/office/HomePanel.h"
#include "ui/office/MainFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/clients/ClientSearchFrame.h"
#include "ui/office/MainMenu.h"
#include "ui/widgets/Utf8.h"

#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/uiaction.h>

namespace praklit::ui::test {

namespace {

class ClientSearch : public OfficeWindows {
protected:
    ClientSearchFrame* openSearch()
    {
        // The menu item, as the menu bar and the ≡ pop-up send it.
        wxCommandEvent event(wxEVT_MENU, ID_CLIENTS);
        frame_->ProcessWindowEvent(event);
        pump();
        ClientSearchFrame* search = ClientSearchFrame::find();
        EXPECT_NE(search, nullptr);
        // The whole office, read in the background, before anything is typed.
        if (search) {
            EXPECT_TRUE(pumpUntil([&] { return !search->searching(); }));
        }
        return search;
    }

    void type(ClientSearchFrame* search, const char* text)
    {
        search->searchBox()->SetValue(wxString::FromUTF8(text)); // a wxEVT_TEXT, as typing sends
        // The search runs once typing pauses, for what the box holds then,
        // and its answer comes from the background.
        ASSERT_TRUE(pumpUntil([&] { return !search->searching(); })) << text;
    }

    // What the list shows in the cell, once its page has been read.
    wxString cell(ClientSearchFrame* search, unsigned row, unsigned column)
    {
        wxVariant value;
        search->model().GetValueByRow(value, row, column);
        if (!search->model().row(row)) {
            EXPECT_TRUE(pumpUntil([&] { return search->model().row(row) != nullptr; }));
            search->model().GetValueByRow(value, row, column);
        }
        return value.GetString();
    }
};

int centreX(const wxWindow* window) { return window->GetScreenRect().GetX() + window->GetScreenRect().GetWidth() / 2; }

} // namespace

TEST_F(ClientSearch, TheMenuOffersClientsUnderCasesAndClientsInTheBarAndTheHamburger)
{
    ASSERT_NE(start(text::Language::English), nullptr);
    const wxMenuBar* bar = frame_->GetMenuBar();
    EXPECT_EQ(bar->GetMenuLabelText(0), "Cases and clients");
    const wxMenuItem* item = bar->FindItem(ID_CLIENTS);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->GetItemLabelText(), wxString::FromUTF8("Clients…")) << item->GetItemLabel() << " " << item->GetId();
    const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel()); // a new one, the caller's to delete
    ASSERT_NE(accel, nullptr);
    EXPECT_EQ(accel->ToString(), "Ctrl+F");
    std::unique_ptr<wxMenu> popup(makeMainPopupMenu());
    EXPECT_NE(popup->FindItem(ID_CLIENTS), nullptr);
}

TEST_F(ClientSearch, TypingWithoutNiqqudFindsANameWrittenWithItAndEnterOpensItsCard)
{
    ASSERT_NE(start(), nullptr);
    addPerson("משה", "כֹּהֵן", "039337423");
    addPerson("רות", "לוי");
    addPerson("דנה", "מזרחי");
    ClientSearchFrame* search = openSearch();
    ASSERT_NE(search, nullptr);
    EXPECT_EQ(search->model().count(), 3) << "the whole office before anything is typed";
    EXPECT_TRUE(hasFocus(search->searchBox())) << "the box is where typing goes";

    type(search, "כהן");
    ASSERT_EQ(search->model().count(), 1);
    EXPECT_EQ(cell(search, 0, ClientListModel::Name), wxString::FromUTF8("כֹּהֵן משה"));
    EXPECT_EQ(cell(search, 0, ClientListModel::IdNumber), wxString::FromUTF8("\u2066039337423\u2069"));

    press(search->searchBox(), WXK_RETURN);
    ClientCardFrame* card = ClientCardFrame::find(search->model().row(0)->id);
    ASSERT_NE(card, nullptr) << "Enter in the box opens the card of the selected client";
    EXPECT_TRUE(card->IsShown());
    EXPECT_EQ(card->GetTitle(), wxString::Format(_("Client card — %s"), wxString::FromUTF8("כֹּהֵן משה")));
}

TEST_F(ClientSearch, AnOlderAnswerIsDroppedAndTypingNeverWaits)
{
    ASSERT_NE(start(), nullptr);
    addPerson("משה", "כהן");
    addPerson("רות", "לוי");
    addPerson("דנה", "לוינסון");
    ClientSearchFrame* search = openSearch();
    ASSERT_NE(search, nullptr);
    // Three searches asked for one after another, none answered yet: only
    // the last one's answer reaches the list.
    for (const char* text : {"כ", "כהן", "לוי"}) {
        search->searchBox()->ChangeValue(wxString::FromUTF8(text));
        search->searchNow();
        EXPECT_TRUE(search->searching()) << "the window goes on at once; the answer comes later";
    }
    ASSERT_TRUE(pumpUntil([&] { return !search->searching() && search->model().idle(); }));
    EXPECT_EQ(search->model().text(), "לוי");
    EXPECT_EQ(search->model().count(), 2);
    EXPECT_EQ(cell(search, 0, ClientListModel::Name), wxString::FromUTF8("לוי רות"));
    // Enter typed before the answer opens the first client found once it is in.
    search->searchBox()->ChangeValue(wxString::FromUTF8("כהן"));
    search->searchNow();
    search->openSelected();
    EXPECT_TRUE(pumpUntil([&] { return ClientCardFrame::find(1) != nullptr; }));
}

TEST_F(ClientSearch, DownMovesIntoTheListAndEnterThereOpensTheCard)
{
    ASSERT_NE(start(), nullptr);
    addPerson("משה", "כהן");
    const Client levi = addPerson("רות", "לוי");
    ClientSearchFrame* search = openSearch();
    ASSERT_NE(search, nullptr);
    type(search, "לוי");
    ASSERT_EQ(search->model().count(), 1);

    press(search->searchBox(), WXK_DOWN);
    EXPECT_TRUE(hasFocus(search->list()));
    wxUIActionSimulator keyboard;
    keyboard.Char(WXK_RETURN);
    EXPECT_TRUE(pumpUntil([&] { return ClientCardFrame::find(levi.id) != nullptr; })) << "Enter on a row opens its card";

    // The same client again: its card is raised, not a second one made.
    search->openSelected();
    pump();
    int cards = 0;
    for (wxWindow* window : wxTopLevelWindows) cards += dynamic_cast<ClientCardFrame*>(window) ? 1 : 0;
    EXPECT_EQ(cards, 1);
}

TEST_F(ClientSearch, CtrlLFromTheMainWindowOpensItAndTheKeysWorkFromTheList)
{
    ASSERT_NE(start(), nullptr);
    addPerson("משה", "כהן");
    addPerson("רות", "לוי");
    press(frame_->hamburgerButton(), 'L', wxMOD_CONTROL);
    ClientSearchFrame* search = ClientSearchFrame::find();
    ASSERT_NE(search, nullptr) << "the menu's second key";
    EXPECT_TRUE(hasFocus(search->searchBox()));
    ASSERT_TRUE(pumpUntil([&] { return !search->searching(); }));
    search->list()->Select(search->model().GetItem(1));
    press(search->list(), 'F', wxMOD_CONTROL);
    EXPECT_TRUE(hasFocus(search->searchBox())) << "Ctrl+F from the list";
    search->list()->Select(search->model().GetItem(0));
    press(search->list(), WXK_UP);
    EXPECT_TRUE(hasFocus(search->searchBox())) << "Up above the first row";
    press(search->list(), WXK_ESCAPE);
    EXPECT_EQ(ClientSearchFrame::find(), nullptr) << "Esc from the list too";
}

TEST_F(ClientSearch, EscClosesTheSearchScreen)
{
    ASSERT_NE(start(), nullptr);
    ClientSearchFrame* search = openSearch();
    ASSERT_NE(search, nullptr);
    press(search->searchBox(), WXK_ESCAPE);
    pump();
    EXPECT_EQ(ClientSearchFrame::find(), nullptr);
}

TEST_F(ClientSearch, NothingFoundSaysSoAndWhatToDo)
{
    ASSERT_NE(start(text::Language::English), nullptr);
    ClientSearchFrame* search = openSearch();
    ASSERT_NE(search, nullptr);
    EXPECT_TRUE(search->note()->IsShown());
    EXPECT_NE(search->note()->GetLabel().find("no clients yet"), wxString::npos) << search->note()->GetLabel();
    addPerson("Moshe", "Cohen");
    type(search, "Levi");
    EXPECT_EQ(search->model().count(), 0);
    EXPECT_FALSE(search->list()->IsShown()) << search->note()->GetLabel() << "|" << search->searchBox()->GetValue();
    EXPECT_NE(search->note()->GetLabel().find("No client matches \"Levi\""), wxString::npos) << search->note()->GetLabel();
    // Enter with nothing found opens nothing and does not fail.
    search->openSelected();
    EXPECT_EQ(ClientCardFrame::find(1), nullptr);
}

TEST_F(ClientSearch, BadInputIsSearchedForWithoutHarm)
{
    ASSERT_NE(start(), nullptr);
    addPerson("משה", "כהן");
    ClientSearchFrame* search = openSearch();
    ASSERT_NE(search, nullptr);
    const std::vector<std::string> texts{"' or 1=1 --", "\"; drop table entities; --", "%_*\\", "😀",
                                         "\u200f\u200e\u2066", "050-123 45 67", "כ", std::string(5000, 'x')};
    // Searched for as typed: quotes, SQL, LIKE's wildcards and emoji match
    // nobody; the letter of the client's name finds him, and direction marks
    // alone are no text, so the whole office shows, as for an empty box.
    for (const auto& text : texts) {
        type(search, text.c_str());
        const bool him = text == "כ" || text == "\u200f\u200e\u2066";
        EXPECT_EQ(search->model().count(), him ? 1 : 0) << text;
    }
    type(search, "zzzz");
    EXPECT_TRUE(search->note()->IsShown());
    // The sentence starts at the right edge, where the reading starts.
    EXPECT_GT(search->note()->GetScreenRect().GetRight(), search->GetScreenRect().GetRight() - search->FromDIP(40));
    screenshot(search, "client-search-nothing-he");
    type(search, "");
    EXPECT_EQ(search->model().count(), 1) << "the office is still whole";
}

TEST_F(ClientSearch, AThousandsOfClientsListReadsOnlyThePagesOnScreenRightToLeft)
{
    ASSERT_NE(start(), nullptr);
    services::DemoGenerator(office()).generate(2000, 1);
    ClientSearchFrame* search = openSearch();
    ASSERT_NE(search, nullptr);
    search->SetSize(search->FromDIP(wxSize(820, 600)));
    EXPECT_TRUE(pumpUntil([&] { return search->model().count() == 2000 && search->model().rowsRead() > 0; }));
    EXPECT_LE(search->model().rowsRead(), 3 * ClientListModel::kPageSize)
        << "only the rows on screen are read, not the whole office";
    EXPECT_EQ(search->GetLayoutDirection(), wxLayout_RightToLeft);
    // The label "Search:" starts the line at the right edge, the box after it.
    EXPECT_GT(centreX(search->searchBox()), centreX(named(search, "new_client")));
    EXPECT_NE(search->GetStatusBar()->GetStatusText().find(wxString::FromUTF8("2,000")), wxString::npos)
        << search->GetStatusBar()->GetStatusText();
    screenshot(search, "client-search-he");

    type(search, "כהן");
    EXPECT_GT(search->model().count(), 0);
    screenshot(search, "client-search-typed-he");
}

TEST_F(ClientSearch, TheMainWindowsQuickSearchOpensAClientOrACaseAndRemembersThem)
{
    ASSERT_NE(start(), nullptr);
    const Client cohen = addPerson("משה", "כהן");
    const Client levi = addPerson("רות", "לוי");
    Case k;
    k.clientId = levi.id;
    k.subject = "תביעה כספית";
    k.courtNumber = "12345-01-24";
    k = services::CaseService(office()).add(k);
    HomePanel* home = frame_->home();
    ASSERT_NE(home, nullptr);
    ASSERT_TRUE(pumpUntil([&] { return !home->reading(); }));
    EXPECT_EQ(home->items()->GetItemCount(), 0u) << "nothing opened yet";

    // Ctrl+K from anywhere in the main window, then a name: the client found.
    press(frame_->hamburgerButton(), 'K', wxMOD_CONTROL);
    EXPECT_TRUE(hasFocus(frame_->quickSearchBox()));
    frame_->quickSearchBox()->SetValue(wxString::FromUTF8("כהן"));
    ASSERT_TRUE(pumpUntil([&] { return !frame_->quickSearching(); }));
    ASSERT_EQ(home->items()->GetItemCount(), 1u);
    EXPECT_EQ(home->items()->GetTextValue(0, 1), wxString::FromUTF8("כהן משה"));
    press(frame_->quickSearchBox(), WXK_RETURN);
    EXPECT_TRUE(pumpUntil([&] { return ClientCardFrame::find(cohen.id) != nullptr; })) << "Enter opens the card";

    // A court number finds its case first, then its client.
    frame_->quickSearchBox()->SetValue("12345-01-24");
    ASSERT_TRUE(pumpUntil([&] { return !frame_->quickSearching(); }));
    ASSERT_EQ(home->items()->GetItemCount(), 2u);
    EXPECT_EQ(home->items()->GetTextValue(0, 0), _("Case"));
    EXPECT_EQ(home->items()->GetTextValue(1, 1), wxString::FromUTF8("לוי רות"));
    press(frame_->quickSearchBox(), WXK_RETURN);
    EXPECT_TRUE(pumpUntil([&] { return CaseCardFrame::find(k.id) != nullptr; })) << "Enter opens the case card";

    // Emptied: the ones opened, the newest first.
    frame_->quickSearchBox()->SetValue(wxString());
    ASSERT_TRUE(pumpUntil([&] { return !frame_->quickSearching(); }));
    ASSERT_EQ(home->items()->GetItemCount(), 2u);
    EXPECT_EQ(home->items()->GetTextValue(0, 0), _("Case"));
    EXPECT_EQ(home->items()->GetTextValue(1, 1), wxString::FromUTF8("כהן משה"));
    press(frame_->quickSearchBox(), WXK_DOWN);
    EXPECT_TRUE(hasFocus(home->items())) << "Down goes from the box to the list";
    frame_->Raise();
    screenshot(frame_, "main-window-recent-he");
}

} // namespace praklit::ui::test
