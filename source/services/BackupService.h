#pragma once
#include "services/OfficeSession.h"
#include "text/Timestamp.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace praklit::services {

// A file of a backup (the office's database or dump, or a document) and
// the SHA-256 it had when it was copied.
struct BackupFile {
    std::string path; // inside the backup folder, with '/'
    int64_t bytes = 0;
    std::string sha256;
};

// What a backup (גיבוי) holds, written beside it as manifest.json and read
// back before a restore.
struct BackupManifest {
    std::filesystem::path folder; // the backup's own folder
    text::Timestamp at{};
    std::string backend;  // SQLite / PostgreSQL
    std::string office;   // the office it is of (file path, or host/dbname/schema)
    BackupFile database;  // office.db, or office.dump for a server office
    int schemaVersion = 0;
    int64_t auditHeadId = 0;
    std::string auditHead; // the audit chain's head in the copy
    std::string programVersion;
    std::string user; // who made it
    std::vector<BackupFile> documents;
    int64_t documentBytes() const;
};

// Where and how often the office is backed up, and how many backups are kept.
struct BackupSettings {
    std::filesystem::path folder; // empty: none chosen (a server office)
    int intervalHours = 24;
    int generations = 7;
};

// Backups and restore of the office: its database (the SQLite backup API
// while the office stays in use, or pg_dump on the server) and its
// documents folder, each copy checked and described by a manifest. Every
// call needs Permission::Backups.
class BackupService {
public:
    explicit BackupService(OfficeSession& office) : office_(office) {}

    // The office's choices; the folder defaults, for a file office, to one
    // beside it.
    BackupSettings settings();
    void saveSettings(const BackupSettings& settings);

    // Backs up into `folder` (else the chosen one) now: a new folder named
    // by the time, checked, then the oldest backups of this office beyond
    // the generations kept are removed.
    BackupManifest backUp(const std::optional<std::filesystem::path>& folder = std::nullopt);
    // Backs up when the newest backup of this office in the chosen folder is
    // older than the interval (or there is none); nothing when no folder is
    // chosen or it is not yet due.
    std::optional<BackupManifest> backupIfDue();

    // The backups in `folder` (else the chosen one), newest first.
    std::vector<BackupManifest> list(const std::optional<std::filesystem::path>& folder = std::nullopt);
    // Reads a backup's manifest (the backup's folder or its manifest.json).
    BackupManifest read(const std::filesystem::path& backup);

    struct Restored {
        BackupManifest manifest;
        std::string keptAside; // where the office before the restore was kept
    };
    // Checks the backup (its file's SHA-256, integrity, schema, documents),
    // keeps the current office aside, then replaces the office and its
    // documents folder with the backup's. A backup that fails a check
    // changes nothing.
    Restored restore(const std::filesystem::path& backup);

private:
    BackupManifest readManifest(const std::filesystem::path& backup);
    void check(const BackupManifest& manifest);
    std::optional<std::filesystem::path> documentsFolder();
    OfficeSession& office_;
};

} // namespace praklit::services
