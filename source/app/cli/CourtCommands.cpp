// court …, settings court: Net HaMishpat from the command line — link the
// smart card, check it, download for all cases, a client's or a case's
// (an office's scheduled task on a machine with a card reader), and read
// the hearings and the download reports. The same service as the desktop's.
#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "services/CourtService.h"
#include "services/UserService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <memory>
#include <mutex>

namespace praklit::cli {

using text::format;
using text::tr;

namespace {

struct CourtOptions {
    std::string module, certificate, lawyer;
    std::optional<uint64_t> slot;
    int64_t client = 0, caseId = 0, id = 0;
    int limit = 50;
    std::optional<int> days;
    bool pinStdin = false;
    std::optional<std::string> url, caFile;
    std::optional<int> parallel, upcomingDays;
};

// The office and the service over it, for one command.
struct Court {
    std::unique_ptr<services::OfficeSession> office;
    services::CourtService service{*office};
};

std::unique_ptr<Court> court(std::unique_ptr<services::OfficeSession> office)
{
    return std::unique_ptr<Court>(new Court{std::move(office)});
}

std::string pinFrom(const Context& ctx, bool pinStdin)
{
    if (!pinStdin) invalid(tr("The card's code is read from standard input: give --pin-stdin."), "pin");
    return ctx.secretLine(tr("the smart card's code"));
}

Json toJson(const services::CardCertificate& c)
{
    return Json{{"id", c.id},         {"label", c.label},        {"holder", c.holder},     {"issuer", c.issuer},
                {"fingerprint", c.fingerprint}, {"not_before", c.notBefore}, {"not_after", c.notAfter}};
}

Json toJson(const services::LinkedCard& c)
{
    return Json{{"module", c.modulePath},   {"slot", c.slot},         {"certificate", c.certificateId},
                {"fingerprint", c.fingerprint}, {"holder", c.holder}, {"not_after", c.notAfter},
                {"linked_at", c.linkedAt}};
}

Json toJson(const HearingEvent& h)
{
    return Json{{"court_id", h.id.empty() ? Json() : Json(h.id)},
                {"date", h.date},
                {"start", h.startTime},
                {"end", h.endTime},
                {"court", h.court},
                {"hall", h.hall},
                {"judge", h.judge},
                {"type", h.type},
                {"status", std::string(toString(h.status))},
                {"video", h.video}};
}

Json toJson(const services::CaseSyncProgress& p)
{
    return Json{{"case", p.caseId},
                {"label", p.label},
                {"state", std::string(toString(p.state))},
                {"new_documents", p.newDocuments},
                {"new_hearings", p.newHearings},
                {"changed_hearings", p.changedHearings},
                {"message", p.message}};
}

Json toJson(const services::SyncSummary& s)
{
    Json cases = Json::array();
    for (const auto& p : s.perCase) cases.push_back(toJson(p));
    return Json{{"id", s.id},
                {"user", s.userName},
                {"scope", s.scope},
                {"started", s.startedAt.empty() ? "" : text::toIsraelIso(*text::parseTimestamp(s.startedAt))},
                {"finished", s.finishedAt.empty() ? "" : text::toIsraelIso(*text::parseTimestamp(s.finishedAt))},
                {"state", s.state},
                {"message", s.message},
                {"cases", s.cases},
                {"failed", s.failed},
                {"new_documents", s.newDocuments},
                {"new_hearings", s.newHearings},
                {"changed_hearings", s.changedHearings},
                {"per_case", cases}};
}

std::string summaryForPeople(const services::SyncSummary& s)
{
    std::string out = services::summaryLine(s);
    if (!s.message.empty()) out += "\n" + s.message;
    for (const auto& p : s.perCase)
        if (p.state == services::CaseSyncState::Failed || p.state == services::CaseSyncState::Skipped)
            out += "\n" + text::isolate(p.label) + ": " + services::stateName(p.state) + " — " + p.message;
    return out;
}

} // namespace

void addCourtCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<CourtOptions>();
    auto* group = app.add_subcommand("court", tr("Net HaMishpat: the smart card, downloads, hearings and reports."));
    group->require_subcommand(1);

    auto* link = group->add_subcommand("link-card", tr("Link your smart card: its PKCS#11 module, reader and certificate."));
    link->add_option("--module", o->module, tr("The card middleware's PKCS#11 module (a file path)"));
    link->add_option("--slot", o->slot, tr("The reader's slot number (else the first with a card)"));
    link->add_option("--certificate", o->certificate, tr("The certificate's id on the card (else its only one)"));
    link->callback([&, o] {
        action = [&, o] {
            auto c = court(ctx.open());
            std::string module = o->module;
            if (module.empty()) {
                const auto defaults = c->service.defaultModules();
                if (defaults.empty())
                    invalid(tr("No card middleware was found on this computer: give its PKCS#11 module with --module."),
                            "module");
                module = defaults.front();
            }
            uint64_t slot = 0;
            if (o->slot) {
                slot = *o->slot;
            } else {
                bool found = false;
                for (const auto& s : c->service.slots(module))
                    if (s.cardPresent) {
                        slot = s.id;
                        found = true;
                        break;
                    }
                if (!found)
                    throw services::CardError(services::CardProblem::NoCard,
                                              tr("There is no card in any reader: put the card in and try again."));
            }
            std::string certificate = o->certificate;
            if (certificate.empty()) {
                const auto certificates = c->service.certificates(module, slot);
                if (certificates.empty())
                    throw services::CardError(services::CardProblem::NoCertificate,
                                              tr("The card in this reader holds no certificate."));
                if (certificates.size() > 1) {
                    std::string ids;
                    for (const auto& x : certificates) ids += (ids.empty() ? "" : ", ") + x.id + " (" + x.holder + ")";
                    invalid(format(tr("The card holds several certificates: choose one with --certificate ({1})."), ids),
                            "certificate");
                }
                certificate = certificates.front().id;
            }
            const auto linked = c->service.linkCard(module, slot, certificate);
            ctx.print(toJson(linked), format(tr("Card of {1} linked (certificate valid until {2})."),
                                             text::isolate(linked.holder), linked.notAfter));
        };
    });

    auto* info = group->add_subcommand("card-info", tr("The card linked to you; with --pin-stdin it also checks the card and code."));
    info->add_flag("--pin-stdin", o->pinStdin, tr("Read the card's code from standard input and sign a test challenge"));
    info->callback([&, o] {
        action = [&, o] {
            auto c = court(o->pinStdin ? ctx.open() : ctx.read());
            const auto linked = c->service.linkedCard();
            if (!linked)
                invalid(tr("No smart card is linked to you yet: link it with praklit-cli court link-card."), "card");
            Json json = toJson(*linked);
            std::string people = format(tr("Linked card: {1}, certificate valid until {2}, fingerprint {3}."),
                                        text::isolate(linked->holder), text::displayDate(linked->notAfter),
                                        text::ltr(linked->fingerprint));
            if (o->pinStdin) {
                const auto certificate = c->service.checkCard(pinFrom(ctx, true));
                json["checked"] = true;
                json["certificate"] = toJson(certificate);
                people += "\n" + tr("The card and its code work: the card signed a test challenge.");
            }
            ctx.print(json, people);
        };
    });

    auto* sync = group->add_subcommand("sync", tr("Download decisions, documents and hearings (all open cases, a client's, or a case's)."));
    sync->add_option("--client", o->client, tr("Only this client's open cases"));
    sync->add_option("--case", o->caseId, tr("Only this case"));
    sync->add_flag("--pin-stdin", o->pinStdin, tr("Read the card's code from standard input"));
    sync->callback([&, o] {
        action = [&, o] {
            if (o->client && o->caseId) invalid(tr("Give --client or --case, not both."), "case");
            auto c = court(ctx.open());
            const auto scope = o->caseId ? services::SyncScope::Case
                               : o->client ? services::SyncScope::Client
                                           : services::SyncScope::All;
            std::mutex printing;
            const auto observer = [&](const services::CaseSyncProgress& p) {
                if (p.state == services::CaseSyncState::Waiting || p.state == services::CaseSyncState::Downloading) return;
                std::lock_guard lock(printing);
                ctx.note(format(tr("{1}: {2}, {3} new documents, {4} new hearings."), text::isolate(p.label),
                                services::stateName(p.state), p.newDocuments, p.newHearings));
            };
            const auto summary = c->service.sync(scope, o->caseId ? o->caseId : o->client, pinFrom(ctx, o->pinStdin),
                                                 observer);
            ctx.print(toJson(summary), summaryForPeople(summary));
            // An unattended run must tell its scheduler that something needs a person.
            if (summary.state == "failed")
                throw Error(ErrorKind::OutsideService, summary.message);
            if (summary.failed > 0)
                throw Error(ErrorKind::OutsideService,
                            format(tr("{1} cases could not be downloaded: see praklit-cli court reports --id {2}."),
                                   summary.failed, summary.id));
        };
    });

    auto* hearings = group->add_subcommand("hearings", tr("Upcoming hearings (דיונים), or a case's hearings."));
    hearings->add_option("--days", o->days, tr("How many days ahead (else the office's setting)"));
    hearings->add_option("--lawyer", o->lawyer, tr("Only this lawyer's cases, by login"));
    hearings->add_option("--case", o->caseId, tr("All hearings of this case, with their history"));
    hearings->callback([&, o] {
        action = [&, o] {
            auto c = court(ctx.read());
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            if (o->caseId) {
                for (const auto& h : c->service.hearingsOfCase(o->caseId)) {
                    Json history = Json::array();
                    for (const auto& change : c->service.hearingHistory(h.id)) {
                        auto before = toJson(change.before);
                        before["changed_at"] = change.changedAt;
                        history.push_back(before);
                    }
                    auto j = toJson(h.values);
                    j["id"] = h.id;
                    j["changed"] = h.changed;
                    j["history"] = history;
                    rows.push_back(j);
                    lines.push_back({text::displayDate(h.values.date), h.values.startTime, h.values.court,
                                     h.values.hall, h.values.judge, h.values.type,
                                     statusName(h.values.status) + (h.changed ? " *" : "")});
                }
                ctx.print(rows, table({tr("Date"), tr("Hour"), tr("Court"), tr("Hall"), tr("Judge"), tr("Hearing type"),
                                       tr("Status")},
                                      lines));
                return;
            }
            int64_t lawyer = 0;
            if (!o->lawyer.empty()) lawyer = services::UserService(*c->office).byLogin(o->lawyer).id;
            const int days = o->days ? *o->days : c->service.settings().upcomingDays;
            for (const auto& u : c->service.upcoming(days, lawyer)) {
                auto j = toJson(u.hearing.values);
                j["id"] = u.hearing.id;
                j["case"] = u.hearing.caseId;
                j["case_number"] = u.internalNumber;
                j["court_number"] = u.courtNumber;
                j["client"] = u.clientId;
                j["client_name"] = u.clientName;
                j["lawyer"] = u.lawyerName;
                j["changed"] = u.hearing.changed;
                rows.push_back(j);
                lines.push_back({text::displayDate(u.hearing.values.date), u.hearing.values.startTime,
                                 text::isolate(u.clientName), u.internalNumber, u.hearing.values.court, u.lawyerName,
                                 statusName(u.hearing.values.status) + (u.hearing.changed ? " *" : "")});
            }
            ctx.print(rows, table({tr("Date"), tr("Hour"), tr("Client"), tr("Case"), tr("Court"), tr("Lawyer"), tr("Status")},
                                  lines));
        };
    });

    auto* reports = group->add_subcommand("reports", tr("The download reports (דוחות הורדה), or one of them with --id."));
    reports->add_option("--id", o->id, tr("One report, case by case"));
    reports->add_option("--limit", o->limit, tr("How many of the latest"));
    reports->callback([&, o] {
        action = [&, o] {
            auto c = court(ctx.read());
            if (o->id) {
                const auto s = c->service.report(o->id);
                std::vector<std::vector<std::string>> lines;
                for (const auto& p : s.perCase)
                    lines.push_back({text::isolate(p.label), services::stateName(p.state), std::to_string(p.newDocuments),
                                     std::to_string(p.newHearings), std::to_string(p.changedHearings), p.message});
                ctx.print(toJson(s), summaryForPeople(s) + "\n" +
                                         table({tr("Case"), tr("State"), tr("Documents"), tr("Hearings"), tr("Changed"),
                                                tr("Why")},
                                               lines));
                return;
            }
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& s : c->service.reports(o->limit)) {
                rows.push_back(toJson(s));
                lines.push_back({std::to_string(s.id), toJson(s)["started"].get<std::string>(), s.userName, s.state,
                                 std::to_string(s.cases), std::to_string(s.newDocuments), std::to_string(s.newHearings),
                                 std::to_string(s.failed)});
            }
            ctx.print(rows, table({tr("Number"), tr("Started"), tr("User"), tr("State"), tr("Cases"), tr("Documents"),
                                   tr("Hearings"), tr("Failed")},
                                  lines));
        };
    });

    auto* settings = app.get_subcommand("settings");
    auto* courtSettings =
        settings->add_subcommand("court", tr("The court gateway: show its settings, or change the ones given."));
    courtSettings->add_option("--url", o->url, tr("The court gateway's address (https://…)"));
    courtSettings->add_option("--ca-file", o->caFile, tr("The CA file the gateway's certificate is checked against"));
    courtSettings->add_option("--parallel", o->parallel, tr("How many cases are downloaded at once"));
    courtSettings->add_option("--upcoming-days", o->upcomingDays, tr("How many days the upcoming hearings cover"));
    courtSettings->callback([&, o] {
        action = [&, o] {
            const bool change = o->url || o->caFile || o->parallel || o->upcomingDays;
            auto c = court(change ? ctx.open() : ctx.read());
            auto s = c->service.settings();
            if (o->url) s.gateway.url = *o->url;
            if (o->caFile) s.gateway.caFile = *o->caFile;
            if (o->parallel) s.parallel = *o->parallel;
            if (o->upcomingDays) s.upcomingDays = *o->upcomingDays;
            if (change) c->service.saveSettings(s);
            ctx.print(Json{{"url", s.gateway.url},
                           {"ca_file", s.gateway.caFile},
                           {"parallel", s.parallel},
                           {"upcoming_days", s.upcomingDays}},
                      table({tr("Setting"), tr("Value")}, {{tr("Court gateway"), text::ltr(s.gateway.url)},
                                                            {tr("CA file"), text::ltr(s.gateway.caFile)},
                                                            {tr("Cases at once"), std::to_string(s.parallel)},
                                                            {tr("Upcoming hearings, days"), std::to_string(s.upcomingDays)}}));
        };
    });
}

} // namespace praklit::cli
