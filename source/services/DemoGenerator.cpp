#include "services/DemoGenerator.h"

#include "data/ClientRepository.h"
#include "data/Database.h"
#include "data/OfficeTables.h"
#include "data/RateRepository.h"
#include "data/RoleRepository.h"
#include "data/SearchIndexPause.h"
#include "data/TableStream.h"
#include "data/UserRepository.h"
#include "domain/Case.h"
#include "domain/Client.h"
#include "domain/Error.h"
#include "domain/IsraeliId.h"
#include "domain/Rounding.h"
#include "services/Audit.h"
#include "services/ClientSearchKey.h"
#include "services/DemoNames.h"
#include "text/SearchKey.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <random>
#include <unordered_set>

namespace praklit::services {

namespace {

// std::mt19937_64's output is fixed by the standard; the std distributions
// are not, so ranges are cut from the raw output here.
class Dice {
public:
    explicit Dice(uint64_t seed) : engine_(seed) {}
    uint64_t below(uint64_t n) { return engine_() % n; }
    bool chance(int percent) { return below(100) < static_cast<uint64_t>(percent); }
    template <typename T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
    std::string digits(int n)
    {
        std::string s;
        for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + below(10)));
        return s;
    }

private:
    std::mt19937_64 engine_;
};

int64_t nextId(data::Database& db, const char* table) { return data::nextFreeId(db, data::officeTable(table)); }

std::string str(int64_t n) { return std::to_string(n); }

// The demo office's lawyers, added as users once; returns their ids.
std::vector<int64_t> demoLawyers(data::Database& db)
{
    data::UserRepository users(db);
    std::vector<int64_t> ids;
    for (const auto& lawyer : demo::lawyers()) {
        if (const auto found = users.findByLogin(std::string(lawyer.latin))) {
            ids.push_back(found->id);
            continue;
        }
        User u;
        u.login = lawyer.latin;
        u.displayName = lawyer.hebrew;
        ids.push_back(users.insert(u));
        // The price list: each lawyer's default hourly rate, ₪450 to ₪1,050.
        data::RateRepository(db).setRate(RateOwner::User, ids.back(), 45000 + 15000 * static_cast<int64_t>(ids.size() - 1));
    }
    return ids;
}

// 8 digits from a serial number, spread over the range (7919 is prime to it),
// so serial numbers map one-to-one onto ID numbers.
std::string spreadDigits(int64_t serial, int64_t range, int64_t base)
{
    const int64_t value = base + (serial * 7919 + 12345) % range;
    std::string s = std::to_string(value);
    s.insert(0, 8 - s.size(), '0');
    return s + IsraeliId::checkDigitFor(s);
}

} // namespace

DemoSummary DemoGenerator::generate(int64_t clients, uint64_t seed, const ProgressFn& progress,
                                    const std::atomic<bool>* cancel, bool withTime)
{
    if (clients < 1 || clients > 10'000'000)
        invalid(text::tr("The number of demo clients must be between 1 and 10,000,000."), "clients");
    DemoSummary summary;
    auto& db = office_.db();
    Dice dice(seed);
    const auto start = text::Timestamp(std::chrono::sys_days(std::chrono::year{2015} / 1 / 1).time_since_epoch());
    const int64_t spanSeconds = 11LL * 365 * 24 * 3600;

    // A bulk load touches index pages all over: a larger page cache for its
    // duration saves re-reading them (SQLite; the server has its own).
    const bool sqlite = db.backend() == Backend::SQLite;
    if (sqlite) db.executeScript("pragma cache_size = -524288");
    struct RestoreCache {
        data::Database& db;
        bool sqlite;
        ~RestoreCache()
        {
            if (sqlite) try {
                    db.executeScript("pragma cache_size = -65536");
                } catch (...) {
                }
        }
    } restore{db, sqlite};
    db.transaction([&] {
        const std::vector<int64_t> lawyerIds = demoLawyers(db);
        int64_t entityId = nextId(db, "entities"), addressId = nextId(db, "addresses");
        int64_t phoneId = nextId(db, "phones"), contactId = nextId(db, "contacts"), caseId = nextId(db, "cases");
        int64_t entryId = nextId(db, "time_entries"), chargeId = nextId(db, "charges");
        const int64_t firstEntry = entryId, firstCharge = chargeId;
        const int64_t firstEntity = entityId, firstAddress = addressId, firstPhone = phoneId, firstContact = contactId,
                      firstCase = caseId;

        std::unordered_set<std::string> takenIds;
        for (auto& idNumber : data::ClientRepository(db).idNumbersInUse()) takenIds.insert(std::move(idNumber));
        data::SearchIndexPause searchIndex(db);
        // Column lists of the rows written below, matched to each table once.
        const data::RowShape entityRow(data::officeTable("entities"),
                                       {"id", "kind", "first_name", "last_name", "org_name", "id_number", "email", "note",
                                        "active", "search_key", "sort_key", "created_at", "updated_at", "version"});
        const data::RowShape addressRow(data::officeTable("addresses"), {"id", "entity_id", "is_primary", "street", "house",
                                                                         "city", "zip", "po_box", "country", "version"});
        const data::RowShape phoneRow(data::officeTable("phones"),
                                      {"id", "entity_id", "contact_id", "type", "number_e164", "version"});
        const data::RowShape contactRow(data::officeTable("contacts"),
                                        {"id", "entity_id", "role_id", "first_name", "last_name", "title", "email",
                                         "addressee_accounts", "addressee_invoices", "version"});
        const data::RowShape caseRow(data::officeTable("cases"),
                                     {"id", "entity_id", "internal_number", "subject", "court", "proceeding_type",
                                      "court_number", "lawyer_user_id", "opened_on", "closed_on", "status", "created_at",
                                      "updated_at", "version"});
        const data::RowShape entryRow(data::officeTable("time_entries"),
                                      {"id", "user_id", "entity_id", "case_id", "started_at", "ended_at", "seconds",
                                       "description", "billable", "created_at", "version"});
        const data::RowShape chargeRow(data::officeTable("charges"),
                                       {"id", "entity_id", "case_id", "user_id", "kind", "charged_on", "description",
                                        "seconds", "billed_seconds", "rate_agorot", "amount_agorot", "vat_exempt", "billable",
                                        "state", "time_entry_id", "created_at", "updated_at", "version"});
        std::vector<int64_t> lawyerRates;
        for (const auto id : lawyerIds) lawyerRates.push_back(data::RateRepository(db).rate(RateOwner::User, id).value_or(0));
        const Rounding rounding; // the office's default rule: 6-minute units, up
        const auto yearAgo = text::now() - std::chrono::days(365);
        std::vector<int64_t> roleIds;
        for (const auto& role : data::RoleRepository(db).all())
            if (role.builtIn) roleIds.push_back(role.id);

        // Two threads: this one writes while a producer makes the next batch of
        // clients (ICU keys, formatting), so both cores work. The producer
        // touches no database; everything it needs was read above.
        // SQLite takes rows in order through one prepared statement a table;
        // COPY streams one table at a time on a connection, so on PostgreSQL
        // each batch is written table by table.
        constexpr int64_t kBatch = 5000;
        struct Batch {
            std::vector<std::pair<const char*, data::Row>> rows;
            int64_t clientsDone = 0;
        };
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<Batch> queue;
        bool producerDone = false, consumerFailed = false;
        std::exception_ptr producerError;
        Batch batch;
        auto emit = [&](const char* table, data::Row&& row) { batch.rows.emplace_back(table, std::move(row)); };
        auto hand = [&](int64_t done) {
            batch.clientsDone = done;
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < 2 || consumerFailed; });
            if (consumerFailed) throw std::runtime_error("the writer stopped");
            queue.push_back(std::move(batch));
            batch = Batch{};
            changed.notify_all();
        };

        std::thread producer([&] {
            try {
        for (int64_t i = 0; i < clients; ++i) {
            if (cancel && cancel->load()) invalid(text::tr("Cancelled: no demo data was added."));
            Client c;
            c.id = entityId;
            c.kind = dice.chance(25) ? EntityKind::Organisation : EntityKind::Person;
            const bool person = c.kind == EntityKind::Person;
            std::string latin;
            if (person) {
                const auto& f = dice.chance(50) ? dice.pick(demo::maleFirstNames()) : dice.pick(demo::femaleFirstNames());
                const auto& l = dice.pick(demo::lastNames());
                c.firstName = f.hebrew;
                c.lastName = dice.chance(5) ? std::string(dice.pick(demo::pointedLastNames())) : std::string(l.hebrew);
                latin = std::string(f.latin) + "." + std::string(l.latin);
                if (!dice.chance(8)) c.idNumber = spreadDigits(c.id, 30'000'000, 0);
                ++summary.people;
            } else {
                c.orgName = std::string(dice.pick(demo::organisationWords())) + " " +
                            std::string(dice.pick(demo::organisationWords())) + " " +
                            std::string(dice.pick(demo::organisationSuffixes()));
                latin = "office" + str(c.id);
                c.idNumber = spreadDigits(c.id, 1'000'000, 51'000'000);
                ++summary.organisations;
            }
            if (!c.idNumber.empty() && !takenIds.insert(c.idNumber).second) c.idNumber.clear();
            if (dice.chance(60)) c.email = latin + str(c.id % 1000) + "@example.co.il";
            const auto createdAt = start + std::chrono::seconds(static_cast<int64_t>(dice.below(spanSeconds)));
            const std::string created = text::toDatabaseText(createdAt);

            // Children wait for their client's row: foreign keys are checked as rows arrive.
            std::vector<std::pair<const char*, data::Row>> children, work; // work follows its cases
            const auto& city = dice.pick(demo::cities());
            const int addressCount = dice.chance(30) ? 2 : 1;
            for (int a = 0; a < addressCount; ++a) {
                const bool poBox = a == 1 && dice.chance(40);
                children.emplace_back("addresses", addressRow.row({str(addressId++), str(c.id), a == 0 ? "1" : "0",
                                     poBox ? "" : std::string(dice.pick(demo::streets())),
                                     poBox ? "" : str(1 + static_cast<int64_t>(dice.below(180))), std::string(city.name),
                                     std::string(city.zipPrefix) + dice.digits(4), poBox ? str(1000 + dice.below(9000)) : "",
                                     "", "1"}));
            }
            // Mobile ranges valid in libphonenumber's 2022 metadata: 050, 052, 053, 058.
            static const std::vector<std::string> mobile{"50", "52", "53", "58"};
            std::vector<std::string> numbers{"+972" + dice.pick(mobile) + std::to_string(2 + dice.below(8)) + dice.digits(6)};
            if (dice.chance(40))
                numbers.push_back("+972" + std::string(city.areaCode) + std::to_string(5 + dice.below(4)) + dice.digits(6));
            for (size_t k = 0; k < numbers.size(); ++k)
                children.emplace_back("phones", phoneRow.row({str(phoneId++), str(c.id), {}, k == 0 ? "mobile" : (person ? "home" : "office"), numbers[k], "1"}));

            if (!person && !roleIds.empty()) {
                const int contactCount = 1 + static_cast<int>(dice.below(2));
                for (int k = 0; k < contactCount; ++k) {
                    const auto& f = dice.chance(50) ? dice.pick(demo::maleFirstNames()) : dice.pick(demo::femaleFirstNames());
                    const auto& l = dice.pick(demo::lastNames());
                    children.emplace_back("contacts", contactRow.row({str(contactId++), str(c.id), str(dice.pick(roleIds)), std::string(f.hebrew),
                                        std::string(l.hebrew), dice.chance(30) ? "עו\"ד" : "",
                                        std::string(f.latin) + "@" + latin + ".co.il", k == 0 ? "1" : "0",
                                        dice.chance(50) ? "1" : "0", "1"}));
                }
            }

            std::vector<Case> clientCases(1 + dice.below(5));
            for (auto& k : clientCases) {
                const auto opened = createdAt + std::chrono::days(static_cast<int64_t>(dice.below(900)));
                const auto openedDay = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(opened));
                const int year = static_cast<int>(openedDay.year());
                k.internalNumber = std::to_string(year) + "/" + str(caseId);
                k.subject = dice.pick(demo::caseSubjects());
                const auto& court = dice.pick(demo::courts());
                k.court = court.name;
                if (!court.proceedingTypes.empty() && dice.chance(85)) {
                    std::vector<std::string_view> types;
                    for (size_t from = 0; from < court.proceedingTypes.size();) {
                        auto to = court.proceedingTypes.find(' ', from);
                        if (to == std::string_view::npos) to = court.proceedingTypes.size();
                        types.push_back(court.proceedingTypes.substr(from, to - from));
                        from = to + 1;
                    }
                    k.proceedingType = dice.pick(types);
                    char number[32];
                    const int yy = year % 100;
                    if (court.oldNumbering)
                        std::snprintf(number, sizeof number, "%d/%02d", static_cast<int>(100 + dice.below(9900)), yy);
                    else
                        std::snprintf(number, sizeof number, "%d-%02d-%02d", static_cast<int>(1000 + dice.below(89000)),
                                      static_cast<int>(static_cast<unsigned>(openedDay.month())), yy);
                    k.courtNumber = number;
                }
                char day[16];
                std::snprintf(day, sizeof day, "%04d-%02u-%02u", year, static_cast<unsigned>(openedDay.month()),
                              static_cast<unsigned>(openedDay.day()));
                k.openedOn = day;
                k.status = dice.chance(65) ? CaseStatus::Open : CaseStatus::Closed;
                if (k.status == CaseStatus::Closed) {
                    const auto closed = std::chrono::year_month_day(
                        std::chrono::floor<std::chrono::days>(opened) + std::chrono::days(30 + dice.below(700)));
                    std::snprintf(day, sizeof day, "%04d-%02u-%02u", static_cast<int>(closed.year()),
                                  static_cast<unsigned>(closed.month()), static_cast<unsigned>(closed.day()));
                    k.closedOn = day;
                }
                const std::string stamp = text::toDatabaseText(opened);
                const auto lawyer = dice.below(lawyerIds.size());
                // A year of work on some open cases: time entries by the case's lawyer
                // (and now and then a colleague), most of them charged.
                if (k.status == CaseStatus::Open && dice.chance(30) && withTime) {
                    const int entries = 1 + static_cast<int>(dice.below(8));
                    for (int e = 0; e < entries; ++e) {
                        const auto who = dice.chance(80) ? lawyer : dice.below(lawyerIds.size());
                        const auto begin = yearAgo + std::chrono::minutes(static_cast<int64_t>(dice.below(365 * 24 * 60)));
                        const int64_t seconds = 60 * (6 + static_cast<int64_t>(dice.below(175)));
                        const auto end = begin + std::chrono::seconds(seconds);
                        const bool billable = dice.chance(85);
                        const auto& task = dice.pick(demo::workDescriptions());
                        const std::string endText = text::toDatabaseText(end);
                        work.emplace_back("time_entries",
                                              entryRow.row({str(entryId), str(lawyerIds[who]), str(c.id), str(caseId),
                                                            text::toDatabaseText(begin), endText, str(seconds),
                                                            std::string(task), billable ? "1" : "0", endText, "1"}));
                        if (billable) {
                            const auto billed = rounding.billedSeconds(seconds);
                            work.emplace_back(
                                "charges",
                                chargeRow.row({str(chargeId++), str(c.id), str(caseId), str(lawyerIds[who]), "time",
                                               text::toIsraelIso(end).substr(0, 10), std::string(task), str(seconds),
                                               str(billed), str(lawyerRates[who]),
                                               str(timeAmountAgorot(billed, lawyerRates[who])), "0", "1", "unbilled",
                                               str(entryId), endText, endText, "1"}));
                        }
                        ++entryId;
                    }
                    if (dice.chance(20)) {
                        const auto when = yearAgo + std::chrono::days(static_cast<int64_t>(dice.below(365)));
                        const std::string at = text::toDatabaseText(when);
                        const bool fee = dice.chance(50);
                        work.emplace_back(
                            "charges", chargeRow.row({str(chargeId++), str(c.id), str(caseId), str(lawyerIds[lawyer]),
                                                      fee ? "fixed" : "expense", text::toIsraelIso(when).substr(0, 10),
                                                      fee ? "שכר טרחה קבוע" : "אגרת בית משפט", "0", "0", "0",
                                                      str(fee ? 100000 * (1 + static_cast<int64_t>(dice.below(20)))
                                                              : 5000 + static_cast<int64_t>(dice.below(200000))),
                                                      fee ? "0" : "1", "1", "unbilled", {}, at, at, "1"}));
                    }
                }
                children.emplace_back("cases", caseRow.row({str(caseId++), str(c.id), k.internalNumber, k.subject, k.court, k.proceedingType,
                                 k.courtNumber, str(lawyerIds[lawyer]), k.openedOn,
                                 k.closedOn.empty() ? data::Value() : data::Value(k.closedOn),
                                 std::string(toString(k.status)), stamp, stamp, "1"}));
            }

            emit("entities", entityRow.row({str(c.id), std::string(toString(c.kind)), c.firstName, c.lastName, c.orgName,
                                c.idNumber.empty() ? data::Value() : data::Value(c.idNumber), c.email, "",
                                dice.chance(93) ? "1" : "0", clientSearchKey(c, numbers, clientCases),
                                text::collationKey(c.displayName()), created, created, "1"}));
            for (auto& [table, row] : children) emit(table, std::move(row));
            for (auto& [table, row] : work) emit(table, std::move(row));
            ++entityId;
            if ((i + 1) % kBatch == 0 || i + 1 == clients) hand(i + 1);
        }
            } catch (...) {
                producerError = std::current_exception();
            }
            std::lock_guard lock(mutex);
            producerDone = true;
            changed.notify_all();
        });

        const bool direct = db.backend() == Backend::SQLite;
        const std::vector<const char*> order{"entities", "addresses", "contacts", "phones", "cases", "time_entries", "charges"};
        std::map<std::string, std::unique_ptr<data::TableWriter>> writers;
        try {
            int64_t reported = 0;
            while (true) {
                Batch next;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return !queue.empty() || producerDone; });
                    if (queue.empty()) break;
                    next = std::move(queue.front());
                    queue.pop_front();
                    changed.notify_all();
                }
                if (direct) {
                    for (const auto& [table, row] : next.rows) {
                        auto& writer = writers[table];
                        if (!writer) writer = data::writeTable(db, data::officeTable(table));
                        writer->write(row);
                    }
                } else {
                    for (const char* table : order) {
                        std::unique_ptr<data::TableWriter> writer;
                        for (const auto& [name, row] : next.rows) {
                            if (std::strcmp(name, table) != 0) continue;
                            if (!writer) writer = data::writeTable(db, data::officeTable(table));
                            writer->write(row);
                        }
                        if (writer) writer->finish();
                    }
                }
                if (progress && next.clientsDone - reported >= 20000 && next.clientsDone < clients) {
                    progress(next.clientsDone);
                    reported = next.clientsDone;
                }
            }
        } catch (...) {
            {
                std::lock_guard lock(mutex);
                consumerFailed = true;
                changed.notify_all();
            }
            producer.join();
            throw;
        }
        producer.join();
        if (producerError) std::rethrow_exception(producerError);
        for (auto& [name, writer] : writers) writer->finish();
        writers.clear();
        searchIndex.resume();
        db.entitiesChanged();
        for (const char* name : {"entities", "addresses", "contacts", "phones", "cases", "time_entries", "charges"})
            data::advanceIdSequence(db, data::officeTable(name));
        summary.addresses = addressId - firstAddress;
        summary.phones = phoneId - firstPhone;
        summary.contacts = contactId - firstContact;
        summary.cases = caseId - firstCase;
        summary.timeEntries = entryId - firstEntry;
        summary.charges = chargeId - firstCharge;
        audit(db, office_.user().id, "entities", 0, "import",
              Changes()
                  .set("source", "demo generate")
                  .set("seed", std::to_string(seed))
                  .set("first_id", std::to_string(firstEntity))
                  .set("clients", std::to_string(clients)));
        if (progress) progress(clients);
    });
    db.settleAfterBulkLoad();
    return summary;
}

} // namespace praklit::services
