#pragma once
#include "services/OfficeSession.h"

#include <wx/event.h>
#include <wx/timer.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

class wxWindow;

namespace praklit::ui {

class GatewaySecret;

// Sends the office's due SMS from this workstation. Every running Praklit
// does (the dispatcher's claims give each message to one of them): every few
// seconds a pass of SmsDispatcher on a thread of its own, with its own
// session as the signed-in user, so no window waits for the gateway. A pass
// runs while the module is on, a gateway address is set and the user may
// send SMS; a listen address set starts the delivery reports' listener.
// The gateway's secret comes from GatewaySecret; when this computer has
// none, it is asked for the first time a message is to go, and kept there.
// What goes wrong is one line through `report` ("" when all is well again),
// said when it changes, never once a pass.
class SmsDispatch : public wxEvtHandler {
public:
    using Report = std::function<void(const wxString& line)>;

    SmsDispatch(wxWindow* parent, std::function<services::OfficeSession*()> office, GatewaySecret& secret, Report report);
    ~SmsDispatch() override;
    SmsDispatch(const SmsDispatch&) = delete;
    SmsDispatch& operator=(const SmsDispatch&) = delete;

    // A pass now, unless one is running.
    void runNow();
    // The settings, the secret, the modules or the office changed: the next
    // pass reads them afresh, and a password once refused may be asked again.
    void restart();

    bool busy() const { return running_; }
    int64_t passes() const { return passes_; } // finished ones, for tests
    const wxString& line() const { return line_; }

    struct State;
    struct Outcome;

private:
    void finished(const Outcome& outcome);
    void askSecret();
    void say(const wxString& line);

    wxWindow* parent_;
    std::function<services::OfficeSession*()> office_;
    GatewaySecret& secret_;
    Report report_;
    wxTimer timer_;
    std::thread worker_;
    std::atomic<bool> running_{false};
    std::shared_ptr<State> state_;
    std::shared_ptr<bool> alive_;
    bool wantsSecret_ = false; // a message waits for the secret: asked as soon as no other window asks something
    bool declined_ = false;    // the person would not give it: no pass until the settings change
    int64_t passes_ = 0;
    wxString line_;
};

} // namespace praklit::ui
