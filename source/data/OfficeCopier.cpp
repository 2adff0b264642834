#include "data/OfficeCopier.h"

#include "data/OfficeTables.h"
#include "data/SearchIndexPause.h"
#include "data/TableStream.h"
#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <memory>
#include <soci/soci.h>

namespace praklit::data {

using text::format;
using text::tr;

namespace {

// Streaming SHA-256 of rows: each value length-prefixed, NULL distinct from "".
class RowHasher {
public:
    void add(const Row& row)
    {
        for (const auto& v : row) {
            if (!v) {
                sha_.add("N", 1);
                continue;
            }
            const std::string prefix = "V" + std::to_string(v->size()) + ":";
            sha_.add(prefix.data(), prefix.size());
            sha_.add(v->data(), v->size());
        }
        sha_.add("\n", 1);
    }
    std::string hex() { return sha_.hex(); }

private:
    text::Sha256 sha_;
};

void checkCancel(const std::atomic<bool>* cancel)
{
    if (cancel && cancel->load()) throw Error(ErrorKind::InvalidInput, tr("The copy was cancelled; the target was left empty."));
}

} // namespace

std::vector<std::string> OfficeCopier::nonEmptyTables(Database& db)
{
    std::vector<std::string> out;
    db.guarded([&] {
        for (const auto& table : officeTables()) {
            long long n = 0;
            const std::string where = table.seededWhere.empty() ? "" : " where not (" + table.seededWhere + ")";
            db.sql() << "select count(*) from " + table.name + where, soci::into(n);
            if (n > 0) out.push_back(table.name);
        }
    });
    return out;
}

std::vector<TableCopyResult> OfficeCopier::copy(const ProgressFn& progress, const std::atomic<bool>* cancel)
{
    if (from_.schemaVersion() != to_.schemaVersion())
        throw Error(ErrorKind::Database, format(tr("The two databases are at different schema versions ({1} and {2}): migrate both first."),
                                                from_.schemaVersion(), to_.schemaVersion()));
    if (from_.url().withPassword() == to_.url().withPassword())
        throw Error(ErrorKind::InvalidInput, tr("The source and the target are the same database."));
    if (const auto busy = nonEmptyTables(to_); !busy.empty())
        throw Error(ErrorKind::InvalidInput,
                    format(tr("The target database already holds office data (table {1}): copy only into an empty office."),
                           busy.front()));

    std::vector<TableCopyResult> results;
    from_.snapshot([&] {
        to_.transaction([&] {
            // The target's migration seeded built-in rows; the source's own rows replace them.
            for (const auto& table : officeTables())
                if (!table.seededWhere.empty()) to_.sql() << "delete from " + table.name;
            SearchIndexPause searchIndex(to_, true);
            for (const auto& table : officeTables()) {
                TableCopyResult r;
                r.table = table.name;
                RowHasher hasher;
                auto reader = readTable(from_, table);
                auto writer = writeTable(to_, table);
                Row row;
                while (reader->next(row)) {
                    hasher.add(row);
                    writer->write(row);
                    if (++r.sourceRows % 10000 == 0) {
                        checkCancel(cancel);
                        if (progress) progress({table.name, r.sourceRows});
                    }
                }
                writer->finish();
                reader.reset();
                writer.reset();
                r.sourceChecksum = hasher.hex();
                advanceIdSequence(to_, table);
                if (progress) progress({table.name, r.sourceRows});
                results.push_back(std::move(r));
            }
            searchIndex.resume();
            // Read everything back through the target's own reader before committing.
            for (auto& r : results) {
                checkCancel(cancel);
                RowHasher hasher;
                auto reader = readTable(to_, officeTable(r.table));
                Row row;
                while (reader->next(row)) {
                    hasher.add(row);
                    ++r.targetRows;
                }
                r.targetChecksum = hasher.hex();
                if (r.targetRows != r.sourceRows || r.targetChecksum != r.sourceChecksum)
                    throw Error(ErrorKind::Database,
                                format(tr("The copy of table {1} does not match its source ({2} rows copied, {3} read back); "
                                          "the target was left empty."),
                                       r.table, r.sourceRows, r.targetRows));
            }
        });
    });
    to_.settleAfterBulkLoad();
    return results;
}

} // namespace praklit::data
