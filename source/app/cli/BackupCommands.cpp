#include "cli/Cli.h"
#include "cli/Output.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <iostream>

#ifdef _WIN32
#include <io.h>
#define PRAKLIT_ISATTY _isatty
#else
#include <unistd.h>
#define PRAKLIT_ISATTY isatty
#endif

namespace praklit::cli {

using text::format;
using text::formatCount;
using text::ltr;
using text::tr;

namespace {

Json manifestJson(const services::BackupManifest& m)
{
    Json docs = Json::array();
    for (const auto& d : m.documents) docs.push_back({{"path", d.path}, {"bytes", d.bytes}, {"sha256", d.sha256}});
    return Json{{"backup", m.folder.string()},
                {"at", text::toIsraelIso(m.at)},
                {"backend", m.backend},
                {"office", m.office},
                {"file", m.database.path},
                {"bytes", m.database.bytes},
                {"sha256", m.database.sha256},
                {"schema_version", m.schemaVersion},
                {"audit_head", {{"id", m.auditHeadId}, {"hash", m.auditHead}}},
                {"program_version", m.programVersion},
                {"user", m.user},
                {"documents", docs}};
}

std::string manifestText(const services::BackupManifest& m)
{
    return format(tr("Backup: {1}"), ltr(m.folder.string())) + "\n" +
           format(tr("Made: {1} by {2} (Praklit {3})"), text::toIsraelDisplay(m.at), ltr(m.user), m.programVersion) + "\n" +
           format(tr("Office: {1} ({2})"), ltr(m.office), m.backend) + "\n" +
           format(tr("File: {1}, {2}, SHA-256 {3}"), m.database.path,
                  text::formatBytes(static_cast<uint64_t>(m.database.bytes)), ltr(m.database.sha256)) +
           "\n" + format(tr("Schema: {1}"), m.schemaVersion) + "\n" +
           format(tr("Audit chain head: row {1}, {2}"), m.auditHeadId, ltr(m.auditHead.empty() ? "-" : m.auditHead)) + "\n" +
           format(tr("Documents: {1} files, {2}"), formatCount(static_cast<int64_t>(m.documents.size())),
                  text::formatBytes(static_cast<uint64_t>(m.documentBytes()))) +
           "\n";
}

} // namespace

void addBackupCommands(CLI::App* db, Context& ctx, Action& action)
{
    auto* backup = db->add_subcommand("backup", tr("Back the office up now (its database and documents folder), "
                                                   "checked and with a manifest; older backups beyond those kept are removed."));
    auto to = std::make_shared<std::string>();
    backup->add_option("--to", *to, tr("The folder to back up into (default: the office's backup folder)."));
    backup->callback([&, to] {
        action = [&, to] {
            auto office = ctx.open();
            const auto m = services::BackupService(*office).backUp(
                to->empty() ? std::nullopt : std::optional<std::filesystem::path>(*to));
            ctx.print(manifestJson(m), manifestText(m) + format(tr("The office was backed up to {1}."), ltr(m.folder.string())));
        };
    });

    auto* list = db->add_subcommand("backups", tr("List the backups in a folder, newest first, with their manifests."));
    auto folder = std::make_shared<std::string>();
    list->add_option("FOLDER", *folder, tr("The folder of backups (default: the office's backup folder)."));
    list->callback([&, folder] {
        action = [&, folder] {
            auto office = ctx.read();
            const auto all = services::BackupService(*office).list(
                folder->empty() ? std::nullopt : std::optional<std::filesystem::path>(*folder));
            Json j = Json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& m : all) {
                j.push_back(manifestJson(m));
                rows.push_back({text::toIsraelDisplay(m.at), m.folder.filename().string(), m.backend,
                                text::formatBytes(static_cast<uint64_t>(m.database.bytes)), std::to_string(m.schemaVersion),
                                formatCount(static_cast<int64_t>(m.documents.size())), m.database.sha256.substr(0, 16)});
            }
            ctx.print(Json{{"backups", j}},
                      all.empty() ? tr("There are no backups there.")
                                  : table({tr("Made"), tr("Backup"), tr("Database"), tr("Size"), tr("Schema"), tr("Documents"),
                                           tr("SHA-256")},
                                          rows));
        };
    });

    auto* restore = db->add_subcommand("restore", tr("Restore the office from a backup: the backup is checked first, "
                                                     "and the office as it is now is kept aside."));
    struct Options {
        std::string backup;
        bool yes = false;
    };
    auto o = std::make_shared<Options>();
    restore->add_option("BACKUP", o->backup, tr("The backup's folder (or its manifest.json)."))->required();
    restore->add_flag("--yes", o->yes, tr("Restore without asking."));
    restore->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            services::BackupService service(*office);
            const auto m = service.read(o->backup);
            if (!o->yes) {
                if (ctx.json || ctx.passwordStdin || !ctx.in || ctx.in != &std::cin || !PRAKLIT_ISATTY(0))
                    invalid(tr("Restoring replaces the office with the backup: run the command again with --yes to confirm."));
                *ctx.err << manifestText(m)
                         << format(tr("Replace the office {1} with this backup? The office as it is now is kept aside. "
                                      "Type \"yes\" to restore: "),
                                   ltr(office->url().display()));
                std::string answer;
                std::getline(*ctx.in, answer);
                if (answer != "yes" && answer != tr("yes")) invalid(tr("Nothing was restored."));
            }
            const auto restored = service.restore(o->backup);
            Json j = manifestJson(restored.manifest);
            j["kept_aside"] = restored.keptAside;
            ctx.print(j, manifestText(restored.manifest) +
                             format(tr("The office was restored from {1}; the office as it was is kept at {2}."),
                                    ltr(restored.manifest.folder.string()), ltr(restored.keptAside)));
        };
    });
}

} // namespace praklit::cli
