// Every window and dialog in Hebrew holds no English word: each label,
// button, tab, column title, hint and tooltip of each window the menus open
// is read, and a Latin word that is not a key's name, a product's name or
// data isolated as left-to-right text (an ID, a file name) fails the test.
// And in English, the mirror: no Hebrew label.
#include "ModalDriver.h"
#include "OfficeWindows.h"

#include "services/CaseService.h"
#include "services/SmsService.h"
#include "ui/clients/CaseCardFrame.h"
#include "ui/clients/ClientCardFrame.h"
#include "text/Timestamp.h"
#include "ui/office/HomePanel.h"
#include "ui/office/MainMenu.h"
#include "ui/court/LinkCardDialog.h"
#include "ui/sms/EditSmsDialog.h"

#include <wx/anybutton.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <set>

namespace praklit::ui::test {

namespace {

// Latin words a Hebrew screen may show: keys, products, formats.
const std::set<std::string> kAllowed{"Ctrl", "Shift", "Tab", "Enter", "Esc", "F1", "K", "F", "L", "R", "Q",
                                     "SQLite", "PostgreSQL", "PDF", "CSV", "XLSX", "SMS", "praklit", "cli", "demo",
                                     "generate", "PKCS", "PEM", "PIN"};

// Controls that list data, not labels: the office's users, the courts' own
// abbreviations of proceedings, and the languages, each named in itself.
const std::set<wxString> kDataLists{"lawyer", "proceeding_type", "language", "hearings_lawyer", "module", "court"};

// The text without what is isolated as left to right (data: numbers, paths, logins).
std::string withoutIsolated(const wxString& label)
{
    std::string out;
    int depth = 0;
    for (wxUniChar c : label) {
        const auto u = c.GetValue();
        if (u == 0x2066 || u == 0x202A) ++depth;
        else if ((u == 0x2069 || u == 0x202C) && depth > 0) --depth;
        else if (depth == 0) out += wxString(c).ToStdString(wxConvUTF8);
    }
    return out;
}

// Latin words of two letters or more that are not allowed.
std::vector<std::string> latinWords(const wxString& label)
{
    std::vector<std::string> out;
    std::string word;
    const std::string text = withoutIsolated(label) + " ";
    for (char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            word += c;
            continue;
        }
        if (word.size() >= 2 && !kAllowed.count(word)) out.push_back(word);
        word.clear();
    }
    return out;
}

bool hasHebrew(const wxString& label)
{
    for (wxUniChar c : label)
        if (c.GetValue() >= 0x0590 && c.GetValue() <= 0x05FF) return true;
    return false;
}

// Every label a person reads in the window and its children.
void labelsOf(wxWindow* window, std::vector<std::pair<wxString, wxString>>& out)
{
    const wxString where = window->GetName();
    auto add = [&](const wxString& text) {
        if (!text.empty()) out.emplace_back(where, text);
    };
    if (auto* t = dynamic_cast<wxStaticText*>(window)) add(t->GetLabel());
    if (auto* b = dynamic_cast<wxAnyButton*>(window)) add(b->GetLabel());
    if (auto* c = dynamic_cast<wxCheckBox*>(window)) add(c->GetLabel());
    if (auto* n = dynamic_cast<wxNotebook*>(window))
        for (size_t i = 0; i < n->GetPageCount(); ++i) add(n->GetPageText(i));
    if (auto* d = dynamic_cast<wxDataViewCtrl*>(window))
        for (unsigned i = 0; i < d->GetColumnCount(); ++i) add(d->GetColumn(i)->GetTitle());
    if (auto* s = dynamic_cast<wxSearchCtrl*>(window)) add(s->GetDescriptiveText());
    else if (auto* e = dynamic_cast<wxTextCtrl*>(window)) add(e->GetHint());
    if (auto* ch = dynamic_cast<wxItemContainerImmutable*>(window); ch && !kDataLists.count(where))
        for (unsigned i = 0; i < ch->GetCount(); ++i) add(ch->GetString(i));
    if (window->GetToolTip()) add(window->GetToolTipText());
    if (window->IsTopLevel()) add(window->GetLabel());
    for (wxWindow* child : window->GetChildren()) labelsOf(child, out);
}

class HebrewScreens : public OfficeWindows {
protected:
    // Fails on each label of `window` that breaks the language's rule.
    void check(wxWindow* window, text::Language language)
    {
        ASSERT_NE(window, nullptr);
        std::vector<std::pair<wxString, wxString>> labels;
        labelsOf(window, labels);
        EXPECT_GT(labels.size(), 2u) << window->GetName();
        for (const auto& [where, label] : labels) {
            if (language == text::Language::Hebrew) {
                const auto words = latinWords(label);
                EXPECT_TRUE(words.empty()) << window->GetName() << " / " << where << ": \"" << label << "\" has \""
                                           << (words.empty() ? "" : words.front()) << "\"";
            } else {
                EXPECT_FALSE(hasHebrew(withoutIsolated(label))) << window->GetName() << " / " << where << ": " << label;
            }
        }
    }

    // The windows the menus open, and the cards, in `language`.
    void checkEveryWindow(text::Language language)
    {
        ASSERT_NE(start(language), nullptr);
        Client c;
        c.kind = EntityKind::Person;
        c.firstName = language == text::Language::Hebrew ? "משה" : "Moshe";
        c.lastName = language == text::Language::Hebrew ? "כהן" : "Cohen";
        c = clients().add(c);
        Case k;
        k.clientId = c.id;
        k.subject = language == text::Language::Hebrew ? "תביעה" : "Claim";
        k = services::CaseService(office()).add(k);
        // The SMS module on: its tab, its buttons, its dialogs and the home screen's list too.
        services::SmsService sms(office());
        sms.setModule(Module::Sms, true);
        // Net HaMishpat on too: the cards' download buttons, the hearings tab, the home screen's lists.
        sms.setModule(Module::Court, true);
        frame_->followModules();
        const auto mobile = clients().addPhone(c.id, PhoneType::Mobile, "050-1234567");
        services::SmsRequest request;
        request.clientId = c.id;
        request.to.push_back({mobile.id, 0, {}, false});
        request.text = language == text::Language::Hebrew ? "שלום" : "Hello";
        request.at = text::now() + std::chrono::hours(24);
        const auto scheduled = sms.send(request).front();
        frame_->home()->showOffice();
        EXPECT_TRUE(pumpUntil([&] { return !frame_->home()->reading(); }));
        pump();
        check(frame_, language);

        wxCommandEvent clientsMenu(wxEVT_MENU, ID_CLIENTS);
        frame_->ProcessWindowEvent(clientsMenu);
        pump();
        for (wxWindow* w : wxTopLevelWindows)
            if (w->GetName() == "client_search") check(w, language);

        auto* card = ClientCardFrame::showFor(frame_, office(), c.id);
        pump();
        if (auto* tabs = dynamic_cast<wxNotebook*>(wxWindow::FindWindowByName("tabs", card)))
            for (size_t i = 0; i < tabs->GetPageCount(); ++i) {
                tabs->SetSelection(i);
                pump();
            }
        check(card, language);
        {
            ModalDriver dialogs;
            bool seen = false;
            dialogs.whileShown([&](wxDialog* d) {
                seen = true;
                check(d, language);
            });
            wxCommandEvent send(wxEVT_BUTTON, wxWindow::FindWindowByName("send_sms", card)->GetId());
            wxWindow::FindWindowByName("send_sms", card)->ProcessWindowEvent(send);
            pump();
            EXPECT_TRUE(seen) << "the send dialog";
        }
        {
            EditSmsDialog edit(card, office(), scheduled);
            edit.Show();
            pump();
            check(&edit, language);
            edit.Hide();
        }
        auto* caseCard = CaseCardFrame::showFor(frame_, office(), k.id);
        pump();
        check(caseCard, language);
        // The settings' own SMS pages are SmsSettingsTest's to check.
        sms.setModule(Module::Sms, false);
        // Net HaMishpat's own windows (SMS off, so its pages are not among them): its
        // settings page, linking a card, the download reports.
        {
            ModalDriver dialogs;
            bool seen = false;
            dialogs.whileShown([&](wxDialog* d) {
                seen = true;
                check(d, language);
            });
            wxCommandEvent event(wxEVT_MENU, ID_COURT_SETTINGS);
            frame_->ProcessWindowEvent(event);
            pump();
            EXPECT_TRUE(seen) << "the Net HaMishpat settings";
        }
        {
            LinkCardDialog link(frame_, office());
            link.Show();
            pump();
            check(&link, language);
            link.Hide();
        }
        {
            wxCommandEvent event(wxEVT_MENU, ID_COURT_REPORTS);
            frame_->ProcessWindowEvent(event);
            pump();
            for (wxWindow* w : wxTopLevelWindows)
                if (w->GetName() == "court_reports") check(w, language);
        }
        sms.setModule(Module::Court, false);

        for (int menu : {ID_SYSTEM_SETTINGS, ID_LETTERHEAD, ID_DATED_TABLES, ID_SHORTCUTS, ID_USERS, ID_CHANGE_PASSWORD}) {
            ModalDriver dialogs;
            bool seen = false;
            dialogs.whileShown([&](wxDialog* d) {
                seen = true;
                check(d, language);
            });
            wxCommandEvent event(wxEVT_MENU, menu);
            frame_->ProcessWindowEvent(event);
            pump();
            EXPECT_TRUE(seen) << menu;
        }
        wxCommandEvent reports(wxEVT_MENU, ID_REPORTS);
        frame_->ProcessWindowEvent(reports);
        pump();
        for (wxWindow* w : wxTopLevelWindows)
            if (w->GetName() == "reports") check(w, language);
    }
};

} // namespace

TEST_F(HebrewScreens, NoEnglishWordOnAHebrewScreen) { checkEveryWindow(text::Language::Hebrew); }

TEST_F(HebrewScreens, NoHebrewLabelOnAnEnglishScreen) { checkEveryWindow(text::Language::English); }

} // namespace praklit::ui::test
