#include "services/CourtService.h"

#include "data/CourtRepository.h"
#include "data/Database.h"
#include "data/DocumentRepository.h"
#include "data/FileModes.h"
#include "data/SettingsRepository.h"
#include "domain/CourtCaseNumber.h"
#include "domain/Dates.h"
#include "domain/Error.h"
#include "domain/Module.h"
#include "services/Audit.h"
#include "services/DocumentService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <sodium.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

namespace praklit::services {

namespace fs = std::filesystem;
using text::format;
using text::toDatabaseText;
using text::tr;
using text::trn;

namespace {
std::unique_ptr<SmartCards>& cardsSlot()
{
    static std::unique_ptr<SmartCards> cards;
    return cards;
}
std::unique_ptr<CourtGateways>& gatewaysSlot()
{
    static std::unique_ptr<CourtGateways> gateways;
    return gateways;
}
} // namespace

void SmartCards::install(std::unique_ptr<SmartCards> cards) { cardsSlot() = std::move(cards); }
SmartCards& SmartCards::installed()
{
    if (!cardsSlot()) throw Error(ErrorKind::Internal, "No smart card integration is installed: the program's start-up installs it.");
    return *cardsSlot();
}
void CourtGateways::install(std::unique_ptr<CourtGateways> gateways) { gatewaysSlot() = std::move(gateways); }
CourtGateways& CourtGateways::installed()
{
    if (!gatewaysSlot()) throw Error(ErrorKind::Internal, "No court gateway is installed: the program's start-up installs it.");
    return *gatewaysSlot();
}

std::string_view toString(SyncScope scope)
{
    switch (scope) {
    case SyncScope::All: return "all";
    case SyncScope::Client: return "client";
    case SyncScope::Case: return "case";
    }
    return "all";
}

std::string_view toString(CaseSyncState state)
{
    switch (state) {
    case CaseSyncState::Waiting: return "waiting";
    case CaseSyncState::Downloading: return "downloading";
    case CaseSyncState::Done: return "done";
    case CaseSyncState::Failed: return "failed";
    case CaseSyncState::Skipped: return "skipped";
    case CaseSyncState::Cancelled: return "cancelled";
    }
    return "waiting";
}

namespace {

CaseSyncState parseState(std::string_view s)
{
    for (auto st : {CaseSyncState::Waiting, CaseSyncState::Downloading, CaseSyncState::Done, CaseSyncState::Failed,
                    CaseSyncState::Skipped, CaseSyncState::Cancelled})
        if (toString(st) == s) return st;
    return CaseSyncState::Failed;
}

// The code leaves memory as soon as the card has it.
struct WipedOnExit {
    std::string& secret;
    ~WipedOnExit()
    {
        if (!secret.empty()) sodium_memzero(secret.data(), secret.size());
        secret.clear();
    }
};

// A case as the download's window and its report list it.
std::string caseLabel(const std::string& internalNumber, const std::string& proceedingType, const std::string& courtNumber,
                      const std::string& clientName)
{
    std::string label = internalNumber;
    if (!courtNumber.empty()) label += " · " + (proceedingType.empty() ? courtNumber : proceedingType + " " + courtNumber);
    return label + " · " + clientName;
}

std::string caseLabel(const data::SyncCaseRow& c)
{
    return caseLabel(c.internalNumber, c.proceedingType, c.courtNumber, c.clientName);
}

// A court document's title as a file name: no separators, a .pdf ending.
std::string documentName(const CourtDocumentEvent& e)
{
    std::string name = e.title.empty() ? e.id : e.title;
    for (auto& ch : name)
        if (ch == '/' || ch == '\\' || static_cast<unsigned char>(ch) < 0x20) ch = '-';
    if (name.size() > 200) name.resize(200);
    return name + ".pdf";
}

// The court changed the hearing in a way the lawyer must notice.
bool noticeable(const HearingEvent& before, const HearingEvent& after)
{
    return before.date != after.date || before.startTime != after.startTime || before.court != after.court ||
           before.hall != after.hall || before.status != after.status || after.status == HearingStatus::Moved ||
           after.status == HearingStatus::Cancelled;
}

} // namespace

std::string stateName(CaseSyncState state)
{
    switch (state) {
    // TRANSLATORS: a case's state in the Net HaMishpat download window
    case CaseSyncState::Waiting: return tr("Waiting");
    // TRANSLATORS: a case's state in the Net HaMishpat download window
    case CaseSyncState::Downloading: return tr("Downloading");
    // TRANSLATORS: a case's state in the Net HaMishpat download window
    case CaseSyncState::Done: return tr("Done");
    // TRANSLATORS: a case's state in the Net HaMishpat download window
    case CaseSyncState::Failed: return tr("Failed");
    // TRANSLATORS: a case's state in the Net HaMishpat download window
    case CaseSyncState::Skipped: return tr("Skipped");
    // TRANSLATORS: a case's state in the Net HaMishpat download window
    case CaseSyncState::Cancelled: return tr("Cancelled");
    }
    return {};
}

std::string summaryLine(const SyncSummary& s)
{
    // Each count with its own noun: Hebrew's plural is not English's.
    return format(tr("Download {1}: {2}, {3}, {4}, {5}, {6}."), s.id,
                  format(trn("{1} case", "{1} cases", long(s.cases)), text::formatCount(s.cases)),
                  format(trn("{1} new document", "{1} new documents", long(s.newDocuments)), text::formatCount(s.newDocuments)),
                  format(trn("{1} new hearing", "{1} new hearings", long(s.newHearings)), text::formatCount(s.newHearings)),
                  format(trn("{1} changed hearing", "{1} changed hearings", long(s.changedHearings)),
                         text::formatCount(s.changedHearings)),
                  format(trn("{1} failed", "{1} failed", long(s.failed)), text::formatCount(s.failed)));
}

std::string scopeName(const SyncSummary& s)
{
    if (s.scope == toString(SyncScope::Client)) return format(tr("The cases of client {1}"), s.scopeId);
    if (s.scope == toString(SyncScope::Case)) return format(tr("Case {1}"), s.scopeId);
    return tr("All open cases");
}

std::string syncStateName(const std::string& state)
{
    // TRANSLATORS: a whole Net HaMishpat download's state, in its report
    if (state == "running") return tr("Running");
    // TRANSLATORS: a whole Net HaMishpat download's state, in its report
    if (state == "done") return tr("Finished");
    // TRANSLATORS: a whole Net HaMishpat download's state, in its report
    if (state == "cancelled") return tr("Stopped");
    // TRANSLATORS: a whole Net HaMishpat download's state, in its report
    return tr("Failed");
}

void CourtService::requireModule()
{
    if (!SmsService(office_).moduleOn(Module::Court)) moduleOff(Module::Court);
}

CourtSettings CourtService::settings()
{
    requireModule();
    CourtSettings s;
    office_.db().guarded([&] {
        data::SettingsRepository repo(office_.db());
        s.gateway.url = repo.office("court.url").value_or("");
        s.gateway.caFile = repo.office("court.ca_file").value_or("");
        s.parallel = std::clamp(repo.officeInt("court.parallel", s.parallel), 1, 16);
        s.upcomingDays = std::clamp(repo.officeInt("court.upcoming_days", s.upcomingDays), 1, 365);
    });
    return s;
}

void CourtService::saveSettings(const CourtSettings& s)
{
    requireModule();
    office_.require(Permission::ManageUsers);
    if (!s.gateway.url.empty() && s.gateway.url.rfind("https://", 0) != 0)
        invalid(tr("The court gateway's address must begin with https://."), "court_url");
    if (s.parallel < 1 || s.parallel > 16) invalid(tr("Cases downloaded at once must be between 1 and 16."), "parallel");
    if (s.upcomingDays < 1 || s.upcomingDays > 365)
        invalid(tr("The upcoming hearings must cover between 1 and 365 days."), "upcoming_days");
    auto& db = office_.db();
    db.transaction([&] {
        data::SettingsRepository repo(db);
        Changes changes;
        const auto put = [&](const std::string& key, const std::string& value) {
            const auto before = repo.office(key).value_or("");
            if (before == value) return;
            repo.setOffice(key, value);
            changes.change(key, before, value);
        };
        put("court.url", s.gateway.url);
        put("court.ca_file", s.gateway.caFile);
        put("court.parallel", std::to_string(s.parallel));
        put("court.upcoming_days", std::to_string(s.upcomingDays));
        audit(db, office_.user().id, "office_settings", 0, "update", changes);
    });
}

std::vector<std::string> CourtService::defaultModules()
{
    requireModule();
    return cards_.defaultModules();
}

std::vector<CardSlot> CourtService::slots(const std::string& modulePath)
{
    requireModule();
    office_.require(Permission::DownloadCourt);
    return cards_.open(modulePath)->slots();
}

std::vector<CardCertificate> CourtService::certificates(const std::string& modulePath, uint64_t slot)
{
    requireModule();
    office_.require(Permission::DownloadCourt);
    return cards_.open(modulePath)->certificates(slot);
}

LinkedCard CourtService::linkCard(const std::string& modulePath, uint64_t slot, const std::string& certificateId)
{
    requireModule();
    office_.require(Permission::DownloadCourt);
    const auto certificates = cards_.open(modulePath)->certificates(slot);
    const auto it = std::find_if(certificates.begin(), certificates.end(),
                                 [&](const CardCertificate& c) { return c.id == certificateId; });
    if (it == certificates.end())
        throw CardError(CardProblem::NoCertificate, tr("There is no such certificate on the card in this reader."));
    data::LinkedCardRow row;
    row.userId = office_.user().id;
    row.modulePath = modulePath;
    row.slot = static_cast<int64_t>(slot);
    row.certificateId = it->id;
    row.fingerprint = it->fingerprint;
    row.holder = it->holder;
    row.notAfter = it->notAfter;
    row.linkedAt = toDatabaseText(text::now());
    auto& db = office_.db();
    db.transaction([&] {
        data::CourtRepository repo(db);
        const auto before = repo.card(row.userId);
        repo.saveCard(row);
        audit(db, office_.user().id, "court_cards", row.userId, before ? "update" : "insert",
              Changes()
                  .change("fingerprint", before ? before->fingerprint : "", row.fingerprint)
                  .set("holder", row.holder)
                  .set("not_after", row.notAfter));
    });
    return {row.modulePath, slot, row.certificateId, row.fingerprint, row.holder, row.notAfter, row.linkedAt};
}

std::optional<LinkedCard> CourtService::linkedCard()
{
    requireModule();
    std::optional<data::LinkedCardRow> row;
    office_.db().guarded([&] { row = data::CourtRepository(office_.db()).card(office_.user().id); });
    if (!row) return std::nullopt;
    return LinkedCard{row->modulePath, static_cast<uint64_t>(row->slot), row->certificateId, row->fingerprint,
                      row->holder, row->notAfter, row->linkedAt};
}

namespace {

// Signs in to the user's linked card, and makes sure it is that card.
std::unique_ptr<CardSession> openCard(SmartCard& card, const LinkedCard& linked, std::string& pin)
{
    WipedOnExit wipe{pin};
    auto session = card.signIn(linked.slot, linked.certificateId, pin);
    if (session->certificate().fingerprint != linked.fingerprint)
        throw CardError(CardProblem::NoCertificate,
                        tr("This is not the card linked to you: put your own card in the reader, or link this one in "
                           "System settings → Net HaMishpat."));
    return session;
}

LinkedCard requireLinked(const std::optional<LinkedCard>& linked)
{
    if (!linked)
        invalid(tr("No smart card is linked to you yet: link it in System settings → Net HaMishpat → Link smart card."));
    return *linked;
}

} // namespace

CardCertificate CourtService::checkCard(std::string pin)
{
    WipedOnExit wipe{pin};
    requireModule();
    office_.require(Permission::DownloadCourt);
    const auto linked = requireLinked(linkedCard());
    auto card = cards_.open(linked.modulePath);
    auto session = openCard(*card, linked, pin);
    const auto signature = session->sign("Praklit checks the card before a download");
    if (signature.empty()) throw CardError(CardProblem::Other, tr("The card did not sign."));
    return session->certificate();
}

namespace {

// One case's download, on a worker's own session. A page's documents are
// fetched into the store one by one, then recorded with the page's hearings
// and the case's cursor in one transaction: a page costs the database a few
// statements a document, not a transaction each. What was fetched before a
// stop or a failure is recorded before the case ends; a document recorded
// is never fetched again.
class CaseDownload {
public:
    CaseDownload(OfficeSession& office, CourtGateway& gateway, int64_t syncId, const std::atomic<bool>* cancel)
        : office_(office), gateway_(gateway), syncId_(syncId), cancel_(cancel)
    {
    }

    void run(CaseSyncProgress& p, const data::SyncCaseRow& c, const SyncObserver& observer);

private:
    bool cancelled() const { return cancel_ && cancel_->load(); }
    // The document's bytes, checked, in the store under its stored name; not yet recorded.
    Document fetch(const data::SyncCaseRow& c, const CourtDocumentEvent& e);
    // Records what was fetched and, when the page is whole, its hearings and
    // the cursor after it; returns how many documents another download had
    // recorded meanwhile. A court document's file is named by its id, so a
    // file is never removed here: another workstation's row may name it, and
    // one not recorded is written over when the document is fetched again.
    int64_t record(const data::SyncCaseRow& c, std::vector<Document>& fetched, const CourtEvents* page,
                   CaseSyncProgress& p);

    OfficeSession& office_;
    CourtGateway& gateway_;
    int64_t syncId_;
    const std::atomic<bool>* cancel_;
    fs::path folder_; // the case's folder in the store
    fs::path store_;  // the store itself
};

Document CaseDownload::fetch(const data::SyncCaseRow& c, const CourtDocumentEvent& e)
{
    const auto temporary = folder_ / ("." + courtFileStem(e.id));
    Document d;
    d.clientId = c.clientId;
    d.caseId = c.caseId;
    d.name = validatedDocumentName(documentName(e));
    d.sha256 = gateway_.download(e.id, e.sha256, temporary);
    std::error_code ec;
    d.sizeBytes = static_cast<int64_t>(fs::file_size(temporary, ec));
    d.addedBy = office_.user().id;
    d.addedAt = text::now();
    d.courtDocumentId = e.id;
    d.courtFolder = e.folder;
    d.courtSignedOn = e.signedOn;
    d.courtTitle = e.title;
    d.courtJudge = e.judge;
    d.unread = true;
    d.storedName = DocumentService(office_).place(d, temporary, ".pdf", store_);
    return d;
}

int64_t CaseDownload::record(const data::SyncCaseRow& c, std::vector<Document>& fetched, const CourtEvents* page,
                             CaseSyncProgress& p)
{
    auto& db = office_.db();
    int64_t added = 0, changed = 0;
    int64_t taken = 0; // recorded by another workstation's download meanwhile
    try {
        db.transaction([&] {
            added = changed = 0;
            taken = 0;
            data::CourtRepository repo(db);
            data::DocumentRepository documents(db);
            std::vector<std::string> ids;
            for (const auto& d : fetched) ids.push_back(d.courtDocumentId);
            const auto stored = repo.storedCourtDocuments(ids);
            for (auto& d : fetched) {
                if (stored.count(d.courtDocumentId)) {
                    ++taken;
                    continue;
                }
                d.version = 1;
                d.id = documents.insert(d);
                audit(db, office_.user().id, "documents", d.id, "insert",
                      Changes()
                          .set("case_id", std::to_string(d.caseId))
                          .set("name", d.name)
                          .set("court_document_id", d.courtDocumentId)
                          .set("sha256", d.sha256));
            }
            if (!page) return;
            const std::string now = toDatabaseText(text::now());
            for (const auto& h : page->hearings) {
                const auto existing = repo.hearingByCourtId(h.id);
                if (!existing) {
                    Hearing row;
                    row.caseId = c.caseId;
                    row.values = h;
                    const auto id = repo.insertHearing(row, now);
                    audit(db, office_.user().id, "hearings", id, "insert",
                          Changes().set("case_id", std::to_string(c.caseId)).set("date", h.date).set("start", h.startTime));
                    ++added;
                } else if (!sameValues(existing->values, h)) {
                    const bool notice = noticeable(existing->values, h);
                    repo.changeHearing(*existing, h, notice, now, syncId_);
                    audit(db, office_.user().id, "hearings", existing->id, "update",
                          Changes()
                              .change("date", existing->values.date, h.date)
                              .change("start", existing->values.startTime, h.startTime)
                              .change("status", std::string(toString(existing->values.status)),
                                      std::string(toString(h.status))));
                    if (notice) ++changed;
                }
            }
            repo.setCursor(c.caseId, page->cursor, now);
        });
    } catch (...) {
        fetched.clear();
        throw;
    }
    fetched.clear();
    p.newHearings += added;
    p.changedHearings += changed;
    return taken;
}

void CaseDownload::run(CaseSyncProgress& p, const data::SyncCaseRow& c, const SyncObserver& observer)
{
    if (c.courtNumber.empty()) {
        p.state = CaseSyncState::Skipped;
        p.message = tr("The case has no court case number.");
        return;
    }
    const auto number = CourtCaseNumber::parse(c.courtNumber);
    if (!number) {
        p.state = CaseSyncState::Skipped;
        p.message = tr("The case's court number is not one the courts use.");
        return;
    }
    if (number->month() == 0 && (c.court.empty() || c.proceedingType.empty())) {
        p.state = CaseSyncState::Skipped;
        p.message = tr("An old-form court number (such as 2904/14) needs the case's court and proceeding type.");
        return;
    }
    p.state = CaseSyncState::Downloading;
    if (observer) observer(p);
    const CourtCaseKey key{number->number(), c.court, c.proceedingType};
    // Once a case: where its documents go, and which it has already.
    std::string cursor;
    std::set<std::string> known;
    office_.db().guarded([&] {
        data::CourtRepository repo(office_.db());
        cursor = repo.cursor(c.caseId);
        known = repo.courtDocumentIds(c.caseId);
    });
    folder_ = DocumentService(office_).folderFor(c.clientId, c.caseId);
    store_ = SettingsService(office_).documentsFolder();
    std::vector<Document> fetched;
    // What was fetched of a page is recorded before the case ends, however it ends.
    const auto keep = [&](const CourtEvents* page) {
        const auto came = static_cast<int64_t>(fetched.size());
        try {
            p.newDocuments -= record(c, fetched, page, p);
        } catch (...) {
            p.newDocuments -= came; // none of them was kept
            throw;
        }
    };
    for (;;) {
        if (cancelled()) {
            p.state = CaseSyncState::Cancelled;
            return;
        }
        const auto page = gateway_.events(key, cursor);
        for (const auto& e : page.documents) {
            // Stops after the document in hand: what came is kept, and the
            // page is asked for again next time from the same cursor.
            if (cancelled()) {
                keep(nullptr);
                p.state = CaseSyncState::Cancelled;
                return;
            }
            if (known.count(e.id)) continue;
            try {
                fetched.push_back(fetch(c, e));
            } catch (...) {
                keep(nullptr);
                throw;
            }
            known.insert(e.id);
            ++p.newDocuments;
            if (observer) observer(p);
        }
        keep(&page);
        if (observer) observer(p);
        cursor = page.cursor;
        if (!page.more) break;
    }
    p.state = CaseSyncState::Done;
}

} // namespace

SyncSummary CourtService::sync(SyncScope scope, int64_t id, std::string pin, const SyncObserver& observer,
                               const std::atomic<bool>* cancel)
{
    WipedOnExit wipe{pin};
    requireModule();
    office_.require(Permission::DownloadCourt);
    const auto config = settings();
    if (config.gateway.url.empty())
        invalid(tr("The court gateway's address is not set: System settings → Net HaMishpat."), "court_url");
    const auto linked = requireLinked(linkedCard());

    // Which cases, and what each is (its numbers, court, folder and client),
    // read once before anything is signed: the workers and the window use them.
    std::vector<int64_t> caseIds;
    std::vector<std::optional<data::SyncCaseRow>> rows;
    auto& db = office_.db();
    db.guarded([&] {
        data::CourtRepository repo(db);
        switch (scope) {
        case SyncScope::All: caseIds = repo.openCaseIds(); break;
        case SyncScope::Client:
            caseIds = repo.caseIdsOfClient(id);
            if (caseIds.empty()) invalid(format(tr("Client number {1} has no open cases."), id));
            break;
        case SyncScope::Case: caseIds = {id}; break;
        }
        rows.clear();
        for (const auto caseId : caseIds) rows.push_back(repo.syncCase(caseId));
        if (scope == SyncScope::Case && !rows.front()) notFound(format(tr("There is no case number {1}."), id));
    });

    auto card = cards_.open(linked.modulePath);
    auto session = openCard(*card, linked, pin);
    auto gateway = gateways_.make(config.gateway, cancel);
    gateway->signIn(*session);

    int64_t syncId = 0;
    db.transaction([&] {
        syncId = data::CourtRepository(db).startSync(office_.user().id, std::string(toString(scope)),
                                                     scope == SyncScope::All ? 0 : id, toDatabaseText(text::now()));
        audit(db, office_.user().id, "court_syncs", syncId, "insert", Changes().set("scope", std::string(toString(scope))));
    });

    std::vector<CaseSyncProgress> progress(caseIds.size());
    for (size_t i = 0; i < caseIds.size(); ++i) {
        progress[i].caseId = caseIds[i];
        if (rows[i]) progress[i].label = caseLabel(*rows[i]);
    }
    // A window following the download lists every case from the start, each waiting.
    if (observer)
        for (const auto& p : progress) observer(p);
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex observing, failing;
    std::string fatal;
    const auto tell = [&](const CaseSyncProgress& p) {
        if (!observer) return;
        std::lock_guard lock(observing);
        observer(p);
    };
    // Refused or untrusted: every further case would fail the same way.
    const auto abandon = [&](const std::string& why) {
        std::lock_guard lock(failing);
        if (fatal.empty()) fatal = why;
        stop = true;
    };

    const auto work = [&] {
        std::unique_ptr<OfficeSession> own;
        try {
            own = OfficeSession::open(office_.url(), office_.user().login);
        } catch (const std::exception& e) {
            abandon(e.what());
            return;
        }
        CaseDownload download(*own, *gateway, syncId, cancel);
        for (;;) {
            const size_t i = next++;
            if (i >= progress.size()) return;
            auto& p = progress[i];
            const auto& row = rows[i];
            if (!row) {
                // Gone between listing the cases and reading them: another workstation deleted it.
                p.state = CaseSyncState::Failed;
                p.message = format(tr("There is no case number {1}."), p.caseId);
            } else if ((cancel && cancel->load()) || stop) {
                p.state = CaseSyncState::Cancelled;
            } else {
                try {
                    download.run(p, *row, tell);
                } catch (const CourtError& e) {
                    p.state = e.problem() == CourtProblem::Cancelled ? CaseSyncState::Cancelled : CaseSyncState::Failed;
                    p.message = e.problem() == CourtProblem::Cancelled ? std::string() : e.what();
                    if (e.problem() == CourtProblem::Refused || e.problem() == CourtProblem::Untrusted) abandon(e.what());
                } catch (const std::exception& e) {
                    p.state = CaseSyncState::Failed;
                    p.message = e.what();
                }
            }
            try {
                own->db().transaction([&] {
                    data::CourtRepository(own->db())
                        .addSyncCase(syncId, p.caseId, std::string(toString(p.state)), p.newDocuments, p.newHearings,
                                     p.changedHearings, p.message);
                });
            } catch (const std::exception&) {
                // The case's own rows are stored; only its line in the report is missing.
            }
            tell(p);
        }
    };

    const int threads = static_cast<int>(std::min<size_t>(static_cast<size_t>(config.parallel), caseIds.size()));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) workers.emplace_back(work);
    for (auto& w : workers) w.join();

    gateway->signOut();
    session.reset(); // logs out of the card
    const bool wasCancelled = cancel && cancel->load();
    const std::string state = !fatal.empty() ? "failed" : wasCancelled ? "cancelled" : "done";
    db.transaction([&] { data::CourtRepository(db).finishSync(syncId, state, fatal, toDatabaseText(text::now())); });
    return report(syncId);
}

std::vector<Hearing> CourtService::hearingsOfCase(int64_t caseId)
{
    requireModule();
    office_.require(Permission::SeeClients);
    std::vector<Hearing> out;
    office_.db().guarded([&] { out = data::CourtRepository(office_.db()).hearingsOfCase(caseId); });
    return out;
}

std::vector<HearingChange> CourtService::hearingHistory(int64_t hearingId)
{
    requireModule();
    office_.require(Permission::SeeClients);
    std::vector<HearingChange> out;
    office_.db().guarded([&] { out = data::CourtRepository(office_.db()).history(hearingId); });
    return out;
}

std::vector<UpcomingHearing> CourtService::upcoming(int days, int64_t lawyerUserId, int limit)
{
    requireModule();
    office_.require(Permission::SeeClients);
    if (days < 1 || days > 365) invalid(tr("The upcoming hearings must cover between 1 and 365 days."), "days");
    const auto today = text::israelDate(text::now());
    std::vector<UpcomingHearing> out;
    office_.db().guarded([&] {
        for (auto& r : data::CourtRepository(office_.db()).upcoming(today, addDays(today, days - 1), lawyerUserId, limit))
            out.push_back({std::move(r.hearing), r.clientId, r.lawyerUserId, std::move(r.internalNumber),
                           std::move(r.courtNumber), std::move(r.clientName), std::move(r.lawyerName)});
    });
    return out;
}

std::vector<UnreadFromCourt> CourtService::unreadFromCourt()
{
    requireModule();
    office_.require(Permission::SeeClients);
    std::vector<UnreadFromCourt> out;
    office_.db().guarded([&] {
        for (auto& r : data::CourtRepository(office_.db()).unreadByLawyer())
            out.push_back({r.lawyerUserId, std::move(r.lawyerName), r.documents});
    });
    return out;
}

namespace {
SyncSummary summaryOf(const data::SyncRow& r)
{
    SyncSummary s;
    s.id = r.id;
    s.scopeId = r.scopeId;
    s.userName = r.userName;
    s.scope = r.scope;
    s.startedAt = r.startedAt;
    s.finishedAt = r.finishedAt;
    s.state = r.state;
    s.message = r.message;
    s.cases = r.cases;
    s.failed = r.failed;
    s.newDocuments = r.newDocuments;
    s.newHearings = r.newHearings;
    s.changedHearings = r.changedHearings;
    return s;
}
} // namespace

std::vector<SyncSummary> CourtService::reports(int limit)
{
    requireModule();
    office_.require(Permission::DownloadCourt);
    std::vector<SyncSummary> out;
    office_.db().guarded([&] {
        for (const auto& r : data::CourtRepository(office_.db()).syncs(limit)) out.push_back(summaryOf(r));
    });
    return out;
}

SyncSummary CourtService::report(int64_t syncId)
{
    requireModule();
    office_.require(Permission::DownloadCourt);
    SyncSummary s;
    office_.db().guarded([&] {
        data::CourtRepository repo(office_.db());
        const auto row = repo.sync(syncId);
        if (!row) notFound(format(tr("There is no download report number {1}."), syncId));
        s = summaryOf(*row);
        for (const auto& c : repo.syncCases(syncId)) {
            CaseSyncProgress p;
            p.caseId = c.caseId;
            p.label = caseLabel(c.internalNumber, c.proceedingType, c.courtNumber, c.clientName);
            p.state = parseState(c.state);
            p.newDocuments = c.newDocuments;
            p.newHearings = c.newHearings;
            p.changedHearings = c.changedHearings;
            p.message = c.message;
            s.perCase.push_back(std::move(p));
        }
    });
    return s;
}

} // namespace praklit::services
