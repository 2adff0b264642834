// The audit log at a large office's size, on SQLite and on PostgreSQL: its
// list pages (the audit window and a record's history), the chain's check and
// one insert, each beside a plain reference in the same process: the list's
// own SQL statement with its values written in, read into plain variables;
// the chain's rows read without hashing; one plain insert into a table of
// the same columns and indexes without the head's lock and the hash.
//
// Each call is timed alone: the counters p50_ms and p95_ms are over the calls
// of a run, so the ratio reads the same on a busy machine as on a quiet one.
// The office — 5,000,000 chained audit rows over 1,000,000 records of eight
// tables, 20 users, every action, two years of times — is generated once per
// backend and kept (BenchData.h): build/bench-data/audit-5000000.db, and the
// schema bench_audit_5000000 on the server PRAKLIT_TEST_POSTGRESQL names.
//   build/bin/bench_audit --benchmark_filter='sqlite/list'
#include "data/AuditRepository.h"
#include "data/BulkLoad.h"
#include "data/Database.h"
#include "data/UserRepository.h"
#include "services/AuditService.h"
#include "services/OfficeSession.h"
#include "text/Language.h"
#include "text/Timestamp.h"

#include "BenchData.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <soci/soci.h>

using namespace praklit;

namespace {

constexpr int64_t kRows = 5'000'000;
constexpr int kUsers = 20; // "bench", the administrator, and lawyer01 … lawyer19
constexpr int64_t kBusyRecord = 1; // entities 1: a large client whose history has 5,000 rows

// The records the rows are about: 1,000,000 over eight tables, each table's
// share of the rows as its share of the records, so a record has ~5 rows.
struct RecordTable {
    const char* name;
    int64_t records;
    int share; // of 100
};
constexpr RecordTable kTables[] = {{"entities", 350'000, 35},     {"charges", 250'000, 25},
                                   {"time_entries", 200'000, 20}, {"cases", 80'000, 8},
                                   {"addresses", 50'000, 5},      {"transaction_accounts", 40'000, 4},
                                   {"contacts", 20'000, 2},       {"tax_documents", 10'000, 1}};

// Two years of times up to the first of December 2026, in row order.
const text::Timestamp kEnd = text::parseTimestamp("2026-12-01 00:00:00+00").value();
const text::Timestamp kStart = kEnd - std::chrono::days(730);

struct Office {
    std::unique_ptr<services::OfficeSession> session;
    int64_t lastId = 0;
    std::map<std::string, int64_t> users; // login → id
};

// The audit rows, chained from the head the office has, streamed in
// batches inside one transaction; the head set to the last one.
void generate(services::OfficeSession& session, const std::vector<int64_t>& userIds)
{
    auto& db = session.db();
    db.transaction([&] {
        data::AuditRepository audit(db);
        auto [lastId, prev] = audit.head();
        std::mt19937_64 random(1);
        std::uniform_int_distribution<int> percent(0, 99'999);
        std::uniform_int_distribution<size_t> user(0, userIds.size() - 1);
        const auto step = (kEnd - kStart) / kRows;
        const int64_t backupEvery = kRows / 730;
        const int64_t restores[] = {kRows / 5, kRows / 2 + 17, 4 * kRows / 5};
        data::BulkLoad load(db, {"audit_log"}, true);
        data::TableRows batch;
        for (int64_t i = 0; i < kRows; ++i) {
            data::AuditEntry e;
            e.id = lastId + 1 + i;
            e.at = kStart + step * i;
            e.userId = userIds[user(random)];
            const int p = percent(random);
            auto record = [&] {
                int pick = static_cast<int>(random() % 100);
                for (const auto& t : kTables) {
                    if (pick < t.share) {
                        e.table = t.name;
                        e.rowId = 1 + static_cast<int64_t>(random() % t.records);
                        return;
                    }
                    pick -= t.share;
                }
            };
            const std::string n = std::to_string(i);
            if (std::find(std::begin(restores), std::end(restores), i) != std::end(restores)) {
                e.action = "restore";
                e.table = "office";
                e.userId = userIds.front();
                e.changes = R"({"from":"/srv/backups/office-)" + n + R"(.db"})";
            } else if (i % backupEvery == backupEvery - 1) {
                e.action = "backup";
                e.table = "office";
                e.userId = userIds.front();
                e.changes = R"({"to":"/srv/backups"})";
            } else if (i % 1000 == 500) {
                e.action = "update";
                e.table = "entities";
                e.rowId = kBusyRecord;
                e.changes = R"({"note":["הערה )" + n + R"(","הערה חדשה )" + n + R"("]})";
            } else if (p < 20) {
                e.action = "sign-in-refused";
                e.table = "users";
                e.rowId = e.userId;
                e.changes = R"({"reason":"wrong password"})";
            } else if (p < 5'000) {
                e.action = "sign-in";
                e.table = "users";
                e.rowId = e.userId;
                e.changes = "{}";
            } else if (p < 10'000) {
                e.action = "export";
                e.table = "reports";
                e.changes = R"({"report":"accounts"})";
            } else if (p < 35'000) {
                e.action = "read";
                e.table = "entities";
                e.rowId = 1 + static_cast<int64_t>(random() % kTables[0].records);
                e.changes = "{}";
            } else if (p < 50'000) {
                e.action = "insert";
                record();
                e.changes = R"({"description":"רשומה )" + n + R"(","note":"נוספה"})";
            } else if (p < 58'000) {
                e.action = "state";
                record();
                e.changes = R"({"state":["unbilled","billed"]})";
            } else if (p < 59'500) {
                e.action = "delete";
                record();
                e.changes = "{}";
            } else if (p < 59'800) {
                e.action = "import";
                record();
                e.changes = R"({"source":"csv"})";
            } else {
                e.action = "update";
                record();
                e.changes = R"({"note":["ישן )" + n + R"(","חדש )" + n + R"("]})";
            }
            if (p % 100 == 7) e.reason = "תיקון טעות הקלדה";
            e.prevHash = prev;
            e.hash = data::AuditRepository::hashOf(e);
            prev = e.hash;
            batch.emplace_back("audit_log",
                               data::Row{std::to_string(e.id), text::toDatabaseText(e.at), std::to_string(e.userId),
                                         e.table, e.rowId ? data::Value(std::to_string(e.rowId)) : std::nullopt,
                                         e.action, e.changes, e.reason, e.prevHash, e.hash});
            if (batch.size() == 50'000) {
                load.write(batch);
                batch.clear();
            }
        }
        load.write(batch);
        load.finish();
        const long long headId = lastId + kRows;
        db.sql() << "update audit_head set last_id = :id, hash = :h where id = 1", soci::use(headId), soci::use(prev);
    });
    db.settleAfterBulkLoad();
}

// The reference insert's table: the audit log's columns and indexes, no chain.
void addReferenceTable(data::Database& db)
{
    const std::string id = db.backend() == Backend::SQLite ? "id integer primary key"
                                                            : "id bigint generated by default as identity primary key";
    const std::string at = db.backend() == Backend::SQLite ? "text" : "timestamptz";
    db.executeScript("create table if not exists bench_audit_reference (" + id + ", at " + at +
                     " not null, user_id bigint, table_name text not null, row_id bigint, action text not null, "
                     "changes text not null, reason text not null, prev_hash text not null, hash text not null); "
                     "create index if not exists bench_audit_reference_row on bench_audit_reference (table_name, row_id, id); "
                     "create index if not exists bench_audit_reference_user on bench_audit_reference (user_id, id); "
                     "create index if not exists bench_audit_reference_at on bench_audit_reference (at, id)");
}

Office& office(Backend backend)
{
    static std::map<int, Office> open;
    auto& o = open[static_cast<int>(backend)];
    if (o.session) return o;
    const auto url = bench::benchOffice(backend, "audit-" + std::to_string(kRows));
    const auto opened = std::chrono::steady_clock::now();
    o.session = services::OfficeSession::open(url, "bench", OpenMode::CreateIfMissing);
    const double openSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - opened).count();
    if (openSeconds > 5) fprintf(stderr, "opening the office (its migrations) took %.1f s\n", openSeconds);
    auto& db = o.session->db();
    if (data::AuditRepository(db).count() < kRows) {
        for (int u = 1; u < kUsers; ++u) {
            const std::string n = std::to_string(u);
            services::OfficeSession::open(url, "lawyer" + std::string(n.size() < 2 ? "0" : "") + n);
        }
        std::vector<int64_t> ids;
        for (const auto& u : data::UserRepository(db).all()) ids.push_back(u.id);
        std::sort(ids.begin(), ids.end()); // the administrator first
        const auto started = std::chrono::steady_clock::now();
        generate(*o.session, ids);
        fprintf(stderr, "generated %lld audit rows in %.1f s\n", static_cast<long long>(kRows),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
    addReferenceTable(db);
    for (const auto& u : data::UserRepository(db).all()) o.users[u.login] = u.id;
    o.lastId = data::AuditRepository(db).head().first;
    return o;
}

// A page the audit window asks for: the filter, and where the page starts.
struct Case {
    std::string name;
    services::AuditQuery query;
    enum class Start { Newest, MiddleOfLog, MiddleOfMatches } start = Start::Newest;
    int iterations = 40; // fewer for a case whose reference takes seconds
};

std::vector<Case> cases()
{
    auto q = [](auto set) {
        services::AuditQuery query;
        set(query);
        return query;
    };
    using S = Case::Start;
    const auto user = q([](auto& x) { x.login = "lawyer07"; });
    const auto busy = q([](auto& x) {
        x.table = "entities";
        x.recordId = kBusyRecord;
    });
    const auto day = q([](auto& x) { x.from = x.to = "2025-12-14"; });
    const auto month = q([](auto& x) {
        x.from = "2025-12-01";
        x.to = "2025-12-31";
    });
    return {
        {"none", {}, S::Newest},
        {"none/deep", {}, S::MiddleOfLog},
        {"user", user, S::Newest},
        {"user/deep", user, S::MiddleOfLog},
        {"record", q([](auto& x) {
             x.table = "charges";
             x.recordId = 123'456;
         }),
         S::Newest},
        {"busyRecord", busy, S::Newest},
        {"busyRecord/deep", busy, S::MiddleOfMatches},
        {"action=restore", q([](auto& x) { x.action = "restore"; }), S::Newest},
        {"action=sign-in-refused", q([](auto& x) { x.action = "sign-in-refused"; }), S::Newest},
        {"action=sign-in-refused/deep", q([](auto& x) { x.action = "sign-in-refused"; }), S::MiddleOfLog},
        {"action=update/deep", q([](auto& x) { x.action = "update"; }), S::MiddleOfLog},
        {"day", day, S::Newest},
        {"month", month, S::Newest},
        {"month/deep", month, S::MiddleOfMatches},
        {"year", q([](auto& x) {
             x.from = "2025-01-01";
             x.to = "2025-12-31";
         }),
         S::Newest, 10},
        {"user+month", q([](auto& x) {
             x.login = "lawyer07";
             x.from = "2025-12-01";
             x.to = "2025-12-31";
         }),
         S::Newest},
    };
}

// The list's statement with its values written in, as the repository builds it.
std::string referenceSql(Office& o, const services::AuditQuery& q, int64_t beforeId, bool countOnly = false)
{
    std::string where = " where 1 = 1";
    if (!q.login.empty()) where += " and a.user_id = " + std::to_string(o.users.at(q.login));
    if (!q.table.empty()) where += " and a.table_name = '" + q.table + "'";
    if (q.recordId) where += " and a.row_id = " + std::to_string(q.recordId);
    if (!q.action.empty()) where += " and a.action = '" + q.action + "'";
    const auto period = text::israelPeriod(q.from, q.to);
    if (!q.from.empty()) where += " and a.at >= '" + text::toDatabaseText(period.from) + "'";
    if (!q.to.empty()) where += " and a.at < '" + text::toDatabaseText(period.until) + "'";
    if (beforeId) where += " and a.id < " + std::to_string(beforeId);
    if (countOnly) return "select min(a.id), max(a.id) from audit_log a" + where;
    return "select a.id, a.at, a.user_id, u.login, a.table_name, a.row_id, a.action, a.changes, a.reason, a.prev_hash, "
           "a.hash from audit_log a left join users u on u.id = a.user_id" +
           where + " order by a.id desc limit 50";
}

int64_t startOf(Office& o, const Case& c)
{
    if (c.start == Case::Start::Newest) return 0;
    if (c.start == Case::Start::MiddleOfLog) return o.lastId / 2;
    long long first = 0, last = 0;
    o.session->db().sql() << referenceSql(o, c.query, 0, true), soci::into(first), soci::into(last);
    return (first + last) / 2;
}

// Times each call of `work()` alone; the median and the 95th percentile of a run.
template <typename Work>
void timeCalls(benchmark::State& state, Work work)
{
    std::vector<double> ms;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    }
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

void listPage(benchmark::State& state, Backend backend, const Case& c)
{
    auto& o = office(backend);
    services::AuditService audit(*o.session);
    const int64_t after = startOf(o, c);
    // The page is the plain statement's page, whichever way it was read.
    {
        std::vector<long long> expected(50);
        o.session->db().sql() << "select id from (" + referenceSql(o, c.query, after) + ") p order by id desc",
            soci::into(expected);
        std::vector<long long> got;
        for (const auto& r : audit.list(c.query, after, 50)) got.push_back(r.id);
        if (got != expected) state.SkipWithError("the page differs from the plain statement's");
    }
    size_t rows = 0;
    timeCalls(state, [&] {
        const auto page = audit.list(c.query, after, 50);
        rows = page.size();
        benchmark::DoNotOptimize(page);
    });
    state.counters["rows"] = static_cast<double>(rows);
}

void listReference(benchmark::State& state, Backend backend, const Case& c)
{
    auto& o = office(backend);
    const std::string sql = referenceSql(o, c.query, startOf(o, c));
    size_t rows = 0;
    timeCalls(state, [&] {
        long long id = 0, user = 0, row = 0;
        soci::indicator userInd = soci::i_ok, loginInd = soci::i_ok, rowInd = soci::i_ok;
        std::string at, login, table, action, changes, reason, prev, hash;
        soci::statement st = (o.session->db().sql().prepare << sql, soci::into(id), soci::into(at),
                              soci::into(user, userInd), soci::into(login, loginInd), soci::into(table),
                              soci::into(row, rowInd), soci::into(action), soci::into(changes), soci::into(reason),
                              soci::into(prev), soci::into(hash));
        st.execute();
        rows = 0;
        while (st.fetch()) ++rows;
        benchmark::DoNotOptimize(id + user + row);
    });
    state.counters["rows"] = static_cast<double>(rows);
}

// The process's peak resident memory so far (VmHWM), in MiB.
double peakMemoryMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmHWM:")) return std::stod(line.substr(6)) / 1024;
    return 0;
}

void verifyChain(benchmark::State& state, Backend backend)
{
    auto& o = office(backend);
    services::AuditService audit(*o.session);
    int64_t rows = 0;
    double seconds = 0;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        const auto check = audit.verify();
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (!check.whole()) state.SkipWithError(check.problem.c_str());
        rows = check.rows;
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows_per_s"] = static_cast<double>(rows) * static_cast<double>(state.iterations()) / seconds;
    state.counters["peak_MiB"] = peakMemoryMiB();
}

// The reference: the chain's rows in id order, read into the same variables, not hashed.
void verifyReference(benchmark::State& state, Backend backend)
{
    auto& o = office(backend);
    int64_t rows = 0;
    double seconds = 0;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        o.session->db().snapshot([&] {
            long long id = 0, user = 0, row = 0;
            soci::indicator userInd = soci::i_ok, loginInd = soci::i_ok, rowInd = soci::i_ok;
            std::string at, login, table, action, changes, reason, prev, hash;
            soci::statement st =
                (o.session->db().sql().prepare
                     << "select a.id, a.at, a.user_id, u.login, a.table_name, a.row_id, a.action, a.changes, a.reason, "
                        "a.prev_hash, a.hash from audit_log a left join users u on u.id = a.user_id order by a.id",
                 soci::into(id), soci::into(at), soci::into(user, userInd), soci::into(login, loginInd),
                 soci::into(table), soci::into(row, rowInd), soci::into(action), soci::into(changes),
                 soci::into(reason), soci::into(prev), soci::into(hash));
            st.execute();
            rows = 0;
            while (st.fetch()) ++rows;
        });
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows_per_s"] = static_cast<double>(rows) * static_cast<double>(state.iterations()) / seconds;
    state.counters["peak_MiB"] = peakMemoryMiB();
}

// One audit row in its own transaction, as a service writes it: the head
// taken, the row hashed and chained, the head moved.
void insertRow(benchmark::State& state, Backend backend)
{
    auto& o = office(backend);
    auto& db = o.session->db();
    std::mt19937_64 random(2);
    timeCalls(state, [&] {
        data::AuditEntry e;
        e.at = text::now();
        e.userId = o.users.at("bench");
        e.table = "entities";
        e.rowId = 1 + static_cast<int64_t>(random() % kTables[0].records);
        e.action = "update";
        e.changes = R"({"note":["ישן","חדש"]})";
        db.transaction([&] { data::AuditRepository(db).insert(e); });
    });
}

// The reference: the same row inserted plainly, in its own transaction.
void insertReference(benchmark::State& state, Backend backend)
{
    auto& o = office(backend);
    auto& db = o.session->db();
    std::mt19937_64 random(2);
    const std::string hash(64, 'a');
    timeCalls(state, [&] {
        const std::string at = text::toDatabaseText(text::now());
        const long long user = o.users.at("bench");
        const long long row = 1 + static_cast<long long>(random() % kTables[0].records);
        db.transaction([&] {
            db.sql() << "insert into bench_audit_reference (at, user_id, table_name, row_id, action, changes, reason, "
                        "prev_hash, hash) values (:at, :u, 'entities', :r, 'update', :c, '', :p, :h)",
                soci::use(at), soci::use(user), soci::use(row), soci::use(std::string(R"({"note":["ישן","חדש"]})")),
                soci::use(hash), soci::use(hash);
        });
    });
}

void registerAll(Backend backend, const std::string& tag)
{
    for (const auto& c : cases()) {
        benchmark::RegisterBenchmark((tag + "/list/" + c.name).c_str(), [=](benchmark::State& s) { listPage(s, backend, c); })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(c.iterations);
        benchmark::RegisterBenchmark((tag + "/list/" + c.name + "/reference").c_str(),
                                     [=](benchmark::State& s) { listReference(s, backend, c); })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(c.iterations);
    }
    benchmark::RegisterBenchmark((tag + "/verify").c_str(), [=](benchmark::State& s) { verifyChain(s, backend); })
        ->Unit(benchmark::kSecond)
        ->Iterations(1);
    benchmark::RegisterBenchmark((tag + "/verify/reference").c_str(),
                                 [=](benchmark::State& s) { verifyReference(s, backend); })
        ->Unit(benchmark::kSecond)
        ->Iterations(1);
    benchmark::RegisterBenchmark((tag + "/insert").c_str(), [=](benchmark::State& s) { insertRow(s, backend); })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(200);
    benchmark::RegisterBenchmark((tag + "/insert/reference").c_str(),
                                 [=](benchmark::State& s) { insertReference(s, backend); })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(200);
}

} // namespace

int main(int argc, char** argv)
{
    praklit::text::setUpLanguage(praklit::text::Language::English, "/nonexistent");
    registerAll(Backend::SQLite, "sqlite");
    if (bench::hasServer()) registerAll(Backend::PostgreSQL, "postgresql");
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
