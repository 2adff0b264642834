#pragma once
#include "domain/Backend.h"
#include "data/Database.h"

#include <string>
#include <vector>

namespace praklit::data {

// Numbered schema migrations, one SQL file per backend
// (source/data/migrations/<backend>/NNNN_name.sql), embedded in the program.
class Migrations {
public:
    struct Step {
        int version;
        std::string name;
        std::string sql;
    };
    static std::vector<Step> steps(Backend backend);
    static int latest(Backend backend);

    // Creates schema_version if needed, refuses a newer database, backs a
    // SQLite file up before changing it, then applies what is missing in one
    // transaction (serialised between workstations on PostgreSQL).
    static void bringUpToDate(Database& db, MigrationPolicy policy);

private:
    static int currentVersion(Database& db);
};

} // namespace praklit::data
