#include "data/DocumentRepository.h"

#include <soci/soci.h>

namespace praklit::data {

int64_t DocumentRepository::insert(const Document& d)
{
    long long id = 0;
    const long long client = d.clientId, kase = d.caseId, size = d.sizeBytes, by = d.addedBy;
    soci::indicator caseInd = d.caseId ? soci::i_ok : soci::i_null;
    const std::string at = text::toDatabaseText(d.addedAt);
    const bool court = !d.courtDocumentId.empty();
    soci::indicator courtInd = court ? soci::i_ok : soci::i_null;
    soci::indicator signedInd = court && !d.courtSignedOn.empty() ? soci::i_ok : soci::i_null;
    const std::string folder(toString(d.courtFolder));
    const int unread = d.unread ? 1 : 0;
    db_.sql() << "insert into documents (entity_id, case_id, name, stored_name, size_bytes, sha256, added_by, added_at, "
                 "version, court_document_id, court_folder, court_signed_on, court_title, court_judge, unread) "
                 "values (:e, :c, :n, :s, :z, :h, :b, :a, 1, :cd, :cf, :cs, :ct, :cj, :u) returning id",
        soci::use(client), soci::use(kase, caseInd), soci::use(d.name), soci::use(d.storedName), soci::use(size), soci::use(d.sha256), soci::use(by),
        soci::use(at), soci::use(d.courtDocumentId, courtInd), soci::use(folder, courtInd),
        soci::use(d.courtSignedOn, signedInd), soci::use(d.courtTitle), soci::use(d.courtJudge), soci::use(unread),
        soci::into(id);
    return id;
}

bool DocumentRepository::rename(int64_t id, const std::string& name, int version)
{
    const long long key = id;
    soci::statement st = (db_.sql().prepare << "update documents set name = :n, version = version + 1 where id = :id and "
                                               "version = :v",
                          soci::use(name), soci::use(key), soci::use(version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

bool DocumentRepository::markDeleted(int64_t id, int version)
{
    const long long key = id;
    const std::string now = text::toDatabaseText(text::now());
    soci::statement st = (db_.sql().prepare << "update documents set deleted_at = :d, version = version + 1 where id = :id "
                                               "and version = :v",
                          soci::use(now), soci::use(key), soci::use(version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

bool DocumentRepository::restore(int64_t id, int version)
{
    const long long key = id;
    soci::statement st = (db_.sql().prepare << "update documents set deleted_at = null, version = version + 1 where id = :id "
                                               "and version = :v",
                          soci::use(key), soci::use(version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

std::vector<Document> DocumentRepository::select(const std::string& where, int64_t key)
{
    std::vector<Document> out;
    Document d;
    long long id = 0, client = 0, kase = 0, size = 0, by = 0, k = key;
    soci::indicator caseInd, byInd, deletedInd;
    std::string at, deleted, courtId, folder, signedOn;
    soci::indicator courtInd, folderInd, signedInd;
    int unread = 0;
    soci::statement st = (db_.sql().prepare << "select id, entity_id, case_id, name, stored_name, size_bytes, sha256, added_by, added_at, "
                                               "deleted_at, version, court_document_id, court_folder, court_signed_on, "
                                               "court_title, court_judge, case when unread then 1 else 0 end "
                                               "from documents where " + where + " order by added_at desc, id desc",
                          soci::into(id), soci::into(client), soci::into(kase, caseInd), soci::into(d.name), soci::into(d.storedName), soci::into(size),
                          soci::into(d.sha256), soci::into(by, byInd), soci::into(at), soci::into(deleted, deletedInd),
                          soci::into(d.version), soci::into(courtId, courtInd), soci::into(folder, folderInd),
                          soci::into(signedOn, signedInd), soci::into(d.courtTitle), soci::into(d.courtJudge),
                          soci::into(unread), soci::use(k));
    st.execute();
    while (st.fetch()) {
        d.id = id;
        d.clientId = client;
        d.caseId = caseInd == soci::i_ok ? kase : 0;
        d.sizeBytes = size;
        d.addedBy = byInd == soci::i_ok ? by : 0;
        d.addedAt = text::parseTimestamp(at).value_or(text::Timestamp{});
        d.deletedAt = deletedInd == soci::i_ok ? text::parseTimestamp(deleted) : std::nullopt;
        d.courtDocumentId = courtInd == soci::i_ok ? courtId : std::string();
        d.courtFolder = folderInd == soci::i_ok ? parseCourtFolder(folder).value_or(CourtFolder::Decisions) : CourtFolder::Decisions;
        d.courtSignedOn = signedInd == soci::i_ok ? signedOn.substr(0, 10) : std::string();
        d.unread = unread != 0;
        out.push_back(d);
    }
    return out;
}

std::optional<Document> DocumentRepository::find(int64_t id)
{
    auto rows = select("id = :k", id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<Document> DocumentRepository::forCase(int64_t caseId, bool includeDeleted)
{
    return select(includeDeleted ? "case_id = :k" : "case_id = :k and deleted_at is null", caseId);
}

} // namespace praklit::data

namespace praklit::data {

std::vector<Document> DocumentRepository::forClient(int64_t clientId, bool includeDeleted)
{
    return select(includeDeleted ? "entity_id = :k" : "entity_id = :k and deleted_at is null", clientId);
}

} // namespace praklit::data
