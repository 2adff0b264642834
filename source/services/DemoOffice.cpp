#include "services/DemoOffice.h"

#include "data/ClientRepository.h"
#include "data/RateRepository.h"
#include "data/RoleRepository.h"
#include "data/UserRepository.h"
#include "domain/CourtCaseNumber.h"
#include "domain/IsraeliId.h"
#include "services/ClientSearchKey.h"
#include "text/SearchKey.h"

#include <chrono>
#include <cstdio>

namespace praklit::services::demo {

namespace {

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

std::string isoDay(std::chrono::year_month_day day)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

} // namespace

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
                                                           k == 0 ? "mobile" : (person ? "home" : "office"), numbers[k], "1", "0"}));
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
                                                   k == 0 ? "1" : "0", dice.chance(50) ? "1" : "0", "1", "0"}));
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
        const auto number = CourtCaseNumber::parse(k.courtNumber);
        children.emplace_back("cases", shapes_.kase.row({str(next_.kase++), str(c.id), k.internalNumber, k.subject, k.court,
                                                         k.proceedingType, k.courtNumber, str(lawyerIds_[lawyer]),
                                                         k.openedOn, k.closedOn.empty() ? data::Value() : data::Value(k.closedOn),
                                                         std::string(toString(k.status)), stamp, stamp, "1",
                                                         number ? number->serial() : std::string(),
                                                         str(number ? number->month() : 0), str(number ? number->year() : 0)}));
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

} // namespace praklit::services::demo
