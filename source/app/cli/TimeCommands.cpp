#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "services/CaseService.h"
#include "services/SettingsService.h"
#include "services/TimerService.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct TimerOptions {
    int64_t id = 0;
    int64_t client = 0;
    int64_t kase = 0;
    std::optional<std::string> description;
    std::string end;
    bool notBillable = false;
    std::optional<std::string> onCaseCard, onDocument, others;
    std::optional<int> longRunningHours, idleMinutes;
    std::optional<std::string> documentsFolder, roundingMode, rate, user, officeName, address, phones, vatNumber, logo;
    std::optional<std::string> documentsSharedGroup;
    std::optional<int> roundingUnit;
};

Json timerJson(const Timer& t, services::TimerService& timers)
{
    const auto now = text::now();
    const auto elapsed = t.elapsed(now);
    return Json{{"id", t.id},
                {"client", t.clientId},
                {"case", t.caseId ? Json(t.caseId) : Json(nullptr)},
                {"description", t.description},
                {"started_by", std::string(toString(t.startedBy))},
                {"started_at", text::toIsraelIso(t.startedAt)},
                {"running", t.running()},
                {"elapsed_seconds", std::chrono::duration_cast<std::chrono::seconds>(elapsed).count()},
                {"elapsed", formatElapsed(elapsed)},
                {"long_running", timers.longRunning(t, now)}};
}

std::string timerLine(const Timer& t)
{
    return format(tr("Counter {1}: {2} ({3}) on {4}"), t.id, formatElapsed(t.elapsed(text::now())),
                  t.running() ? tr("running") : tr("paused"),
                  t.caseId ? format(tr("case {1}"), t.caseId) : format(tr("client {1}'s general file"), t.clientId));
}

bool yesNo(const std::string& v) { return v == "yes"; }

} // namespace

void addOfficeSettingsCommand(CLI::App& settings, Context& ctx, Action& action);
void addRateSettingsCommand(CLI::App& settings, Context& ctx, Action& action);

namespace {

// The signed-in user's time counters: start, pause, resume, stop, discard, list.
void addTimerGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<TimerOptions>& o)
{
    auto* timer = app.add_subcommand("timer", tr("Time counters (מונה זמן) of the signed-in user."));
    timer->require_subcommand(1);

    auto* start = timer->add_subcommand("start", tr("Start a counter on a case or on a client's general file."));
    auto* where = start->add_option_group("where");
    where->add_option("--case", o->kase, tr("The case's number (its id)"));
    where->add_option("--client", o->client, tr("The client's number: the client's general file"));
    where->require_option(1);
    start->add_option("--description", o->description, tr("What the time is spent on"));
    start->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::TimerService timers(*office);
            const auto t = timers.start(o->client, o->kase, o->description.value_or(""));
            ctx.print(timerJson(t, timers), timerLine(t));
        };
    });

    for (const char* name : {"pause", "resume"}) {
        const bool pausing = std::string(name) == "pause";
        auto* cmd = timer->add_subcommand(name, pausing ? tr("Pause a counter.") : tr("Resume a paused counter."));
        cmd->add_option("id", o->id, tr("The counter's number"))->required();
        cmd->callback([&, o, pausing] {
            action = [&, o, pausing] {
                auto office = ctx.open();
                services::TimerService timers(*office);
                const auto t = pausing ? timers.pause(o->id) : timers.resume(o->id);
                ctx.print(timerJson(t, timers), timerLine(t));
            };
        });
    }

    auto* stop = timer->add_subcommand("stop", tr("Stop a counter: it becomes a time entry and, when billable, a charge."));
    stop->add_option("id", o->id, tr("The counter's number"))->required();
    stop->add_option("--end", o->end, tr("The real end time, Israel time \"yyyy-mm-dd HH:MM\" (for a counter left running)"));
    stop->add_option("--description", o->description, tr("What the time was spent on"));
    stop->add_flag("--not-billable", o->notBillable, tr("Record the time without charging it."));
    stop->callback([&, o] {
        action = [&, o] {
            std::optional<text::Timestamp> end;
            if (!o->end.empty()) {
                end = text::parseIsraelTime(o->end);
                if (!end) invalid(format(tr("\"{1}\" is not a time: write it as yyyy-mm-dd HH:MM."), o->end), "end");
            }
            auto office = ctx.open();
            const auto r = services::TimerService(*office).stop(o->id, end, o->description, !o->notBillable);
            Json j{{"time_entry", {{"id", r.entry.id},
                                   {"seconds", r.entry.seconds},
                                   {"started_at", text::toIsraelIso(r.entry.startedAt)},
                                   {"ended_at", text::toIsraelIso(r.entry.endedAt)},
                                   {"billable", r.entry.billable}}}};
            std::string people = format(tr("Recorded {1} of work."), formatElapsed(std::chrono::seconds(r.entry.seconds)));
            if (r.charge) {
                j["charge"] = toJson(*r.charge);
                people += " " + format(tr("Charge {1}: {2}."), r.charge->id, moneyText(r.charge->amountAgorot));
            }
            ctx.print(j, people);
        };
    });

    auto* discard = timer->add_subcommand("discard", tr("Throw a counter away: its time is not recorded."));
    discard->add_option("id", o->id, tr("The counter's number"))->required();
    discard->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::TimerService(*office).discard(o->id);
            ctx.print(Json{{"discarded", o->id}}, format(tr("Counter {1} was discarded; its time is not recorded."), o->id));
        };
    });

    auto* list = timer->add_subcommand("list", tr("List your counters, running first."));
    list->callback([&] {
        action = [&] {
            auto office = ctx.read();
            services::TimerService timers(*office);
            Json rows = Json::array();
            std::string people;
            for (const auto& t : timers.list()) {
                rows.push_back(timerJson(t, timers));
                people += timerLine(t) + "\n";
            }
            ctx.print(rows, people.empty() ? tr("You have no counters.") : people);
        };
    });
}

// Personal and office settings: the group, and the time counter's page.
void addSettingsGroup(CLI::App& app, Context& ctx, Action& action, const std::shared_ptr<TimerOptions>& o)
{
    auto* settings = app.add_subcommand("settings", tr("Personal and office settings."));
    settings->require_subcommand(1);
    addOfficeSettingsCommand(*settings, ctx, action);
    addRateSettingsCommand(*settings, ctx, action);
    addModuleSettingsCommands(*settings, ctx, action);
    auto* timerSettings = settings->add_subcommand("timer", tr("Personal settings – time counter: show them, or change the ones given."));
    timerSettings->add_option("--on-case-card", o->onCaseCard, tr("Start a counter on entering a case card: yes or no"))
        ->check(CLI::IsMember({"yes", "no"}));
    timerSettings->add_option("--on-document", o->onDocument, tr("Start a counter on opening a document: yes or no"))
        ->check(CLI::IsMember({"yes", "no"}));
    timerSettings->add_option("--others", o->others, tr("A counter running on another case: pause (default) or parallel"))
        ->check(CLI::IsMember({"pause", "parallel"}));
    timerSettings->add_option("--long-running-hours", o->longRunningHours, tr("Flag a counter running longer than this"));
    timerSettings->add_option("--idle-minutes", o->idleMinutes, tr("Ask what to do with idle time longer than this"));
    timerSettings->callback([&, o] {
        action = [&, o] {
            const bool change = o->onCaseCard || o->onDocument || o->others || o->longRunningHours || o->idleMinutes;
            auto office = change ? ctx.open() : ctx.read();
            services::SettingsService service(*office);
            auto s = service.timerSettings();
            if (o->onCaseCard) s.startOnCaseCard = yesNo(*o->onCaseCard);
            if (o->onDocument) s.startOnDocument = yesNo(*o->onDocument);
            if (o->others) s.keepOthersRunning = *o->others == "parallel";
            if (o->longRunningHours) s.longRunningHours = *o->longRunningHours;
            if (o->idleMinutes) s.idleMinutes = *o->idleMinutes;
            if (change) service.saveTimerSettings(s);
            auto word = [](bool b) { return b ? tr("yes") : tr("no"); };
            ctx.print(Json{{"on_case_card", s.startOnCaseCard},
                           {"on_document", s.startOnDocument},
                           {"others", s.keepOthersRunning ? "parallel" : "pause"},
                           {"long_running_hours", s.longRunningHours},
                           {"idle_minutes", s.idleMinutes}},
                      tr("Start on entering a case card") + ": " + word(s.startOnCaseCard) + "\n" +
                          tr("Start on opening a document") + ": " + word(s.startOnDocument) + "\n" +
                          tr("A counter on another case") + ": " +
                          (s.keepOthersRunning ? tr("keeps running") : tr("is paused")) + "\n" +
                          format(tr("Long-running after {1} hours; idle after {2} minutes."), s.longRunningHours,
                                 s.idleMinutes));
        };
    });
}

} // namespace

void addTimeCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<TimerOptions>();
    addTimerGroup(app, ctx, action, o);
    addSettingsGroup(app, ctx, action, o);
}

void addRateSettingsCommand(CLI::App& settings, Context& ctx, Action& action)
{
    auto o = std::make_shared<TimerOptions>();
    auto* rate = settings.add_subcommand(
        "rate", tr("Hourly rates: a user's default (the price list), a client's, or a case's; the case's wins, then the client's."));
    auto* whose = rate->add_option_group("whose");
    whose->add_option("--user", o->user, tr("The user's login"));
    whose->add_option("--client", o->client, tr("The client's number"));
    whose->add_option("--case", o->kase, tr("The case's number (its id)"));
    whose->require_option(1);
    rate->add_option("--rate", o->rate, tr("Hourly rate in shekels, e.g. 650; \"none\" removes it"))->required();
    rate->callback([&, o] {
        action = [&, o] {
            auto session = ctx.open();
            services::SettingsService service(*session);
            std::optional<int64_t> agorot;
            if (*o->rate != "none") agorot = agorotFromText(*o->rate, MoneyField::HourlyRate);
            if (o->user) service.setUserRate(services::CaseService(*session).userByLogin(*o->user).id, agorot);
            else if (o->client) service.setClientRate(o->client, agorot);
            else service.setCaseRate(o->kase, agorot);
            ctx.print(Json{{"rate", agorot ? Json(*agorot) : Json(nullptr)},
                           {"rate_text", agorot ? Json(moneyText(*agorot)) : Json(nullptr)}},
                      agorot ? format(tr("The hourly rate is now {1}."), moneyText(*agorot)) : tr("The hourly rate was removed."));
        };
    });
}

void addOfficeSettingsCommand(CLI::App& settings, Context& ctx, Action& action)
{
    auto o = std::make_shared<TimerOptions>();
    auto* office = settings.add_subcommand("office", tr("Office settings: show them, or change the ones given."));
    office->add_option("--documents-folder", o->documentsFolder, tr("The shared folder documents are kept in (full path)"));
    office->add_option("--documents-shared-group", o->documentsSharedGroup,
                       tr("on: stored documents are readable and writable by the documents folder's group (0660, folders "
                          "2770); off: by their owner alone (0600, folders 0700)"))
        ->check(CLI::IsMember({"on", "off"}));
    office->add_option("--rounding-unit", o->roundingUnit, tr("Billed time rounding unit in minutes: 0 (none), 1, 5, 6, 10 or 15"));
    office->add_option("--rounding-mode", o->roundingMode, tr("up or nearest"))->check(CLI::IsMember({"up", "nearest"}));
    office->add_option("--name", o->officeName, tr("The office's name, as documents print it"));
    office->add_option("--address", o->address, tr("The office's address"));
    office->add_option("--phones", o->phones, tr("The office's phones"));
    office->add_option("--vat-number", o->vatNumber, tr("The licensed dealer (עוסק מורשה) number"));
    office->add_option("--logo", o->logo, tr("A PNG logo for the letterhead (full path)"));
    office->callback([&, o] {
        action = [&, o] {
            const bool change = o->documentsFolder || o->documentsSharedGroup || o->roundingUnit || o->roundingMode ||
                                o->officeName || o->address || o->phones || o->vatNumber || o->logo;
            auto session = change ? ctx.open() : ctx.read();
            services::SettingsService service(*session);
            if (o->documentsFolder) service.setDocumentsFolder(*o->documentsFolder);
            if (o->documentsSharedGroup) service.setDocumentsSharedWithGroup(*o->documentsSharedGroup == "on");
            if (o->roundingUnit || o->roundingMode) {
                auto rule = service.officeRounding();
                if (o->roundingUnit) rule.unitMinutes = *o->roundingUnit;
                if (o->roundingMode) rule.mode = *parseRoundingMode(*o->roundingMode);
                service.setOfficeRounding(rule);
            }
            if (o->officeName || o->address || o->phones || o->vatNumber || o->logo) {
                auto l = service.letterhead();
                if (o->officeName) l.officeName = *o->officeName;
                if (o->address) l.address = *o->address;
                if (o->phones) l.phones = *o->phones;
                if (o->vatNumber) l.vatNumber = *o->vatNumber;
                if (o->logo) l.logoPath = *o->logo;
                service.setLetterhead(l);
            }
            const auto l = service.letterhead();
            const auto rule = service.officeRounding();
            const auto folder = service.configuredDocumentsFolder();
            ctx.print(Json{{"name", l.officeName},
                           {"address", l.address},
                           {"phones", l.phones},
                           {"vat_number", l.vatNumber},
                           {"logo", l.logoPath},
                           {"documents_folder", folder ? Json(folder->string()) : Json(nullptr)},
                           {"documents_shared_group", service.documentsSharedWithGroup()},
                           {"rounding_unit", rule.unitMinutes},
                           {"rounding_mode", std::string(toString(rule.mode))}},
                      tr("Office name") + ": " + l.officeName + "\n" + tr("VAT number") + ": " + l.vatNumber + "\n" +
                          tr("Documents folder") + ": " + (folder ? folder->string() : tr("beside the office file")) + "\n" +
                          (service.documentsSharedWithGroup() ? tr("Documents are shared with the folder's group.") + "\n"
                                                              : std::string()) +
                          format(tr("Rounding: {1} minutes, {2}."), rule.unitMinutes,
                                 rule.mode == RoundingMode::Up ? tr("up") : tr("to the nearest")));
        };
    });
}

} // namespace praklit::cli
