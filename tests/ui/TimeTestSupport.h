#pragma once
// What the time counter, charges and documents tests share: the program on a
// fresh office with a client and a case, answers to the modal dialogs the
// code shows, and a few ways to reach controls.
#include "UiTest.h"

#include "data/ChargeRepository.h"
#include "domain/Case.h"
#include "domain/Client.h"
#include "services/TimerService.h"
#include "ui/time/TimerNotices.h"

#include <wx/choicdlg.h>
#include <wx/dialog.h>
#include <wx/modalhook.h>

#include <deque>
#include <functional>
#include <optional>

namespace praklit::ui::test {

inline namespace timing {

// Answers modal dialogs in the order they come. whileShown lets the dialog
// show and acts inside its modal loop; a dialog nobody expected is a failure
// (and is cancelled so the test goes on).
class ModalAnswers : public wxModalDialogHook {
public:
    ModalAnswers() { Register(); }
    ~ModalAnswers() override { Unregister(); }
    ModalAnswers& whileShown(std::function<void(wxDialog*)> act);
    bool done() const { return steps_.empty(); }

protected:
    int Enter(wxDialog* dialog) override;
    void Exit(wxDialog*) override {}

private:
    std::deque<std::function<void(wxDialog*)>> steps_;
};

// A button's click as wx delivers it.
void click(wxWindow* button);
// A child by the name the code or the XRC form gave it; null (and a failure) when absent.
wxWindow* named(const wxWindow* parent, const char* name);
template <typename T> T* named(const wxWindow* parent, const char* name)
{
    return dynamic_cast<T*>(named(parent, name));
}

class TimeFixture : public testing::Test {
protected:
    void TearDown() override;
    // The program on a fresh office (SQLite) with one client and one case.
    bool start(text::Language language = text::Language::Hebrew);
    services::OfficeSession& office() { return frame_->office(); }
    Case addCase(const std::string& number, const std::string& subject);
    ChargeFilter caseFilter() const;
    void closeTimersDialog();

    MainFrame* frame_ = nullptr;
    Client client_;
    Case case_;
};

} // namespace timing

} // namespace praklit::ui::test
