#pragma once
// Answers the modal dialogs the code under test shows, in the order they
// come: a step either answers at once (returns wxID_OK, wxID_YES …, and the
// dialog is never shown) or returns wxID_NONE and acts while the dialog runs
// its modal loop (whileShown). A dialog nobody expected fails the test.
#include <wx/dialog.h>
#include <wx/modalhook.h>

#include <deque>
#include <functional>

namespace praklit::ui::test {

class ModalDriver : public wxModalDialogHook {
public:
    using Step = std::function<int(wxDialog*)>;

    ModalDriver() { Register(); }
    ~ModalDriver() override;

    ModalDriver& then(Step step);
    // Lets the dialog show and runs `act` inside its modal loop; the dialog
    // is cancelled afterwards if `act` left it open.
    ModalDriver& whileShown(std::function<void(wxDialog*)> act);

    int shown() const { return shown_; }
    bool done() const { return steps_.empty(); }

protected:
    int Enter(wxDialog* dialog) override;
    void Exit(wxDialog*) override {}

private:
    std::deque<Step> steps_;
    int shown_ = 0;
};

} // namespace praklit::ui::test
