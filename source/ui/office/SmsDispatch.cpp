#include "ui/office/SmsDispatch.h"

#include "domain/Module.h"
#include "services/SmsDispatcher.h"
#include "services/SmsService.h"
#include "services/ports/SmsGateway.h"
#include "text/Secrets.h"
#include "ui/office/GatewaySecret.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/Utf8.h"

#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>

#include <iostream>
#include <optional>

namespace praklit::ui {

namespace {

// How often a workstation looks for due messages.
constexpr int kPassMilliseconds = 10 * 1000;

// Thrown by the stand-in gateway when the dispatcher would ask the real one
// about a message: nothing is changed, and the pass stops until the secret
// is there.
struct SecretNeeded : std::exception {
    const char* what() const noexcept override { return "the SMS gateway's secret is needed"; }
};

// The gateway while this computer has no secret for it. The first message
// due is handed back as not sent for now, which tells the desktop to ask
// for the secret: waiting inside send() for the person to answer could
// outlast the message's claim, and another workstation could send it too.
class SecretWanted : public services::SmsGateway {
public:
    SecretWanted(services::SmsGatewayKind kind, bool& wanted) : kind_(kind), wanted_(wanted) {}
    services::SmsGatewayKind kind() const override { return kind_; }
    services::SendResult send(const services::OutgoingSms&) override
    {
        wanted_ = true;
        return {services::SendOutcome::Temporary, "no-secret",
                utf8(_("The SMS gateway's password or token has not been given on this computer yet."))};
    }
    services::RemoteStatus query(int64_t, int) override
    {
        wanted_ = true;
        throw SecretNeeded();
    }

private:
    services::SmsGatewayKind kind_;
    bool& wanted_;
};

// The gateway's secret, asked for once a message waits for it. Our own
// buttons: wx's password dialog has stock ones, which GTK labels in the
// system's language.
std::optional<std::string> askGatewaySecret(wxWindow* parent)
{
    wxDialog ask(parent, wxID_ANY, _("SMS gateway password"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE,
                 "sms_secret_prompt");
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* question = new wxStaticText(&ask, wxID_ANY, _("Messages are waiting to go out. The SMS gateway's password or token:"));
    question->Wrap(ask.FromDIP(420));
    column->Add(question, wxSizerFlags().Border(wxALL, ask.FromDIP(12)));
    auto* grid = new wxFlexGridSizer(2, ask.FromDIP(6), ask.FromDIP(10));
    grid->AddGrowableCol(1);
    wxTextCtrl* secret = addTextField(&ask, grid, _("Pass&word or token:"), "secret", wxTE_PASSWORD, true);
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, ask.FromDIP(12)));
    addFormButtons(&ask, column, _("Cancel"), _("OK"), "ok", [&ask] { closeForm(&ask, wxID_OK); });
    ask.SetEscapeId(wxID_CANCEL);
    ask.SetSizerAndFit(column);
    ask.CentreOnParent();
    secret->SetFocus();
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(secret->GetValue()); // spaces may be part of it
}

bool sameGateway(const services::SmsGatewayConfig& a, const services::SmsGatewayConfig& b)
{
    return a.kind == b.kind && a.url == b.url && a.username == b.username && a.secret == b.secret && a.sender == b.sender &&
           a.reportUrl == b.reportUrl && a.listenAddress == b.listenAddress && a.timeoutMs == b.timeoutMs;
}

} // namespace

// What the passes keep from one to the next; only the pass running touches it.
struct SmsDispatch::State {
    ConnectionUrl url;
    std::string login;
    std::unique_ptr<services::OfficeSession> session;
    bool built = false;
    bool withSecret = false;
    services::SmsGatewayConfig config;
    std::unique_ptr<services::SmsGateway> gateway;
    std::unique_ptr<services::SmsDispatcher> dispatcher;
    std::unique_ptr<services::SmsReportListener> listener; // before the dispatcher it hands reports to goes
    std::string listenProblem;
    bool secretWanted = false;
    std::atomic<bool> restart{false};

    void teardown()
    {
        listener.reset();
        dispatcher.reset();
        gateway.reset();
        built = false;
        listenProblem.clear();
    }
};

struct SmsDispatch::Outcome {
    enum class Kind { Idle, Ran, NeedsSecret, Failed } kind = Kind::Idle;
    services::DispatchPass pass;
    std::string problem;
    std::string listenProblem;
};

namespace {

SmsDispatch::Outcome runPass(SmsDispatch::State& s, const ConnectionUrl& url, const std::string& login,
                             const std::optional<std::string>& secret)
{
    using Kind = SmsDispatch::Outcome::Kind;
    SmsDispatch::Outcome out;
    try {
        if (s.restart.exchange(false) || !s.session || s.url.withPassword() != url.withPassword() || s.login != login) {
            s.teardown();
            s.session.reset();
            s.url = url;
            s.login = login;
            s.session = services::OfficeSession::open(url, login);
        }
        services::SmsService sms(*s.session);
        if (!sms.moduleOn(Module::Sms)) {
            s.teardown();
            return out;
        }
        auto config = sms.settings().gateway;
        if (config.url.empty()) {
            s.teardown();
            return out;
        }
        config.secret = secret.value_or(std::string());
        if (!s.built || s.withSecret != secret.has_value() || !sameGateway(s.config, config)) {
            s.teardown();
            if (secret)
                s.gateway = services::SmsGateways::installed().make(config);
            else
                s.gateway = std::make_unique<SecretWanted>(config.kind, s.secretWanted);
            services::DispatchOptions options;
            options.label = "desktop";
            s.dispatcher = std::make_unique<services::SmsDispatcher>(*s.session, *s.gateway, options);
            if (!config.listenAddress.empty()) {
                try {
                    services::SmsDispatcher* dispatcher = s.dispatcher.get();
                    s.listener = services::SmsGateways::installed().listen(
                        config, [dispatcher](const services::DeliveryReport& r) { dispatcher->enqueue(r); });
                } catch (const std::exception& e) {
                    s.listenProblem = text::redactSecrets(e.what()); // sending goes on without reports
                }
            }
            s.config = config;
            s.withSecret = secret.has_value();
            s.built = true;
        }
        s.secretWanted = false;
        out.pass = s.dispatcher->runOnce();
        out.kind = s.secretWanted ? Kind::NeedsSecret : Kind::Ran;
        out.listenProblem = s.listenProblem;
    } catch (const SecretNeeded&) {
        out.kind = Kind::NeedsSecret;
    } catch (const std::exception& e) {
        out.kind = Kind::Failed;
        out.problem = text::redactSecrets(e.what());
        // The connection may be what failed: the next pass opens a new one.
        s.teardown();
        s.session.reset();
    }
    return out;
}

} // namespace

SmsDispatch::SmsDispatch(wxWindow* parent, std::function<services::OfficeSession*()> office, GatewaySecret& secret,
                         Report report)
    : parent_(parent), office_(std::move(office)), secret_(secret), report_(std::move(report)), timer_(this),
      state_(std::make_shared<State>()), alive_(std::make_shared<bool>(true))
{
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { runNow(); });
    timer_.Start(kPassMilliseconds);
}

SmsDispatch::~SmsDispatch()
{
    *alive_ = false;
    timer_.Stop();
    // A pass in flight ends first: its messages are claimed by this
    // dispatcher and are best settled, not left to their lease.
    if (worker_.joinable()) worker_.join();
}

void SmsDispatch::restart()
{
    state_->restart = true;
    declined_ = false;
    say(wxString());
}

void SmsDispatch::runNow()
{
    if (running_) return;
    services::OfficeSession* office = office_();
    // Asked of the session, not the database: the pass asks the rest.
    if (!office || !office->can(Permission::SendSms)) return;
    const std::optional<std::string> secret = secret_.get(office->url());
    if (!secret && declined_) return;
    if (!secret && wantsSecret_) return askSecret();
    if (worker_.joinable()) worker_.join();
    running_ = true;
    std::weak_ptr<bool> alive = alive_;
    worker_ = std::thread([this, state = state_, url = office->url(), login = office->user().login, secret, alive] {
        const Outcome outcome = runPass(*state, url, login, secret);
        // The destructor waits for this thread, so `this` is still there.
        CallAfter([this, alive, outcome] {
            if (auto a = alive.lock(); !a || !*a) return;
            finished(outcome);
        });
    });
}

void SmsDispatch::finished(const Outcome& outcome)
{
    running_ = false;
    ++passes_;
    using Kind = Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Idle: say(wxString()); break;
    case Kind::NeedsSecret:
        wantsSecret_ = true;
        askSecret();
        break;
    case Kind::Failed:
        // TRANSLATORS: %s is why, one sentence from the gateway or the database
        say(wxString::Format(_("SMS messages are not going out: %s Praklit tries again in a while."), wx(outcome.problem)));
        break;
    case Kind::Ran:
        // Messages refused for now and none taken: the gateway is down, or
        // out of credit. Said until one goes out.
        if (outcome.pass.retried > 0 && outcome.pass.sent == 0)
            say(_("The SMS gateway did not take the messages; Praklit tries again in a while."));
        else if (outcome.pass.sent > 0 || line_.empty())
            say(outcome.listenProblem.empty()
                    ? wxString()
                    // TRANSLATORS: %s is why the address could not be listened on
                    : wxString::Format(_("Delivery reports are not taken on this computer: %s"), wx(outcome.listenProblem)));
        break;
    }
}

void SmsDispatch::askSecret()
{
    // Never over another window's question: asked at the next pass instead.
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal()) return;
    services::OfficeSession* office = office_();
    if (!office) return;
    wantsSecret_ = false;
    const auto given = askGatewaySecret(parent_);
    if (!given) {
        declined_ = true;
        say(_("SMS messages are not sent from this computer: the gateway's password was not given (System settings → "
              "SMS)."));
        return;
    }
    secret_.set(office->url(), *given);
    say(wxString());
    runNow();
}

void SmsDispatch::say(const wxString& line)
{
    if (line == line_) return;
    line_ = line;
    // A log line too, for whoever looks after the workstations: once, when it changes.
    if (!line.empty()) std::cerr << "praklit: sms: " << utf8(line) << std::endl;
    if (report_) report_(line);
}

} // namespace praklit::ui
