// sms …, settings modules, settings sms: the SMS module from the command
// line, over the same services as the desktop's send dialog and SMS tab.
#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "services/SmsDispatcher.h"
#include "services/SmsService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct SmsOptions {
    int64_t client = 0, caseId = 0, id = 0, limit = 50, after = 0;
    std::vector<std::string> to;
    std::vector<int64_t> contacts, phones;
    std::string text, templateName, at, state, name, type;
    bool confirm = false, noDispatch = false, secretStdin = false, loop = false;
    int64_t seconds = 0, interval = 5;
    std::vector<std::string> enable, disable;
    // settings sms
    std::optional<std::string> gateway, url, username, sender, reportUrl, listen, hours;
    std::optional<int> timeoutMs, maxAttempts, grace;
};

std::string when(const std::string& databaseText)
{
    if (databaseText.empty()) return {};
    const auto t = text::parseTimestamp(databaseText);
    return t ? text::toIsraelDisplay(*t) : databaseText;
}

std::string iso(const std::string& databaseText)
{
    if (databaseText.empty()) return {};
    const auto t = text::parseTimestamp(databaseText);
    return t ? text::toIsraelIso(*t) : databaseText;
}

Json toJson(const SmsMessage& m)
{
    return Json{{"id", m.id},
                {"client", m.clientId},
                {"case", m.caseId ? Json(m.caseId) : Json()},
                {"contact", m.contactId ? Json(m.contactId) : Json()},
                {"to", m.e164},
                {"name", m.recipientName},
                {"text", m.text},
                {"encoding", std::string(toString(m.encoding))},
                {"segments", m.segments},
                {"state", std::string(toString(m.state))},
                {"due", iso(m.dueAt)},
                {"created", iso(m.createdAt)},
                {"sent", iso(m.sentAt)},
                {"delivered", iso(m.deliveredAt)},
                {"sender", m.senderName},
                {"attempts", m.attempts},
                {"gateway", m.gateway},
                {"reason", m.reason},
                {"version", m.version}};
}

Json toJson(const SmsTemplate& t)
{
    return Json{{"id", t.id}, {"name", t.name}, {"type", std::string(toString(t.type))}, {"text", t.text},
                {"version", t.version}};
}

Json toJson(const SmsCount& c)
{
    return Json{{"characters", c.characters}, {"encoding", std::string(toString(c.encoding))}, {"units", c.units},
                {"segments", c.segments},     {"per_segment", c.perSegment},                   {"remaining", c.remaining}};
}

std::string encodingName(SmsEncoding e) { return e == SmsEncoding::Gsm7 ? "GSM-7" : "UCS-2"; }

std::string messageLines(const std::vector<SmsMessage>& rows)
{
    std::vector<std::vector<std::string>> lines;
    for (const auto& m : rows)
        lines.push_back({std::to_string(m.id), when(m.sentAt.empty() ? m.dueAt : m.sentAt),
                         m.recipientName + " " + text::ltr(displayPhoneNumber(m.e164)), m.text, m.senderName, m.caseNumber,
                         std::to_string(m.segments),
                         stateName(m.state) + (m.reason.empty() ? std::string() : " — " + m.reason)});
    return table({tr("No."), tr("Time"), tr("Recipient"), tr("Text"), tr("Sent by"), tr("Case"), tr("Parts"), tr("State")},
                 lines);
}

std::string messageForPeople(const SmsMessage& m)
{
    std::string out = format(tr("SMS message {1} to {2} ({3}): {4}."), m.id, text::isolate(m.recipientName),
                             text::ltr(displayPhoneNumber(m.e164)), stateName(m.state));
    out += "\n" + m.text;
    if (!m.reason.empty()) out += "\n" + m.reason;
    return out;
}

// The gateway's secret is never an argument: PRAKLIT_SMS_SECRET, or the next
// line of standard input with --secret-stdin.
services::SmsGatewayConfig gatewayConfig(services::SmsService& sms, const Context& ctx, bool secretStdin)
{
    auto config = sms.settings().gateway;
    if (config.url.empty())
        invalid(tr("No SMS gateway is set up: set one with praklit-cli settings sms --gateway … --url …."), "gateway");
    if (secretStdin) {
        config.secret = ctx.secretLine(tr("the SMS gateway's password or token"));
    } else if (const char* secret = std::getenv("PRAKLIT_SMS_SECRET")) {
        config.secret = secret;
    }
    return config;
}

bool secretAvailable(bool secretStdin) { return secretStdin || std::getenv("PRAKLIT_SMS_SECRET") != nullptr; }

Json passJson(const services::DispatchPass& p)
{
    return Json{{"sent", p.sent},   {"retried", p.retried},       {"failed", p.failed}, {"unknown", p.unknown},
                {"reconciled", p.reconciled}, {"reports", p.reports}, {"closed", p.closed}};
}

std::string passForPeople(const services::DispatchPass& p)
{
    if (p.closed && !p.sent && !p.failed && !p.retried)
        return tr("Outside the office's sending hours: due messages wait for the next opening.");
    return format(tr("Sent {1}, to be tried again {2}, failed {3}, outcome unknown {4}, reconciled {5}, delivery "
                     "reports {6}."),
                  p.sent, p.retried, p.failed, p.unknown, p.reconciled, p.reports);
}

services::SmsRequest request(services::SmsService& sms, const SmsOptions& o)
{
    services::SmsRequest r;
    r.clientId = o.client;
    r.caseId = o.caseId;
    for (const auto& t : o.to) r.to.push_back({0, 0, t, o.confirm});
    for (const auto c : o.contacts) r.to.push_back({0, c, {}, false});
    for (const auto p : o.phones) r.to.push_back({p, 0, {}, false});
    if (r.to.empty()) {
        // As the dialog does: the client's first mobile number.
        for (const auto& c : sms.recipients(o.client))
            if (c.preselected) r.to.push_back({c.phoneId, 0, {}, false});
        if (r.to.empty())
            invalid(tr("The client has no mobile number to send to: give one with --to."), "to");
    }
    r.text = o.templateName.empty() ? o.text : sms.templateNamed(o.templateName).text;
    return r;
}

void addSendCommand(CLI::App& group, Context& ctx, Action& action, bool scheduled)
{
    auto o = std::make_shared<SmsOptions>();
    auto* cmd = scheduled ? group.add_subcommand("schedule", tr("Schedule an SMS to a client for a later time."))
                          : group.add_subcommand("send", tr("Send an SMS to a client now."));
    cmd->add_option("--client", o->client, tr("The client's number"))->required();
    cmd->add_option("--to", o->to, tr("A number to send to, as typed (can be given several times)"));
    cmd->add_option("--contact", o->contacts, tr("A contact of the client, by number (its mobile phone)"));
    cmd->add_option("--phone", o->phones, tr("A phone of the client or of a contact, by its number in Praklit"));
    auto* textOpt = cmd->add_option("--text", o->text, tr("The message"));
    auto* templ = cmd->add_option("--template", o->templateName, tr("The message from a template, by its name"));
    textOpt->excludes(templ);
    cmd->add_option("--case", o->caseId, tr("The case the message is about"));
    cmd->add_flag("--confirm-number", o->confirm,
                  tr("Send to a 05X number the numbering plan does not know yet (a new range)"));
    if (scheduled)
        cmd->add_option("--at", o->at, tr("When, in Israel time: \"yyyy-mm-dd HH:MM\""))->required();
    else
        cmd->add_flag("--no-dispatch", o->noDispatch, tr("Only save the message: a dispatcher sends it"));
    cmd->add_flag("--secret-stdin", o->secretStdin,
                  tr("Read the SMS gateway's password or token from standard input (else PRAKLIT_SMS_SECRET)"));
    cmd->callback([&, o, scheduled] {
        action = [&, o, scheduled] {
            if (o->text.empty() && o->templateName.empty()) invalid(tr("Give the message with --text or --template."), "text");
            auto office = ctx.open();
            services::SmsService sms(*office);
            auto r = request(sms, *o);
            if (scheduled) {
                const auto at = text::parseIsraelTime(o->at);
                if (!at) invalid(format(tr("\"{1}\" is not a time: write it as yyyy-mm-dd HH:MM."), o->at), "at");
                r.at = *at;
            }
            auto messages = sms.send(r);
            std::string said;
            if (!scheduled && !o->noDispatch && !sms.settings().gateway.url.empty() && secretAvailable(o->secretStdin)) {
                auto config = gatewayConfig(sms, ctx, o->secretStdin);
                auto gateway = services::SmsGateways::installed().make(config);
                services::DispatchOptions options;
                options.label = "cli";
                const auto pass = services::SmsDispatcher(*office, *gateway, options).runOnce();
                if (pass.closed) said = tr("Outside the office's sending hours: the message waits for the next opening.");
                for (auto& m : messages) {
                    m = sms.message(m.id);
                    // Refused for now: saved, and tried again by the next dispatcher.
                    if (m.state == SmsState::Scheduled && !m.reason.empty())
                        said = format(tr("Not sent yet: {1} It will be tried again."), m.reason);
                }
            } else if (!scheduled) {
                said = tr("Saved; a dispatcher sends it (praklit-cli sms dispatch, or a workstation with Praklit open).");
            } else {
                const auto due = text::parseTimestamp(messages.front().dueAt);
                const auto goes = due ? sms.goesOutAt(*due) : text::now();
                if (due && goes != *due)
                    said = format(tr("The time is outside the office's sending hours: it goes out at {1}."),
                                  text::toIsraelDisplay(goes));
            }
            Json json = Json::array();
            for (const auto& m : messages) json.push_back(toJson(m));
            std::string people = messageLines(messages);
            if (!said.empty()) people += "\n" + said;
            ctx.print(json, people);
        };
    });
}

} // namespace

void addSmsCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto* group = app.add_subcommand("sms", tr("SMS messages (הודעות SMS): send, schedule, list, templates, dispatch."));
    group->require_subcommand(1);
    addSendCommand(*group, ctx, action, false);
    addSendCommand(*group, ctx, action, true);

    auto o = std::make_shared<SmsOptions>();
    auto* list = group->add_subcommand("list", tr("List SMS messages, newest first."));
    list->add_option("--client", o->client, tr("Only this client's messages"));
    list->add_option("--case", o->caseId, tr("Only this case's messages"));
    list->add_option("--state", o->state, tr("Only messages in this state: scheduled, sending, sent, delivered, failed, cancelled"));
    list->add_option("--limit", o->limit, tr("At most this many (default 50)."))->check(CLI::Range(int64_t{1}, int64_t{1000}));
    list->add_option("--after", o->after, tr("Messages older than this message number (the next page)."))->check(CLI::NonNegativeNumber);
    list->callback([&, o] {
        action = [&, o] {
            std::optional<SmsState> state;
            if (!o->state.empty()) {
                state = parseSmsState(o->state);
                if (!state) invalid(format(tr("\"{1}\" is not a message state."), o->state), "state");
            }
            auto office = ctx.read();
            const auto rows = services::SmsService(*office).list(o->client, o->caseId, state, o->after, o->limit);
            Json json = Json::array();
            for (const auto& m : rows) json.push_back(toJson(m));
            ctx.print(json, rows.empty() ? tr("No SMS messages.") : messageLines(rows));
        };
    });

    auto* show = group->add_subcommand("show", tr("Show one SMS message."));
    show->add_option("id", o->id, tr("The message's number"))->required();
    show->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto m = services::SmsService(*office).message(o->id);
            ctx.print(toJson(m), messageForPeople(m));
        };
    });

    auto* edit = group->add_subcommand("edit", tr("Change a scheduled message's text or time, until it is sent."));
    edit->add_option("id", o->id, tr("The message's number"))->required();
    edit->add_option("--text", o->text, tr("The new text"));
    edit->add_option("--at", o->at, tr("The new time, in Israel time: \"yyyy-mm-dd HH:MM\""));
    edit->callback([&, o] {
        action = [&, o] {
            if (o->text.empty() && o->at.empty()) invalid(tr("Give the new text with --text or the new time with --at."), "text");
            auto office = ctx.open();
            services::SmsService sms(*office);
            const auto before = sms.message(o->id);
            std::optional<text::Timestamp> at;
            if (!o->at.empty()) {
                at = text::parseIsraelTime(o->at);
                if (!at) invalid(format(tr("\"{1}\" is not a time: write it as yyyy-mm-dd HH:MM."), o->at), "at");
            }
            const auto m = sms.edit(o->id, before.version, o->text.empty() ? before.text : o->text, at);
            ctx.print(toJson(m), messageForPeople(m));
        };
    });

    auto* cancel = group->add_subcommand("cancel", tr("Cancel a scheduled message."));
    cancel->add_option("id", o->id, tr("The message's number"))->required();
    cancel->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::SmsService sms(*office);
            const auto m = sms.cancel(o->id, sms.message(o->id).version);
            ctx.print(toJson(m), messageForPeople(m));
        };
    });

    auto* resend = group->add_subcommand("resend", tr("Send a failed message again (the same message, a new attempt)."));
    resend->add_option("id", o->id, tr("The message's number"))->required();
    resend->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::SmsService sms(*office);
            const auto m = sms.resend(o->id, sms.message(o->id).version);
            ctx.print(toJson(m), messageForPeople(m));
        };
    });

    auto* dispatch = group->add_subcommand(
        "dispatch", tr("Send the office's due messages through the gateway; with --loop keep doing so (a server's task)."));
    dispatch->add_flag("--loop", o->loop, tr("Keep sending as messages fall due, and take delivery reports"));
    dispatch->add_option("--interval", o->interval, tr("Seconds between passes with --loop (default 5)"))
        ->check(CLI::Range(int64_t{1}, int64_t{3600}));
    dispatch->add_option("--seconds", o->seconds, tr("With --loop, stop after this many seconds (default: never)"))
        ->check(CLI::NonNegativeNumber);
    dispatch->add_flag("--secret-stdin", o->secretStdin,
                       tr("Read the SMS gateway's password or token from standard input (else PRAKLIT_SMS_SECRET)"));
    dispatch->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::SmsService sms(*office);
            if (!sms.moduleOn(Module::Sms)) moduleOff(Module::Sms);
            auto config = gatewayConfig(sms, ctx, o->secretStdin);
            auto gateway = services::SmsGateways::installed().make(config);
            services::DispatchOptions options;
            options.label = "cli";
            services::SmsDispatcher dispatcher(*office, *gateway, options);
            std::unique_ptr<services::SmsReportListener> listener;
            if (o->loop && !config.listenAddress.empty())
                listener = services::SmsGateways::installed().listen(
                    config, [&dispatcher](const services::DeliveryReport& r) { dispatcher.enqueue(r); });
            services::DispatchPass total;
            const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(o->seconds);
            for (;;) {
                const auto pass = dispatcher.runOnce();
                total.sent += pass.sent;
                total.retried += pass.retried;
                total.failed += pass.failed;
                total.unknown += pass.unknown;
                total.reconciled += pass.reconciled;
                total.reports += pass.reports;
                total.closed = pass.closed;
                if (!o->loop || (o->seconds && std::chrono::steady_clock::now() >= end)) break;
                if (o->loop && !ctx.json && (pass.sent || pass.failed || pass.retried || pass.reports))
                    ctx.note(passForPeople(pass));
                std::this_thread::sleep_for(std::chrono::seconds(o->interval));
            }
            ctx.print(passJson(total), passForPeople(total));
        };
    });

    auto* counter = group->add_subcommand("counter", tr("Count a text as the network does: characters, encoding, parts."));
    counter->add_option("text", o->text, tr("The text"))->required();
    counter->callback([&, o] {
        action = [&, o] {
            const auto c = countSms(o->text);
            ctx.print(toJson(c), format(tr("{1} characters, {2}, {3} parts ({4} left in the last one)."),
                                        c.characters, encodingName(c.encoding), c.segments, c.remaining));
        };
    });

    auto* recipients = group->add_subcommand("recipients", tr("The numbers a client's SMS can go to, mobiles first."));
    recipients->add_option("--client", o->client, tr("The client's number"))->required();
    recipients->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto rows = services::SmsService(*office).recipients(o->client);
            Json json = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& r : rows) {
                json.push_back(Json{{"phone", r.phoneId},
                                    {"contact", r.contactId ? Json(r.contactId) : Json()},
                                    {"name", r.name},
                                    {"number", r.e164},
                                    {"type", std::string(toString(r.type))},
                                    {"mobile", r.mobile},
                                    {"preselected", r.preselected}});
                lines.push_back({std::to_string(r.phoneId), r.name, text::ltr(displayPhoneNumber(r.e164)), typeName(r.type),
                                 r.preselected ? "*" : ""});
            }
            ctx.print(json, rows.empty() ? tr("The client has no number an SMS can go to.")
                                         : table({tr("No."), tr("Name"), tr("Number"), tr("Type"), ""}, lines));
        };
    });

    // Templates (נוסחים קבועים).
    auto* templ = group->add_subcommand("template", tr("SMS templates (נוסחים קבועים)."));
    templ->require_subcommand(1);
    auto* add = templ->add_subcommand("add", tr("Add a template."));
    add->add_option("--name", o->name, tr("The template's name"))->required();
    add->add_option("--type", o->type, tr("general, client-collection, debtor-collection, direct-debit or none"))->required();
    add->add_option("--text", o->text, tr("The text, with placeholders such as {client_name}"))->required();
    add->callback([&, o] {
        action = [&, o] {
            const auto type = parseTemplateType(o->type);
            if (!type) invalid(format(tr("\"{1}\" is not a template type."), o->type), "type");
            auto office = ctx.open();
            const auto t = services::SmsService(*office).saveTemplate({0, o->name, *type, o->text, 0});
            ctx.print(toJson(t), format(tr("Template {1} saved."), text::isolate(t.name)));
        };
    });
    auto* tlist = templ->add_subcommand("list", tr("List the templates."));
    tlist->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto rows = services::SmsService(*office).templates();
            Json json = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& t : rows) {
                json.push_back(toJson(t));
                lines.push_back({std::to_string(t.id), t.name, typeName(t.type), t.text});
            }
            ctx.print(json, rows.empty() ? tr("No templates.")
                                         : table({tr("No."), tr("Name"), tr("Type"), tr("Text")}, lines));
        };
    });
    auto* tshow = templ->add_subcommand("show", tr("Show a template, filled for a client when one is given."));
    tshow->add_option("name", o->name, tr("The template's name"))->required();
    tshow->add_option("--client", o->client, tr("Fill its placeholders for this client"));
    tshow->add_option("--case", o->caseId, tr("and this case"));
    tshow->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            services::SmsService sms(*office);
            const auto t = sms.templateNamed(o->name);
            Json json = toJson(t);
            std::string people = format(tr("{1} ({2}):"), text::isolate(t.name), typeName(t.type)) + "\n" + t.text;
            if (o->client) {
                const auto filled = sms.fill(t.text, o->client, o->caseId);
                json["filled"] = filled.text;
                json["missing"] = filled.missing;
                people += "\n\n" + filled.text;
                for (const auto& m : filled.missing)
                    people += "\n" + format(tr("No value for {1}."), placeholderName(m));
            }
            ctx.print(json, people);
        };
    });
    auto* tedit = templ->add_subcommand("edit", tr("Change a template."));
    tedit->add_option("name", o->name, tr("The template's name"))->required();
    tedit->add_option("--rename", o->templateName, tr("A new name"));
    tedit->add_option("--type", o->type, tr("A new type"));
    tedit->add_option("--text", o->text, tr("A new text"));
    tedit->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::SmsService sms(*office);
            auto t = sms.templateNamed(o->name);
            if (!o->templateName.empty()) t.name = o->templateName;
            if (!o->type.empty()) {
                const auto type = parseTemplateType(o->type);
                if (!type) invalid(format(tr("\"{1}\" is not a template type."), o->type), "type");
                t.type = *type;
            }
            if (!o->text.empty()) t.text = o->text;
            t = sms.saveTemplate(t);
            ctx.print(toJson(t), format(tr("Template {1} saved."), text::isolate(t.name)));
        };
    });
    auto* tdelete = templ->add_subcommand("delete", tr("Delete a template."));
    tdelete->add_option("name", o->name, tr("The template's name"))->required();
    tdelete->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::SmsService sms(*office);
            const auto t = sms.templateNamed(o->name);
            sms.deleteTemplate(t.id);
            ctx.print(Json{{"deleted", t.id}}, format(tr("Template {1} deleted."), text::isolate(t.name)));
        };
    });
}

void addModuleSettingsCommands(CLI::App& settings, Context& ctx, Action& action)
{
    auto o = std::make_shared<SmsOptions>();
    auto* modules = settings.add_subcommand("modules", tr("The office's modules (מודולים): show them, or turn them on or off."));
    modules->add_option("--enable", o->enable, tr("Turn a module on: sms or court"));
    modules->add_option("--disable", o->disable, tr("Turn a module off: sms or court"));
    modules->callback([&, o] {
        action = [&, o] {
            auto office = o->enable.empty() && o->disable.empty() ? ctx.read() : ctx.open();
            services::SmsService sms(*office);
            auto apply = [&](const std::vector<std::string>& names, bool on) {
                for (const auto& n : names) {
                    const auto m = parseModule(n);
                    if (!m) invalid(format(tr("\"{1}\" is not a module: sms or court."), n), "module");
                    sms.setModule(*m, on);
                }
            };
            apply(o->enable, true);
            apply(o->disable, false);
            Json json = Json::object();
            std::vector<std::vector<std::string>> lines;
            for (const auto m : kAllModules) {
                const bool on = sms.moduleOn(m);
                json[std::string(toString(m))] = on;
                lines.push_back({std::string(toString(m)), moduleName(m), on ? tr("on") : tr("off")});
            }
            ctx.print(json, table({tr("Module"), tr("Name"), tr("State")}, lines));
        };
    });

    auto* gatewaySettings = settings.add_subcommand("sms", tr("The SMS gateway and sending hours: show them, or change the ones given."));
    gatewaySettings->add_option("--gateway", o->gateway, tr("kannel or provider"));
    gatewaySettings->add_option("--url", o->url, tr("Kannel's sendsms address, or the provider's API address"));
    gatewaySettings->add_option("--username", o->username, tr("The gateway's user name"));
    gatewaySettings->add_option("--sender", o->sender, tr("The sender: up to 11 Latin letters or digits, or a number"));
    gatewaySettings->add_option("--report-url", o->reportUrl, tr("Where the gateway sends delivery reports"));
    gatewaySettings->add_option("--listen", o->listen, tr("host:port the dispatcher takes delivery reports on"));
    gatewaySettings->add_option("--timeout-ms", o->timeoutMs, tr("How long to wait for the gateway, in milliseconds"));
    gatewaySettings->add_option("--hours", o->hours,
                    tr("Sending hours, Sunday first: \"08:00-21:00;…;-;holidays\" (- for a closed day)"));
    gatewaySettings->add_option("--max-attempts", o->maxAttempts, tr("Attempts before a message fails"));
    gatewaySettings->add_option("--unknown-grace", o->grace,
                    tr("Minutes to wait for a delivery report when the gateway's answer was lost"));
    gatewaySettings->callback([&, o] {
        action = [&, o] {
            const bool change = o->gateway || o->url || o->username || o->sender || o->reportUrl || o->listen ||
                                o->timeoutMs || o->hours || o->maxAttempts || o->grace;
            auto office = change ? ctx.open() : ctx.read();
            services::SmsService service(*office);
            auto s = service.settings();
            if (o->gateway) {
                const auto kind = services::parseSmsGatewayKind(*o->gateway);
                if (!kind) invalid(format(tr("\"{1}\" is not a gateway: kannel or provider."), *o->gateway), "gateway");
                s.gateway.kind = *kind;
            }
            if (o->url) s.gateway.url = *o->url;
            if (o->username) s.gateway.username = *o->username;
            if (o->sender) s.gateway.sender = *o->sender;
            if (o->reportUrl) s.gateway.reportUrl = *o->reportUrl;
            if (o->listen) s.gateway.listenAddress = *o->listen;
            if (o->timeoutMs) s.gateway.timeoutMs = *o->timeoutMs;
            if (o->hours) {
                const auto hours = parseSendingHours(*o->hours);
                if (!hours) invalid(format(tr("\"{1}\" are not sending hours."), *o->hours), "hours");
                s.hours = *hours;
            }
            if (o->maxAttempts) s.maxAttempts = *o->maxAttempts;
            if (o->grace) s.unknownGraceMinutes = *o->grace;
            if (change) service.saveSettings(s);
            s = service.settings();
            Json json{{"gateway", std::string(services::toString(s.gateway.kind))},
                      {"url", s.gateway.url},
                      {"username", s.gateway.username},
                      {"sender", s.gateway.sender},
                      {"report_url", s.gateway.reportUrl},
                      {"listen", s.gateway.listenAddress},
                      {"timeout_ms", s.gateway.timeoutMs},
                      {"hours", toString(s.hours)},
                      {"max_attempts", s.maxAttempts},
                      {"unknown_grace_minutes", s.unknownGraceMinutes}};
            std::vector<std::vector<std::string>> lines;
            for (const auto& [key, value] : json.items())
                lines.push_back({key, value.is_string() ? value.get<std::string>() : value.dump()});
            ctx.print(json, table({tr("Setting"), tr("Value")}, lines));
        };
    });
}

} // namespace praklit::cli
