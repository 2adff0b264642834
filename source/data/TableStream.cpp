#include "data/TableStream.h"

#include "data/DatabaseError.h"
#include "data/NativeHandles.h"
#include "text/Timestamp.h"

#include <libpq-fe.h>
#include <soci/soci.h>
#include <sqlite3.h>

namespace praklit::data {

namespace {

std::string columnList(const TableInfo& table)
{
    std::string out;
    for (const auto& c : table.columns) {
        if (!out.empty()) out += ", ";
        out += c.name;
    }
    return out;
}

// ---- SQLite ---------------------------------------------------------------

class SqliteStatement {
public:
    SqliteStatement(Database& db, const std::string& sql) : db_(db), handle_(sqliteHandle(db.sql()))
    {
        if (sqlite3_prepare_v2(handle_, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) fail();
    }
    ~SqliteStatement() { sqlite3_finalize(stmt_); }
    [[noreturn]] void fail() { throw sqliteError(sqlite3_errmsg(handle_), db_.url()); }
    sqlite3_stmt* get() { return stmt_; }

private:
    Database& db_;
    ::sqlite3* handle_;
    sqlite3_stmt* stmt_ = nullptr;
};

class SqliteReader : public TableReader {
public:
    SqliteReader(Database& db, const TableInfo& table)
        : table_(table), stmt_(db, "select " + columnList(table) + " from " + table.name + " order by id")
    {
    }
    bool next(Row& row) override
    {
        const int rc = sqlite3_step(stmt_.get());
        if (rc == SQLITE_DONE) return false;
        if (rc != SQLITE_ROW) stmt_.fail();
        row.resize(table_.columns.size());
        for (int i = 0; i < static_cast<int>(row.size()); ++i) {
            if (sqlite3_column_type(stmt_.get(), i) == SQLITE_NULL) {
                row[i].reset();
                continue;
            }
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), i));
            row[i].emplace(text, static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), i)));
        }
        return true;
    }

private:
    const TableInfo& table_;
    SqliteStatement stmt_;
};

std::string placeholders(size_t n)
{
    std::string out;
    for (size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
    return out;
}

class SqliteWriter : public TableWriter {
public:
    SqliteWriter(Database& db, const TableInfo& table)
        : table_(table),
          stmt_(db, "insert into " + table.name + " (" + columnList(table) + ") values (" +
                        placeholders(table.columns.size()) + ")")
    {
    }
    void write(const Row& row) override
    {
        auto* s = stmt_.get();
        for (int i = 0; i < static_cast<int>(row.size()); ++i) {
            const auto type = table_.columns[i].type;
            if (!row[i])
                sqlite3_bind_null(s, i + 1);
            else if (type == ColumnType::Integer || type == ColumnType::Bool)
                sqlite3_bind_int64(s, i + 1, std::stoll(*row[i]));
            else
                sqlite3_bind_text(s, i + 1, row[i]->data(), static_cast<int>(row[i]->size()), SQLITE_STATIC);
        }
        // The row outlives the step, so values are bound without a copy.
        if (sqlite3_step(s) != SQLITE_DONE) stmt_.fail();
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
    void finish() override {}

private:
    const TableInfo& table_;
    SqliteStatement stmt_;
};

// ---- PostgreSQL -------------------------------------------------------------

[[noreturn]] void pgFail(Database& db, PGresult* result)
{
    PGconn* conn = postgresHandle(db.sql());
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    if (result) PQclear(result);
    throw postgresError(state ? state : "", message.empty() ? PQerrorMessage(conn) : message, db.url());
}

// COPY text format: backslash escapes, \N for NULL, tab between columns.
std::string unescapeCopy(const char* begin, const char* end)
{
    std::string out;
    out.reserve(static_cast<size_t>(end - begin));
    for (const char* p = begin; p < end; ++p) {
        if (*p != '\\' || p + 1 >= end) {
            out.push_back(*p);
            continue;
        }
        switch (*++p) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'v': out.push_back('\v'); break;
        default: out.push_back(*p); break;
        }
    }
    return out;
}

void escapeCopy(const std::string& value, std::string& out)
{
    for (char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default: out.push_back(c);
        }
    }
}

class PostgresReader : public TableReader {
public:
    PostgresReader(Database& db, const TableInfo& table) : db_(db), table_(table), conn_(postgresHandle(db.sql()))
    {
        const std::string sql = "copy (select " + columnList(table) + " from " + table.name + " order by id) to stdout";
        PGresult* result = PQexec(conn_, sql.c_str());
        if (PQresultStatus(result) != PGRES_COPY_OUT) pgFail(db_, result);
        PQclear(result);
    }
    ~PostgresReader() override
    {
        if (!done_) { // drain, so the connection can be used again
            Row row;
            try {
                while (next(row)) {
                }
            } catch (...) {
            }
        }
    }
    bool next(Row& row) override
    {
        if (done_) return false;
        char* line = nullptr;
        const int n = PQgetCopyData(conn_, &line, 0);
        if (n == -1) {
            done_ = true;
            PGresult* result = PQgetResult(conn_);
            if (PQresultStatus(result) != PGRES_COMMAND_OK) pgFail(db_, result);
            PQclear(result);
            while ((result = PQgetResult(conn_))) PQclear(result);
            return false;
        }
        if (n < 0) {
            done_ = true;
            pgFail(db_, nullptr);
        }
        row.resize(table_.columns.size());
        const char* p = line;
        const char* end = line + n - (n > 0 && line[n - 1] == '\n' ? 1 : 0);
        for (size_t i = 0; i < row.size(); ++i) {
            const char* tab = p;
            while (tab < end && *tab != '\t') ++tab;
            if (tab - p == 2 && p[0] == '\\' && p[1] == 'N') {
                row[i].reset();
            } else {
                std::string value = unescapeCopy(p, tab);
                switch (table_.columns[i].type) {
                case ColumnType::Bool: value = value == "t" ? "1" : "0"; break;
                case ColumnType::Timestamp:
                    if (const auto t = text::parseTimestamp(value)) value = text::toDatabaseText(*t);
                    break;
                default: break;
                }
                row[i] = std::move(value);
            }
            p = tab + 1;
        }
        PQfreemem(line);
        return true;
    }

private:
    Database& db_;
    const TableInfo& table_;
    PGconn* conn_;
    bool done_ = false;
};

class PostgresWriter : public TableWriter {
public:
    PostgresWriter(Database& db, const TableInfo& table) : db_(db), conn_(postgresHandle(db.sql()))
    {
        const std::string sql = "copy " + table.name + " (" + columnList(table) + ") from stdin";
        PGresult* result = PQexec(conn_, sql.c_str());
        if (PQresultStatus(result) != PGRES_COPY_IN) pgFail(db_, result);
        PQclear(result);
        buffer_.reserve(kFlushAt + 4096);
    }
    ~PostgresWriter() override
    {
        if (!finished_) { // abandon the COPY; the surrounding transaction rolls back
            PQputCopyEnd(conn_, "cancelled");
            while (PGresult* r = PQgetResult(conn_)) PQclear(r);
        }
    }
    void write(const Row& row) override
    {
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) buffer_.push_back('\t');
            if (row[i])
                escapeCopy(*row[i], buffer_);
            else
                buffer_ += "\\N";
        }
        buffer_.push_back('\n');
        if (buffer_.size() >= kFlushAt) flush();
    }
    void finish() override
    {
        flush();
        finished_ = true;
        if (PQputCopyEnd(conn_, nullptr) != 1) pgFail(db_, nullptr);
        PGresult* result = PQgetResult(conn_);
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            while (PGresult* r = PQgetResult(conn_)) PQclear(r);
            pgFail(db_, result);
        }
        PQclear(result);
        while (PGresult* r = PQgetResult(conn_)) PQclear(r);
    }

private:
    static constexpr size_t kFlushAt = 256 * 1024;
    void flush()
    {
        if (buffer_.empty()) return;
        if (PQputCopyData(conn_, buffer_.data(), static_cast<int>(buffer_.size())) != 1) pgFail(db_, nullptr);
        buffer_.clear();
    }
    Database& db_;
    PGconn* conn_;
    std::string buffer_;
    bool finished_ = false;
};

} // namespace

RowShape::RowShape(const TableInfo& table, std::vector<std::string> columns) : width_(table.columns.size())
{
    for (const auto& name : columns) {
        size_t i = 0;
        while (i < table.columns.size() && table.columns[i].name != name) ++i;
        if (i == table.columns.size()) throw std::logic_error("no column " + name + " in " + table.name);
        positions_.push_back(i);
    }
}

Row RowShape::row(std::vector<Value> values) const
{
    if (values.size() != positions_.size()) throw std::logic_error("a row of the wrong width");
    Row out(width_);
    for (size_t i = 0; i < values.size(); ++i) out[positions_[i]] = std::move(values[i]);
    return out;
}

std::unique_ptr<TableReader> readTable(Database& db, const TableInfo& table)
{
    if (db.backend() == Backend::SQLite) return std::make_unique<SqliteReader>(db, table);
    return std::make_unique<PostgresReader>(db, table);
}

std::unique_ptr<TableWriter> writeTable(Database& db, const TableInfo& table)
{
    if (db.backend() == Backend::SQLite) return std::make_unique<SqliteWriter>(db, table);
    return std::make_unique<PostgresWriter>(db, table);
}

void advanceIdSequence(Database& db, const TableInfo& table)
{
    if (db.backend() != Backend::PostgreSQL) return;
    db.executeScript("select setval(pg_get_serial_sequence('" + table.name + "', 'id'), coalesce(max(id), 0) + 1, false) from " +
                     table.name);
}

int64_t nextFreeId(Database& db, const TableInfo& table)
{
    long long n = 0;
    db.guarded([&] { db.sql() << "select coalesce(max(id), 0) from " + table.name, soci::into(n); });
    return n + 1;
}

int64_t countRows(Database& db, const std::string& table)
{
    long long n = 0;
    db.guarded([&] { db.sql() << "select count(*) from " + table, soci::into(n); });
    return n;
}

} // namespace praklit::data
