#include "TimeTestSupport.h"

#include "services/CaseService.h"
#include "services/ClientService.h"
#include "ui/time/TimersDialog.h"

#include <wx/button.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui::test {

inline namespace timing {

ModalAnswers& ModalAnswers::whileShown(std::function<void(wxDialog*)> act)
{
    steps_.push_back(std::move(act));
    return *this;
}

int ModalAnswers::Enter(wxDialog* dialog)
{
    if (steps_.empty()) {
        ADD_FAILURE() << "an unexpected dialog: " << dialog->GetTitle().utf8_string();
        return wxID_CANCEL;
    }
    auto act = std::move(steps_.front());
    steps_.pop_front();
    // Runs once the dialog's modal loop is going; closes it if `act` did not.
    dialog->CallAfter([dialog, act] {
        pumpUntil([dialog] { return dialog->IsShownOnScreen(); });
        act(dialog);
        if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
    });
    return wxID_NONE;
}

void click(wxWindow* button)
{
    ASSERT_NE(button, nullptr);
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    pump();
}

wxWindow* named(const wxWindow* parent, const char* name)
{
    wxWindow* found = wxWindow::FindWindowByName(name, const_cast<wxWindow*>(parent));
    if (!found) found = parent->FindWindow(XRCID(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void TimeFixture::TearDown()
{
    TimersDialog::closeCurrent();
    closeAllWindows();
}

bool TimeFixture::start(text::Language language)
{
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    frame_ = startOn(freshFolder(std::string(info->test_suite_name()) + "-" + info->name()) / "office.db", language);
    if (!frame_) return false;
    Client c;
    c.kind = EntityKind::Person;
    c.firstName = "משה";
    c.lastName = "כהן";
    client_ = services::ClientService(office()).add(c);
    case_ = addCase("2024/113", "תביעת נזיקין");
    return true;
}

Case TimeFixture::addCase(const std::string& number, const std::string& subject)
{
    Case k;
    k.clientId = client_.id;
    k.internalNumber = number;
    k.subject = subject;
    return services::CaseService(office()).add(k);
}

ChargeFilter TimeFixture::caseFilter() const
{
    ChargeFilter f;
    f.caseId = case_.id;
    return f;
}

void TimeFixture::closeTimersDialog()
{
    TimersDialog::closeCurrent();
    pump();
}

} // namespace timing

} // namespace praklit::ui::test
