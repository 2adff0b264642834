#include "services/DemoGenerator.h"

#include "data/OfficeTables.h"
#include "data/RoleRepository.h"
#include "data/TableStream.h"
#include "domain/Error.h"
#include "domain/IsraeliId.h"
#include "services/Audit.h"
#include "services/DemoNames.h"
#include "text/SearchKey.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <random>
#include <soci/soci.h>
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

int64_t nextId(data::Database& db, const std::string& table)
{
    long long n = 0;
    db.sql() << "select coalesce(max(id), 0) from " + table, soci::into(n);
    return n + 1;
}

std::string str(int64_t n) { return std::to_string(n); }

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
                                    const std::atomic<bool>* cancel)
{
    if (clients < 1 || clients > 10'000'000)
        invalid(text::tr("The number of demo clients must be between 1 and 10,000,000."), "clients");
    DemoSummary summary;
    auto& db = office_.db();
    Dice dice(seed);
    const auto start = text::Timestamp(std::chrono::sys_days(std::chrono::year{2015} / 1 / 1).time_since_epoch());
    const int64_t spanSeconds = 11LL * 365 * 24 * 3600;

    db.transaction([&] {
        int64_t entityId = nextId(db, "entities"), addressId = nextId(db, "addresses");
        int64_t phoneId = nextId(db, "phones"), contactId = nextId(db, "contacts");
        const int64_t firstEntity = entityId, nextAddress = addressId, nextPhone = phoneId, nextContact = contactId;

        std::unordered_set<std::string> takenIds;
        {
            std::string idNumber;
            soci::indicator ind;
            soci::statement st = (db.sql().prepare << "select id_number from entities where id_number is not null",
                                  soci::into(idNumber, ind));
            st.execute();
            while (st.fetch()) takenIds.insert(idNumber);
        }
        std::vector<int64_t> roleIds;
        for (const auto& role : data::RoleRepository(db).all())
            if (role.builtIn) roleIds.push_back(role.id);

        // Rows are buffered for a chunk of clients and then written table by
        // table: COPY streams one table at a time on a connection, and a chunk
        // keeps memory flat however many clients are asked for.
        constexpr int64_t kChunk = 20000;
        std::vector<data::Row> entities, addresses, phones, contacts;
        auto flush = [&] {
            for (auto [name, rows] : {std::pair{"entities", &entities}, std::pair{"addresses", &addresses},
                                      std::pair{"contacts", &contacts}, std::pair{"phones", &phones}}) {
                if (rows->empty()) continue;
                auto writer = data::writeTable(db, data::officeTable(name));
                for (const auto& row : *rows) writer->write(row);
                writer->finish();
                rows->clear();
            }
        };

        for (int64_t i = 0; i < clients; ++i) {
            if (cancel && cancel->load()) invalid(text::tr("Cancelled: no demo data was added."));
            const bool person = !dice.chance(25);
            const int64_t serial = entityId;
            std::string first, last, org, latin, idNumber;
            if (person) {
                const auto& f = dice.chance(50) ? dice.pick(demo::maleFirstNames()) : dice.pick(demo::femaleFirstNames());
                const auto& l = dice.pick(demo::lastNames());
                first = f.hebrew;
                last = dice.chance(5) ? std::string(dice.pick(demo::pointedLastNames())) : std::string(l.hebrew);
                latin = std::string(f.latin) + "." + std::string(l.latin);
                if (!dice.chance(8)) idNumber = spreadDigits(serial, 30'000'000, 0);
                ++summary.people;
            } else {
                org = std::string(dice.pick(demo::organisationWords())) + " " +
                      std::string(dice.pick(demo::organisationWords())) + " " +
                      std::string(dice.pick(demo::organisationSuffixes()));
                latin = "office" + str(serial);
                idNumber = spreadDigits(serial, 1'000'000, 51'000'000);
                ++summary.organisations;
            }
            if (!idNumber.empty() && !takenIds.insert(idNumber).second) idNumber.clear();
            const std::string email = dice.chance(60) ? latin + str(serial % 1000) + "@example.co.il" : std::string();
            const std::string display = person ? last + " " + first : org;
            const std::string created =
                text::toDatabaseText(start + std::chrono::seconds(static_cast<int64_t>(dice.below(spanSeconds))));
            const std::string key = text::searchKey(display + " " + idNumber + " " + email);
            entities.push_back({str(entityId), person ? "person" : "organisation", first, last, org,
                             idNumber.empty() ? data::Value() : data::Value(idNumber), email, "",
                             dice.chance(93) ? "1" : "0", key, text::collationKey(display), created, created, "1"});

            const auto& city = dice.pick(demo::cities());
            const int addressCount = dice.chance(30) ? 2 : 1;
            for (int a = 0; a < addressCount; ++a) {
                const bool poBox = a == 1 && dice.chance(40);
                addresses.push_back({str(addressId++), str(entityId), a == 0 ? "1" : "0",
                                     poBox ? "" : std::string(dice.pick(demo::streets())),
                                     poBox ? "" : str(1 + static_cast<int64_t>(dice.below(180))), std::string(city.name),
                                     std::string(city.zipPrefix) + dice.digits(4), poBox ? str(1000 + dice.below(9000)) : "",
                                     "", "1"});
            }
            // Mobile ranges valid in libphonenumber's 2022 metadata: 050, 052, 053, 058.
            static const std::vector<std::string> mobile{"50", "52", "53", "58"};
            phones.push_back({str(phoneId++), str(entityId), {}, "mobile",
                              "+972" + dice.pick(mobile) + std::to_string(2 + dice.below(8)) + dice.digits(6), "1"});
            if (dice.chance(40))
                phones.push_back({str(phoneId++), str(entityId), {}, person ? "home" : "office",
                                  "+972" + std::string(city.areaCode) + std::to_string(5 + dice.below(4)) + dice.digits(6), "1"});
            if (!person && !roleIds.empty()) {
                const int contactCount = 1 + static_cast<int>(dice.below(2));
                for (int k = 0; k < contactCount; ++k) {
                    const auto& f = dice.chance(50) ? dice.pick(demo::maleFirstNames()) : dice.pick(demo::femaleFirstNames());
                    const auto& l = dice.pick(demo::lastNames());
                    contacts.push_back({str(contactId++), str(entityId), str(dice.pick(roleIds)), std::string(f.hebrew),
                                        std::string(l.hebrew), dice.chance(30) ? "עו\"ד" : "",
                                        std::string(f.latin) + "@" + latin + ".co.il", k == 0 ? "1" : "0",
                                        dice.chance(50) ? "1" : "0", "1"});
                }
            }
            ++entityId;
            if ((i + 1) % kChunk == 0) {
                flush();
                if (progress) progress(i + 1);
            }
        }
        flush();
        for (const char* name : {"entities", "addresses", "contacts", "phones"})
            data::advanceIdSequence(db, data::officeTable(name));
        summary.addresses = addressId - nextAddress;
        summary.phones = phoneId - nextPhone;
        summary.contacts = contactId - nextContact;
        audit(db, office_.user().id, "entities", 0, "import",
              Changes()
                  .set("source", "demo generate")
                  .set("seed", std::to_string(seed))
                  .set("first_id", std::to_string(firstEntity))
                  .set("clients", std::to_string(clients)));
        if (progress) progress(clients);
    });
    return summary;
}

} // namespace praklit::services
