#include "services/DocumentService.h"

#include "data/CaseRepository.h"
#include "data/ClientRepository.h"
#include "data/CourtRepository.h"
#include "data/Database.h"
#include "data/DocumentRepository.h"
#include "data/FileModes.h"
#include "domain/Error.h"
#include "services/Audit.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "services/TimerService.h"
#include "text/Bidi.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <cctype>
#include <fstream>
#include <memory>

namespace praklit::services {

namespace fs = std::filesystem;
using text::format;
using text::ltr;
using text::tr;

namespace {

// Copies `from` to `to` and returns the SHA-256 of the bytes copied.
// The stored file keeps the original's extension, so the system opens it with
// the right program; anything but a short plain one (".pdf", ".docx") is dropped.
std::string storedExtension(const fs::path& source)
{
    const std::string extension = source.extension().string();
    if (extension.size() > 12) return {};
    for (size_t i = 1; i < extension.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(extension[i]))) return {};
    return extension;
}

std::string copyHashing(const fs::path& from, const fs::path& to, data::FileSharing sharing)
{
    std::ifstream in(from, std::ios::binary);
    if (!in) invalid(format(tr("The file {1} cannot be read."), ltr(from.string())), "file");
    std::ofstream out(to, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorKind::Database, format(tr("The documents folder {1} cannot be written to."), ltr(to.parent_path().string())));
    // Narrowed while still empty: a client's document is never, even for a
    // moment, readable by the umask's "others".
    data::setMode(to, sharing);
    text::Sha256 digest;
    std::vector<char> buffer(1 << 16);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = in.gcount();
        if (n <= 0) break;
        digest.add(buffer.data(), static_cast<size_t>(n));
        out.write(buffer.data(), n);
    }
    out.close();
    if (!out) throw Error(ErrorKind::Database, format(tr("The documents folder {1} cannot be written to."), ltr(to.parent_path().string())));
    return digest.hex();
}

} // namespace

fs::path DocumentService::pathOf(const Document& d) { return SettingsService(office_).documentsFolder() / d.storedName; }

Document DocumentService::find(int64_t documentId)
{
    office_.require(Permission::SeeClients);
    std::optional<Document> d;
    office_.db().guarded([&] { d = data::DocumentRepository(office_.db()).find(documentId); });
    if (!d) notFound(format(tr("There is no document number {1}."), documentId));
    return *d;
}

Document DocumentService::add(int64_t caseId, const fs::path& source, const std::string& name)
{
    office_.require(Permission::EditClients);
    Document d;
    d.caseId = caseId;
    d.name = name.empty() ? source.filename().string() : name;
    office_.db().guarded([&] {
        const auto k = data::CaseRepository(office_.db()).find(caseId);
        if (!k) notFound(format(tr("There is no case number {1}."), caseId));
        d.clientId = k->clientId;
    });
    return store(d, source);
}

Document DocumentService::addForClient(int64_t clientId, const fs::path& source, const std::string& name)
{
    office_.require(Permission::EditClients);
    Document d;
    d.clientId = clientId;
    d.name = name.empty() ? source.filename().string() : name;
    office_.db().guarded([&] {
        if (!data::ClientRepository(office_.db()).find(clientId)) notFound(format(tr("There is no client number {1}."), clientId));
    });
    return store(d, source);
}

namespace {
data::FileSharing sharingOf(OfficeSession& office)
{
    return SettingsService(office).documentsSharedWithGroup() ? data::FileSharing::Group : data::FileSharing::Owner;
}
} // namespace

fs::path DocumentService::folderFor(int64_t clientId, int64_t caseId)
{
    const std::string name = caseId ? "case-" + std::to_string(caseId) : "client-" + std::to_string(clientId);
    const auto folder = SettingsService(office_).documentsFolder() / name;
    std::error_code ec;
    data::createFolders(folder, sharingOf(office_), ec);
    if (!fs::is_directory(folder))
        throw Error(ErrorKind::Database, format(tr("The documents folder {1} cannot be written to."), ltr(folder.string())));
    return folder;
}

std::string DocumentService::place(const Document& d, const fs::path& written, const std::string& extension)
{
    return place(d, written, extension, SettingsService(office_).documentsFolder());
}

std::string DocumentService::place(const Document& d, const fs::path& written, const std::string& extension,
                                   const fs::path& store)
{
    std::string stamp = text::toDatabaseText(d.addedAt);
    std::erase_if(stamp, [](char c) { return c < '0' || c > '9'; });
    const std::string folderName = written.parent_path().filename().string();
    // A court document's name is its id's: fetched again after a cut, it replaces the file, not adds one.
    const std::string storedName = folderName + "/" +
                                   (d.courtDocumentId.empty() ? stamp.substr(0, 20) + "-" + d.sha256.substr(0, 12)
                                                              : courtFileStem(d.courtDocumentId)) +
                                   extension;
    std::error_code ec;
    fs::rename(written, store / storedName, ec);
    if (ec) {
        fs::remove(written, ec);
        throw Error(ErrorKind::Database,
                    format(tr("The documents folder {1} cannot be written to."), ltr(written.parent_path().string())));
    }
    return storedName;
}

Document DocumentService::store(Document d, const fs::path& source)
{
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) invalid(format(tr("There is no file {1}."), ltr(source.string())), "file");
    d.name = validatedDocumentName(d.name);
    d.addedBy = office_.user().id;
    d.addedAt = text::now();

    // Copy first (outside the transaction: it may be large), then record it;
    // a failed record removes the copy, so the store holds no orphans.
    const auto folder = folderFor(d.clientId, d.caseId);
    const auto temporary = folder / (".adding-" + std::to_string(text::now().time_since_epoch().count()));
    d.sha256 = copyHashing(source, temporary, sharingOf(office_));
    d.sizeBytes = static_cast<int64_t>(fs::file_size(temporary, ec));
    d.storedName = place(d, temporary, storedExtension(source));
    const auto store = SettingsService(office_).documentsFolder();
    try {
        office_.db().transaction([&] {
            d.version = 1;
            d.id = data::DocumentRepository(office_.db()).insert(d);
            audit(office_.db(), office_.user().id, "documents", d.id, "insert",
                  Changes()
                      .set("entity_id", std::to_string(d.clientId))
                      .set("case_id", d.caseId ? std::to_string(d.caseId) : "")
                      .set("name", d.name)
                      .set("sha256", d.sha256));
        });
    } catch (...) {
        fs::remove(store / d.storedName, ec);
        throw;
    }
    return d;
}

std::vector<Document> DocumentService::forClient(int64_t clientId, bool includeDeleted)
{
    office_.require(Permission::SeeClients);
    std::vector<Document> out;
    office_.db().guarded([&] { out = data::DocumentRepository(office_.db()).forClient(clientId, includeDeleted); });
    return out;
}

std::vector<Document> DocumentService::forCase(int64_t caseId, bool includeDeleted)
{
    office_.require(Permission::SeeClients);
    std::vector<Document> out;
    office_.db().guarded([&] { out = data::DocumentRepository(office_.db()).forCase(caseId, includeDeleted); });
    return out;
}

Document DocumentService::rename(int64_t documentId, const std::string& name)
{
    office_.require(Permission::EditClients);
    const auto newName = validatedDocumentName(name);
    Document d;
    office_.db().transaction([&] {
        d = find(documentId);
        if (!data::DocumentRepository(office_.db()).rename(d.id, newName, d.version))
            throwStaleVersion(office_.db(), "documents", d.id);
        audit(office_.db(), office_.user().id, "documents", d.id, "update", Changes().change("name", d.name, newName));
        d = find(documentId);
    });
    return d;
}

void DocumentService::remove(int64_t documentId)
{
    office_.require(Permission::EditClients);
    office_.db().transaction([&] {
        const auto d = find(documentId);
        if (d.deletedAt) return;
        if (!data::DocumentRepository(office_.db()).markDeleted(d.id, d.version))
            throwStaleVersion(office_.db(), "documents", d.id);
        audit(office_.db(), office_.user().id, "documents", d.id, "delete", Changes().change("name", d.name, ""));
    });
}

void DocumentService::restore(int64_t documentId)
{
    office_.require(Permission::EditClients);
    office_.db().transaction([&] {
        const auto d = find(documentId);
        if (!d.deletedAt) return;
        if (!data::DocumentRepository(office_.db()).restore(d.id, d.version)) throwStaleVersion(office_.db(), "documents", d.id);
        audit(office_.db(), office_.user().id, "documents", d.id, "update", Changes().set("restored", d.name));
    });
}

fs::path DocumentService::open(int64_t documentId)
{
    office_.require(Permission::SeeClients);
    const auto d = find(documentId);
    if (d.deletedAt) invalid(tr("This document was deleted: restore it before opening it."));
    const auto path = pathOf(d);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error(ErrorKind::Database, format(tr("The file of document \"{1}\" is missing from the documents folder ({2})."),
                                                d.name, ltr(path.string())));
    // A court document stays new until the case's own lawyer has opened it:
    // a secretary looking first does not hide it from the lawyer.
    if (d.unread && d.caseId && !office_.db().readOnly()) {
        office_.db().transaction([&] {
            const auto k = data::CaseRepository(office_.db()).find(d.caseId);
            if (k && k->lawyerUserId == office_.user().id) data::CourtRepository(office_.db()).markRead(d.id);
        });
    }
    if (d.caseId) TimerService(office_).documentOpened(d.caseId);
    return path;
}

} // namespace praklit::services
