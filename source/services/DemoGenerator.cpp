#include "services/DemoGenerator.h"

#include "data/ClientRepository.h"
#include "data/Database.h"
#include "data/OfficeTables.h"
#include "data/RateRepository.h"
#include "data/RoleRepository.h"
#include "data/BulkLoad.h"
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
#include <deque>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
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

// The tables a demo office fills, each after those its foreign keys name.
const std::vector<const char*> kTables{"entities", "addresses", "contacts", "phones", "cases", "time_entries", "charges"};

// Where each table's new rows are numbered from, or have come to.
struct Ids {
    int64_t entity = 0, address = 0, phone = 0, contact = 0, kase = 0, entry = 0, charge = 0;
};

// The column lists of the rows written, matched to each table once.
struct Shapes {
    data::RowShape entity{data::officeTable("entities"),
                          {"id", "kind", "first_name", "last_name", "org_name", "id_number", "email", "note", "active",
                           "search_key", "sort_key", "created_at", "updated_at", "version"}};
    data::RowShape address{data::officeTable("addresses"),
                           {"id", "entity_id", "is_primary", "street", "house", "city", "zip", "po_box", "country", "version"}};
    data::RowShape phone{data::officeTable("phones"), {"id", "entity_id", "contact_id", "type", "number_e164", "version"}};
    data::RowShape contact{data::officeTable("contacts"),
                           {"id", "entity_id", "role_id", "first_name", "last_name", "title", "email", "addressee_accounts",
                            "addressee_invoices", "version"}};
    data::RowShape kase{data::officeTable("cases"),
                        {"id", "entity_id", "internal_number", "subject", "court", "proceeding_type", "court_number",
                         "lawyer_user_id", "opened_on", "closed_on", "status", "created_at", "updated_at", "version"}};
    data::RowShape entry{data::officeTable("time_entries"),
                         {"id", "user_id", "entity_id", "case_id", "started_at", "ended_at", "seconds", "description",
                          "billable", "created_at", "version"}};
    data::RowShape charge{data::officeTable("charges"),
                          {"id", "entity_id", "case_id", "user_id", "kind", "charged_on", "description", "seconds",
                           "billed_seconds", "rate_agorot", "amount_agorot", "vat_exempt", "billable", "state",
                           "time_entry_id", "created_at", "updated_at", "version"}};
};

std::string isoDay(std::chrono::year_month_day day)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

// The demo office, client by client, as the dice say. The same seed throws
// the dice in the same order, so the same office comes out anywhere: the
// draws below keep their order. It touches no database after it is made
// (everything it needs is read then), so it can run on a thread of its own.
class DemoOffice {
public:
    DemoOffice(data::Database& db, uint64_t seed, bool withTime);

    // One client's rows appended to `out`: the client, then the rows that
    // name it (foreign keys are checked as rows arrive), then its cases' work.
    void addClient(data::TableRows& out, DemoSummary& summary);

    const Ids& first() const { return first_; }
    const Ids& next() const { return next_; }

private:
    Client makeClient(DemoSummary& summary, std::string& latin);
    void addAddresses(const Client& c, const demo::City& city, data::TableRows& children);
    std::vector<std::string> addPhones(const Client& c, const demo::City& city, data::TableRows& children);
    void addContacts(const Client& c, const std::string& latin, data::TableRows& children);
    Case makeCase(text::Timestamp opened);
    void addWork(const Client& c, uint64_t lawyer, data::TableRows& work);

    Dice dice_;
    const bool withTime_;
    const text::Timestamp start_ = text::Timestamp(std::chrono::sys_days(std::chrono::year{2015} / 1 / 1).time_since_epoch());
    const text::Timestamp yearAgo_ = text::now() - std::chrono::days(365);
    const Rounding rounding_; // the office's default rule: 6-minute units, up
    Shapes shapes_;
    std::vector<int64_t> lawyerIds_, lawyerRates_, roleIds_;
    std::unordered_set<std::string> takenIds_;
    Ids first_, next_;
};

DemoOffice::DemoOffice(data::Database& db, uint64_t seed, bool withTime)
    : dice_(seed), withTime_(withTime), lawyerIds_(demoLawyers(db))
{
    next_ = {nextId(db, "entities"), nextId(db, "addresses"), nextId(db, "phones"),    nextId(db, "contacts"),
             nextId(db, "cases"),    nextId(db, "time_entries"), nextId(db, "charges")};
    first_ = next_;
    for (auto& idNumber : data::ClientRepository(db).idNumbersInUse()) takenIds_.insert(std::move(idNumber));
    for (const auto id : lawyerIds_) lawyerRates_.push_back(data::RateRepository(db).rate(RateOwner::User, id).value_or(0));
    for (const auto& role : data::RoleRepository(db).all())
        if (role.builtIn) roleIds_.push_back(role.id);
}

Client DemoOffice::makeClient(DemoSummary& summary, std::string& latin)
{
    auto& dice = dice_;
    Client c;
    c.id = next_.entity;
    c.kind = dice.chance(25) ? EntityKind::Organisation : EntityKind::Person;
    if (c.kind == EntityKind::Person) {
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
    if (!c.idNumber.empty() && !takenIds_.insert(c.idNumber).second) c.idNumber.clear();
    if (dice.chance(60)) c.email = latin + str(c.id % 1000) + "@example.co.il";
    return c;
}

void DemoOffice::addAddresses(const Client& c, const demo::City& city, data::TableRows& children)
{
    auto& dice = dice_;
    const int addressCount = dice.chance(30) ? 2 : 1;
    for (int a = 0; a < addressCount; ++a) {
        const bool poBox = a == 1 && dice.chance(40);
        children.emplace_back("addresses", shapes_.address.row({str(next_.address++), str(c.id), a == 0 ? "1" : "0",
                                                                poBox ? "" : std::string(dice.pick(demo::streets())),
                                                                poBox ? "" : str(1 + static_cast<int64_t>(dice.below(180))),
                                                                std::string(city.name), std::string(city.zipPrefix) + dice.digits(4),
                                                                poBox ? str(1000 + static_cast<int64_t>(dice.below(9000))) : "",
                                                                "", "1"}));
    }
}

std::vector<std::string> DemoOffice::addPhones(const Client& c, const demo::City& city, data::TableRows& children)
{
    auto& dice = dice_;
    // Mobile ranges valid in libphonenumber's 2022 metadata: 050, 052, 053, 058.
    static const std::vector<std::string> mobile{"50", "52", "53", "58"};
    std::vector<std::string> numbers{"+972" + dice.pick(mobile) + std::to_string(2 + dice.below(8)) + dice.digits(6)};
    if (dice.chance(40))
        numbers.push_back("+972" + std::string(city.areaCode) + std::to_string(5 + dice.below(4)) + dice.digits(6));
    const bool person = c.kind == EntityKind::Person;
    for (size_t k = 0; k < numbers.size(); ++k)
        children.emplace_back("phones", shapes_.phone.row({str(next_.phone++), str(c.id), {},
                                                           k == 0 ? "mobile" : (person ? "home" : "office"), numbers[k], "1"}));
    return numbers;
}

void DemoOffice::addContacts(const Client& c, const std::string& latin, data::TableRows& children)
{
    auto& dice = dice_;
    if (c.kind == EntityKind::Person || roleIds_.empty()) return;
    const int contactCount = 1 + static_cast<int>(dice.below(2));
    for (int k = 0; k < contactCount; ++k) {
        const auto& f = dice.chance(50) ? dice.pick(demo::maleFirstNames()) : dice.pick(demo::femaleFirstNames());
        const auto& l = dice.pick(demo::lastNames());
        children.emplace_back("contacts",
                              shapes_.contact.row({str(next_.contact++), str(c.id), str(dice.pick(roleIds_)),
                                                   std::string(f.hebrew), std::string(l.hebrew),
                                                   dice.chance(30) ? "עו\"ד" : "", std::string(f.latin) + "@" + latin + ".co.il",
                                                   k == 0 ? "1" : "0", dice.chance(50) ? "1" : "0", "1"}));
    }
}

// A case opened then, with its court and number as that court writes them.
Case DemoOffice::makeCase(text::Timestamp opened)
{
    auto& dice = dice_;
    Case k;
    const auto openedDay = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(opened));
    const int year = static_cast<int>(openedDay.year());
    k.internalNumber = std::to_string(year) + "/" + str(next_.kase);
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
    k.openedOn = isoDay(openedDay);
    k.status = dice.chance(65) ? CaseStatus::Open : CaseStatus::Closed;
    if (k.status == CaseStatus::Closed)
        k.closedOn = isoDay(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(opened) +
                                                        std::chrono::days(30 + dice.below(700))));
    return k;
}

// A year of work on the case numbered next: time entries by its lawyer (and
// now and then a colleague), most of them charged, and now and then a fee or
// an expense.
void DemoOffice::addWork(const Client& c, uint64_t lawyer, data::TableRows& work)
{
    auto& dice = dice_;
    const int64_t caseId = next_.kase;
    const int entries = 1 + static_cast<int>(dice.below(8));
    for (int e = 0; e < entries; ++e) {
        const auto who = dice.chance(80) ? lawyer : dice.below(lawyerIds_.size());
        const auto begin = yearAgo_ + std::chrono::minutes(static_cast<int64_t>(dice.below(365 * 24 * 60)));
        const int64_t seconds = 60 * (6 + static_cast<int64_t>(dice.below(175)));
        const auto end = begin + std::chrono::seconds(seconds);
        const bool billable = dice.chance(85);
        const auto& task = dice.pick(demo::workDescriptions());
        const std::string endText = text::toDatabaseText(end);
        work.emplace_back("time_entries",
                          shapes_.entry.row({str(next_.entry), str(lawyerIds_[who]), str(c.id), str(caseId),
                                             text::toDatabaseText(begin), endText, str(seconds), std::string(task),
                                             billable ? "1" : "0", endText, "1"}));
        if (billable) {
            const auto billed = rounding_.billedSeconds(seconds);
            work.emplace_back("charges",
                              shapes_.charge.row({str(next_.charge++), str(c.id), str(caseId), str(lawyerIds_[who]), "time",
                                                  text::toIsraelIso(end).substr(0, 10), std::string(task), str(seconds),
                                                  str(billed), str(lawyerRates_[who]),
                                                  str(timeAmountAgorot(billed, lawyerRates_[who])), "0", "1", "unbilled",
                                                  str(next_.entry), endText, endText, "1"}));
        }
        ++next_.entry;
    }
    if (dice.chance(20)) {
        const auto when = yearAgo_ + std::chrono::days(static_cast<int64_t>(dice.below(365)));
        const std::string at = text::toDatabaseText(when);
        const bool fee = dice.chance(50);
        work.emplace_back("charges",
                          shapes_.charge.row({str(next_.charge++), str(c.id), str(caseId), str(lawyerIds_[lawyer]),
                                              fee ? "fixed" : "expense", text::toIsraelIso(when).substr(0, 10),
                                              fee ? "שכר טרחה קבוע" : "אגרת בית משפט", "0", "0", "0",
                                              str(fee ? 100000 * (1 + static_cast<int64_t>(dice.below(20)))
                                                      : 5000 + static_cast<int64_t>(dice.below(200000))),
                                              fee ? "0" : "1", "1", "unbilled", {}, at, at, "1"}));
    }
}

void DemoOffice::addClient(data::TableRows& out, DemoSummary& summary)
{
    auto& dice = dice_;
    constexpr int64_t kSpanSeconds = 11LL * 365 * 24 * 3600;
    std::string latin;
    const Client c = makeClient(summary, latin);
    const auto createdAt = start_ + std::chrono::seconds(static_cast<int64_t>(dice.below(kSpanSeconds)));
    const std::string created = text::toDatabaseText(createdAt);

    data::TableRows children, work;
    const auto& city = dice.pick(demo::cities());
    addAddresses(c, city, children);
    const auto numbers = addPhones(c, city, children);
    addContacts(c, latin, children);

    std::vector<Case> clientCases(1 + dice.below(5));
    for (auto& k : clientCases) {
        const auto opened = createdAt + std::chrono::days(static_cast<int64_t>(dice.below(900)));
        k = makeCase(opened);
        const std::string stamp = text::toDatabaseText(opened);
        const auto lawyer = dice.below(lawyerIds_.size());
        if (k.status == CaseStatus::Open && dice.chance(30) && withTime_) addWork(c, lawyer, work);
        children.emplace_back("cases", shapes_.kase.row({str(next_.kase++), str(c.id), k.internalNumber, k.subject, k.court,
                                                         k.proceedingType, k.courtNumber, str(lawyerIds_[lawyer]),
                                                         k.openedOn, k.closedOn.empty() ? data::Value() : data::Value(k.closedOn),
                                                         std::string(toString(k.status)), stamp, stamp, "1"}));
    }

    out.emplace_back("entities",
                     shapes_.entity.row({str(c.id), std::string(toString(c.kind)), c.firstName, c.lastName, c.orgName,
                                         c.idNumber.empty() ? data::Value() : data::Value(c.idNumber), c.email, "",
                                         dice.chance(93) ? "1" : "0", clientSearchKey(c, numbers, clientCases),
                                         text::collationKey(c.displayName()), created, created, "1"}));
    for (auto& row : children) out.push_back(std::move(row));
    for (auto& row : work) out.push_back(std::move(row));
    ++next_.entity;
}

// Batches of clients from the thread that makes them to the one that writes
// them, so both cores work; at most two wait, so memory stays flat.
class BatchQueue {
public:
    struct Batch {
        data::TableRows rows;
        int64_t clientsDone = 0;
    };

    // The maker's side: waits for room; throws when the writer has stopped.
    void push(Batch&& batch)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queue_.size() < 2 || writerFailed_; });
        if (writerFailed_) throw std::runtime_error("the writer stopped");
        queue_.push_back(std::move(batch));
        changed_.notify_all();
    }
    void makerDone()
    {
        std::lock_guard lock(mutex_);
        makerDone_ = true;
        changed_.notify_all();
    }

    // The writer's side: the next batch, or none when the maker is done.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || makerDone_; });
        if (queue_.empty()) return std::nullopt;
        Batch next = std::move(queue_.front());
        queue_.pop_front();
        changed_.notify_all();
        return next;
    }
    void writerFailed()
    {
        std::lock_guard lock(mutex_);
        writerFailed_ = true;
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch> queue_;
    bool makerDone_ = false, writerFailed_ = false;
};

} // namespace

DemoSummary DemoGenerator::generate(int64_t clients, uint64_t seed, const ProgressFn& progress,
                                    const std::atomic<bool>* cancel, bool withTime)
{
    if (clients < 1 || clients > 10'000'000)
        invalid(text::tr("The number of demo clients must be between 1 and 10,000,000."), "clients");
    DemoSummary summary;
    auto& db = office_.db();
    db.transaction([&] {
        DemoOffice demo(db, seed, withTime);
        // Past some tens of thousands of clients, indexes built once after the load beat their upkeep.
        data::BulkLoad load(db, kTables, clients >= 20'000);
        BatchQueue queue;
        std::exception_ptr makerError;
        std::thread maker([&] {
            constexpr int64_t kBatch = 5000;
            try {
                BatchQueue::Batch batch;
                for (int64_t i = 0; i < clients; ++i) {
                    if (cancel && cancel->load()) invalid(text::tr("Cancelled: no demo data was added."));
                    demo.addClient(batch.rows, summary);
                    if ((i + 1) % kBatch == 0 || i + 1 == clients) {
                        batch.clientsDone = i + 1;
                        queue.push(std::move(batch));
                        batch = {};
                    }
                }
            } catch (...) {
                makerError = std::current_exception();
            }
            queue.makerDone();
        });
        try {
            int64_t reported = 0;
            while (auto next = queue.pop()) {
                load.write(next->rows);
                if (progress && next->clientsDone - reported >= 20000 && next->clientsDone < clients) {
                    progress(next->clientsDone);
                    reported = next->clientsDone;
                }
            }
        } catch (...) {
            queue.writerFailed();
            maker.join();
            throw;
        }
        maker.join();
        if (makerError) std::rethrow_exception(makerError);
        load.finish();

        const Ids& first = demo.first();
        const Ids& next = demo.next();
        summary.addresses = next.address - first.address;
        summary.phones = next.phone - first.phone;
        summary.contacts = next.contact - first.contact;
        summary.cases = next.kase - first.kase;
        summary.timeEntries = next.entry - first.entry;
        summary.charges = next.charge - first.charge;
        audit(db, office_.user().id, "entities", 0, "import",
              Changes()
                  .set("source", "demo generate")
                  .set("seed", std::to_string(seed))
                  .set("first_id", std::to_string(first.entity))
                  .set("clients", std::to_string(clients)));
        if (progress) progress(clients);
    });
    db.settleAfterBulkLoad();
    return summary;
}

} // namespace praklit::services
