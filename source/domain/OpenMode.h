#pragma once
// How an office database is opened: whether an empty one may become an
// office, and whether the session may write.

namespace praklit {

// Only an empty database becomes an office, and only when asked to: a
// database holding anything that is not a Praklit office is refused before a
// byte of it is written (journal mode included), whatever the mode.
enum class OpenMode {
    CreateIfMissing, // `db init`, `db copy`'s target, the desktop's first start: an empty
                     // database (a new or zero-length SQLite file, an empty server schema) becomes an office
    MustExist,       // only a Praklit office opens; an empty database is not one
};

// A read-only session writes nothing: no user, no audit row, no migration,
// no journal switch; the database itself refuses a write (SQLite
// query_only, PostgreSQL default_transaction_read_only).
enum class Access { ReadWrite, ReadOnly };

} // namespace praklit
