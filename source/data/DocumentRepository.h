#pragma once
#include "data/Database.h"
#include "domain/Document.h"

#include <optional>
#include <vector>

namespace praklit::data {

class DocumentRepository {
public:
    explicit DocumentRepository(Database& db) : db_(db) {}
    int64_t insert(const Document& document);
    bool rename(int64_t id, const std::string& name, int version);
    bool markDeleted(int64_t id, int version);
    bool restore(int64_t id, int version);
    std::optional<Document> find(int64_t id);
    std::vector<Document> forCase(int64_t caseId, bool includeDeleted = false);
    std::vector<Document> forClient(int64_t clientId, bool includeDeleted = false); // all of the client's

private:
    std::vector<Document> select(const std::string& where, int64_t key);
    Database& db_;
};

} // namespace praklit::data
