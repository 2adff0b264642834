#include "data/AccountRepository.h"

#include <soci/soci.h>

namespace praklit::data {

int64_t AccountRepository::insert(const TransactionAccount& a, int64_t createdBy)
{
    long long id = 0, client = a.clientId, by = createdBy;
    const int detailed = a.detailedTime ? 1 : 0;
    const std::string now = text::toDatabaseText(text::now()), state(toString(a.state));
    db_.sql() << "insert into transaction_accounts (entity_id, account_date, state, detailed_time, vat_basis_points, "
                 "created_by, created_at, version) values (:e, :d, :s, :t, :v, :b, :c, 1) returning id",
        soci::use(client), soci::use(a.accountDate), soci::use(state), soci::use(detailed), soci::use(a.vatBasisPoints),
        soci::use(by), soci::use(now), soci::into(id);
    return id;
}

bool AccountRepository::update(const TransactionAccount& a)
{
    const long long id = a.id, subtotal = a.subtotalAgorot, vatable = a.vatableAgorot, vat = a.vatAgorot,
                    total = a.totalAgorot, paid = a.paidAgorot;
    const int detailed = a.detailedTime ? 1 : 0;
    const std::string state(toString(a.state)), now = text::toDatabaseText(text::now());
    soci::indicator numberInd = a.number.empty() ? soci::i_null : soci::i_ok;
    // The first save in a state stamps when it happened; later saves keep it.
    soci::indicator issuedInd = a.state == AccountState::Issued ? soci::i_ok : soci::i_null;
    soci::indicator cancelledInd = a.state == AccountState::Cancelled ? soci::i_ok : soci::i_null;
    soci::statement st =
        (db_.sql().prepare << "update transaction_accounts set number = :n, account_date = :d, state = :s, detailed_time = :t, "
                              "vat_basis_points = :v, subtotal_agorot = :sub, vatable_agorot = :va, vat_agorot = :vat, "
                              "total_agorot = :tot, paid_agorot = :paid, "
                              "issued_at = coalesce(issued_at, :issued), cancelled_at = coalesce(cancelled_at, :cancelled), "
                              "version = version + 1 where id = :id and version = :ver",
         soci::use(a.number, numberInd), soci::use(a.accountDate), soci::use(state), soci::use(detailed),
         soci::use(a.vatBasisPoints), soci::use(subtotal), soci::use(vatable), soci::use(vat), soci::use(total),
         soci::use(paid), soci::use(now, issuedInd), soci::use(now, cancelledInd), soci::use(id),
         soci::use(a.version));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

std::vector<TransactionAccount> AccountRepository::select(const std::string& where, int64_t key)
{
    std::vector<TransactionAccount> out;
    TransactionAccount a;
    long long id = 0, client = 0, subtotal = 0, vatable = 0, vat = 0, total = 0, paid = 0, k = key;
    std::string number, date, state;
    soci::indicator numberInd;
    int detailed = 1;
    soci::statement st =
        (db_.sql().prepare << "select id, entity_id, number, account_date, state, case when detailed_time then 1 else 0 end, "
                              "vat_basis_points, subtotal_agorot, vatable_agorot, vat_agorot, total_agorot, paid_agorot, "
                              "version from transaction_accounts where " + where + " order by id desc",
         soci::into(id), soci::into(client), soci::into(number, numberInd), soci::into(date), soci::into(state),
         soci::into(detailed), soci::into(a.vatBasisPoints), soci::into(subtotal), soci::into(vatable), soci::into(vat),
         soci::into(total), soci::into(paid), soci::into(a.version), soci::use(k));
    st.execute();
    while (st.fetch()) {
        a.id = id;
        a.clientId = client;
        a.number = numberInd == soci::i_ok ? number : std::string();
        a.accountDate = date.substr(0, 10);
        a.state = parseAccountState(state).value_or(AccountState::Draft);
        a.detailedTime = detailed != 0;
        a.subtotalAgorot = subtotal;
        a.vatableAgorot = vatable;
        a.vatAgorot = vat;
        a.totalAgorot = total;
        a.paidAgorot = paid;
        out.push_back(a);
    }
    return out;
}

std::optional<TransactionAccount> AccountRepository::find(int64_t id)
{
    auto rows = select("id = :k", id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<TransactionAccount> AccountRepository::forClient(int64_t clientId) { return select("entity_id = :k", clientId); }

int64_t AccountRepository::reserveCharges(int64_t accountId, int64_t clientId, const std::vector<int64_t>& chargeIds)
{
    long long account = accountId, client = clientId, charge = 0;
    soci::statement st = (db_.sql().prepare << "update charges set state = 'in_account', account_id = :a, version = version + 1 "
                                               "where id = :id and entity_id = :e and state = 'unbilled' and account_id is null",
                          soci::use(account), soci::use(charge), soci::use(client));
    int64_t taken = 0;
    for (const auto id : chargeIds) {
        charge = id;
        st.execute(true);
        taken += st.get_affected_rows();
    }
    return taken;
}

void AccountRepository::releaseCharges(int64_t accountId)
{
    const long long account = accountId;
    db_.sql() << "update charges set state = 'unbilled', account_id = null, version = version + 1 where account_id = :a",
        soci::use(account);
}

void AccountRepository::markChargesBilled(int64_t accountId)
{
    const long long account = accountId;
    db_.sql() << "update charges set state = 'billed', version = version + 1 where account_id = :a", soci::use(account);
}

std::vector<AccountLineAmount> AccountRepository::lineAmounts(int64_t accountId)
{
    std::vector<AccountLineAmount> out;
    long long amount = 0, account = accountId;
    int exempt = 0;
    soci::statement st = (db_.sql().prepare << "select amount_agorot, case when vat_exempt then 1 else 0 end from charges "
                                               "where account_id = :a and billable",
                          soci::into(amount), soci::into(exempt), soci::use(account));
    st.execute();
    while (st.fetch()) out.push_back({amount, exempt != 0});
    return out;
}

std::vector<int64_t> AccountRepository::chargeIds(int64_t accountId)
{
    std::vector<int64_t> out;
    long long id = 0, account = accountId;
    soci::statement st = (db_.sql().prepare << "select id from charges where account_id = :a order by case_id, charged_on, id",
                          soci::into(id), soci::use(account));
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
}

void AccountRepository::setContentHash(int64_t accountId, const std::string& hash)
{
    const long long id = accountId;
    db_.sql() << "update transaction_accounts set content_hash = :h where id = :id", soci::use(hash), soci::use(id);
}

std::string AccountRepository::contentHash(int64_t accountId)
{
    const long long id = accountId;
    std::string hash;
    soci::indicator ind = soci::i_ok;
    db_.sql() << "select content_hash from transaction_accounts where id = :id", soci::use(id), soci::into(hash, ind);
    return ind == soci::i_ok ? hash : std::string();
}

std::vector<int64_t> AccountRepository::issuedIds()
{
    std::vector<int64_t> out;
    long long id = 0;
    soci::statement st = (db_.sql().prepare << "select id from transaction_accounts where number is not null order by id",
                          soci::into(id));
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
}

std::vector<DatedValue> AccountRepository::dated(const std::string& table, const std::string& column)
{
    std::vector<DatedValue> out;
    std::string from;
    long long value = 0;
    soci::statement st = (db_.sql().prepare << "select valid_from, " + column + " from " + table + " order by valid_from",
                          soci::into(from), soci::into(value));
    st.execute();
    while (st.fetch()) out.push_back({from.substr(0, 10), value});
    return out;
}

void AccountRepository::setDated(const std::string& table, const std::string& column, const std::string& validFrom,
                                 int64_t value)
{
    const long long v = value;
    soci::statement st = (db_.sql().prepare << "update " + table + " set " + column + " = :v where valid_from = :f",
                          soci::use(v), soci::use(validFrom));
    st.execute(true);
    if (st.get_affected_rows() == 0)
        db_.sql() << "insert into " + table + " (valid_from, " + column + ") values (:f, :v)", soci::use(validFrom),
            soci::use(v);
}

void AccountRepository::setVatRate(const std::string& validFrom, int64_t bp) { setDated("vat_rates", "rate_basis_points", validFrom, bp); }
void AccountRepository::setAllocationThreshold(const std::string& validFrom, int64_t agorot)
{
    setDated("allocation_thresholds", "amount_agorot", validFrom, agorot);
}

std::vector<DatedValue> AccountRepository::vatRates() { return dated("vat_rates", "rate_basis_points"); }
std::vector<DatedValue> AccountRepository::allocationThresholds() { return dated("allocation_thresholds", "amount_agorot"); }

} // namespace praklit::data
