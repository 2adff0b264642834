#include "data/TaxDocumentRepository.h"

#include <soci/soci.h>
#include <string_view>

namespace praklit::data {

int64_t TaxDocumentRepository::insert(const TaxDocument& d, int64_t createdBy)
{
    long long id = 0, number = d.number, client = d.clientId, account = d.accountId, before = d.amountBeforeVatAgorot,
              vat = d.vatAgorot, total = d.totalAgorot, by = createdBy;
    soci::indicator accountInd = d.accountId ? soci::i_ok : soci::i_null;
    const std::string now = text::toDatabaseText(text::now());
    db_.sql() << "insert into tax_documents (kind, number, entity_id, account_id, issued_on, client_name, client_address, "
                 "amount_before_vat_agorot, vat_agorot, total_agorot, allocation_number, created_by, created_at) values "
                 "(:k, :n, :e, :a, :d, :cn, :ca, :b, :v, :t, :al, :by, :at) returning id",
        soci::use(d.kind), soci::use(number), soci::use(client), soci::use(account, accountInd), soci::use(d.issuedOn),
        soci::use(d.clientName), soci::use(d.clientAddress), soci::use(before), soci::use(vat), soci::use(total),
        soci::use(d.allocationNumber), soci::use(by), soci::use(now), soci::into(id);
    return id;
}

std::vector<TaxDocument> TaxDocumentRepository::select(const char* where, int64_t key)
{
    std::vector<TaxDocument> out;
    TaxDocument d;
    long long id = 0, number = 0, client = 0, account = 0, before = 0, vat = 0, total = 0, k = key;
    soci::indicator accountInd;
    std::string issued;
    soci::statement st =
        (db_.sql().prepare << std::string("select id, kind, number, entity_id, account_id, issued_on, client_name, "
                                          "client_address, amount_before_vat_agorot, vat_agorot, total_agorot, "
                                          "allocation_number from tax_documents ") +
                                  where + " order by issued_on desc, id desc",
         soci::into(id), soci::into(d.kind), soci::into(number), soci::into(client), soci::into(account, accountInd),
         soci::into(issued), soci::into(d.clientName), soci::into(d.clientAddress), soci::into(before), soci::into(vat),
         soci::into(total), soci::into(d.allocationNumber));
    if (std::string_view(where).find(":k") != std::string_view::npos) st.exchange(soci::use(k, "k"));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        d.id = id;
        d.number = number;
        d.clientId = client;
        d.accountId = accountInd == soci::i_ok ? account : 0;
        d.issuedOn = issued.substr(0, 10);
        d.amountBeforeVatAgorot = before;
        d.vatAgorot = vat;
        d.totalAgorot = total;
        out.push_back(d);
    }
    return out;
}

std::vector<TaxDocument> TaxDocumentRepository::list(int64_t clientId)
{
    return clientId ? select("where entity_id = :k", clientId) : select("", 0);
}

std::vector<TaxDocument> TaxDocumentRepository::forAccount(int64_t accountId)
{
    return select("where account_id = :k", accountId);
}

std::optional<TaxDocument> TaxDocumentRepository::find(int64_t documentId)
{
    auto rows = select("where id = :k", documentId);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::optional<std::string> TaxDocumentRepository::lastIssuedOn(const std::string& kind)
{
    std::string last;
    soci::indicator ind = soci::i_null;
    db_.sql() << "select max(issued_on) from tax_documents where kind = :k", soci::use(kind), soci::into(last, ind);
    if (ind != soci::i_ok) return std::nullopt;
    return last.substr(0, 10);
}

int64_t TaxDocumentRepository::insertPayment(const Payment& p, int64_t createdBy)
{
    long long id = 0, account = p.accountId, amount = p.amountAgorot, doc = p.taxDocumentId, by = createdBy;
    soci::indicator docInd = p.taxDocumentId ? soci::i_ok : soci::i_null;
    const std::string method(toString(p.method)), now = text::toDatabaseText(text::now());
    db_.sql() << "insert into payments (account_id, paid_on, amount_agorot, method, cheque_number, bank, tax_document_id, "
                 "created_by, created_at) values (:a, :d, :m, :me, :c, :b, :t, :by, :at) returning id",
        soci::use(account), soci::use(p.paidOn), soci::use(amount), soci::use(method), soci::use(p.chequeNumber),
        soci::use(p.bank), soci::use(doc, docInd), soci::use(by), soci::use(now), soci::into(id);
    return id;
}

std::vector<Payment> TaxDocumentRepository::payments(int64_t accountId)
{
    std::vector<Payment> out;
    Payment p;
    long long id = 0, amount = 0, doc = 0, key = accountId;
    soci::indicator docInd;
    std::string paid, method;
    soci::statement st = (db_.sql().prepare << "select id, paid_on, amount_agorot, method, cheque_number, bank, tax_document_id "
                                               "from payments where account_id = :a order by id",
                          soci::into(id), soci::into(paid), soci::into(amount), soci::into(method), soci::into(p.chequeNumber),
                          soci::into(p.bank), soci::into(doc, docInd), soci::use(key));
    st.execute();
    while (st.fetch()) {
        p.id = id;
        p.accountId = accountId;
        p.paidOn = paid.substr(0, 10);
        p.amountAgorot = amount;
        p.method = parsePaymentMethod(method).value_or(PaymentMethod::Transfer);
        p.taxDocumentId = docInd == soci::i_ok ? doc : 0;
        out.push_back(p);
    }
    return out;
}

void TaxDocumentRepository::setContentHash(int64_t documentId, const std::string& hash)
{
    const long long id = documentId;
    db_.sql() << "update tax_documents set content_hash = :h where id = :id", soci::use(hash), soci::use(id);
}

std::string TaxDocumentRepository::contentHash(int64_t documentId)
{
    const long long id = documentId;
    std::string hash;
    soci::indicator ind = soci::i_ok;
    db_.sql() << "select content_hash from tax_documents where id = :id", soci::use(id), soci::into(hash, ind);
    return ind == soci::i_ok ? hash : std::string();
}

std::vector<int64_t> TaxDocumentRepository::allIds()
{
    std::vector<int64_t> out;
    long long id = 0;
    soci::statement st = (db_.sql().prepare << "select id from tax_documents order by id", soci::into(id));
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
}

} // namespace praklit::data
