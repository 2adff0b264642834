#include "ModalDriver.h"

#include <gtest/gtest.h>
#include <wx/app.h>

namespace praklit::ui::test {

ModalDriver::~ModalDriver()
{
    Unregister();
    EXPECT_TRUE(steps_.empty()) << steps_.size() << " expected dialog(s) never came";
}

ModalDriver& ModalDriver::then(Step step)
{
    steps_.push_back(std::move(step));
    return *this;
}

ModalDriver& ModalDriver::whileShown(std::function<void(wxDialog*)> act)
{
    return then([act](wxDialog* dialog) {
        wxTheApp->CallAfter([dialog, act] {
            act(dialog);
            if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
        });
        return int(wxID_NONE);
    });
}

int ModalDriver::Enter(wxDialog* dialog)
{
    ++shown_;
    if (steps_.empty()) {
        ADD_FAILURE() << "an unexpected dialog: \"" << dialog->GetTitle().utf8_string() << "\"";
        return wxID_CANCEL;
    }
    Step step = std::move(steps_.front());
    steps_.pop_front();
    return step(dialog);
}

} // namespace praklit::ui::test
