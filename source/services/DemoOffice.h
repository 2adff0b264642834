#pragma once
// The rows of a demo office, client by client, for DemoGenerator to write.
// Internal to the services.
#include "data/BulkLoad.h"
#include "data/Database.h"
#include "data/OfficeTables.h"
#include "data/TableStream.h"
#include "domain/Case.h"
#include "domain/Client.h"
#include "domain/Rounding.h"
#include "services/DemoGenerator.h"
#include "services/DemoNames.h"
#include "text/Timestamp.h"

#include <cstdint>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace praklit::services::demo {

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
    data::RowShape phone{data::officeTable("phones"), {"id", "entity_id", "contact_id", "type", "number_e164", "version", "no_sms"}};
    data::RowShape contact{data::officeTable("contacts"),
                           {"id", "entity_id", "role_id", "first_name", "last_name", "title", "email", "addressee_accounts",
                            "addressee_invoices", "version", "no_sms"}};
    data::RowShape kase{data::officeTable("cases"),
                        {"id", "entity_id", "internal_number", "subject", "court", "proceeding_type", "court_number",
                         "lawyer_user_id", "opened_on", "closed_on", "status", "created_at", "updated_at", "version",
                         "court_serial", "court_month", "court_year"}};
    data::RowShape entry{data::officeTable("time_entries"),
                         {"id", "user_id", "entity_id", "case_id", "started_at", "ended_at", "seconds", "description",
                          "billable", "created_at", "version"}};
    data::RowShape charge{data::officeTable("charges"),
                          {"id", "entity_id", "case_id", "user_id", "kind", "charged_on", "description", "seconds",
                           "billed_seconds", "rate_agorot", "amount_agorot", "vat_exempt", "billable", "state",
                           "time_entry_id", "created_at", "updated_at", "version"}};
};

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

} // namespace praklit::services::demo
