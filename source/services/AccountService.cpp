#include "services/AccountService.h"

#include "data/AccountRepository.h"
#include "data/AddressRepository.h"
#include "data/ChargeRepository.h"
#include "data/ClientRepository.h"
#include "data/ContactRepository.h"
#include "data/Database.h"
#include "data/NumberSeriesRepository.h"
#include "data/TaxDocumentRepository.h"
#include "domain/Dates.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "domain/Money.h"
#include "services/Audit.h"
#include "services/ClientService.h"
#include "services/DocumentSeal.h"
#include "services/SettingsService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit::services {

using text::format;
using text::tr;

namespace {

// The Tax Authority's allocation number (מספר הקצאה): digits only.
std::string checkedAllocationNumber(const std::string& typed)
{
    const auto number = cleanText(typed, tr("Allocation number"), 20, "allocation_number");
    for (char c : number)
        if (c < '0' || c > '9') invalid(tr("The allocation number is made of digits only."), "allocation_number");
    return number;
}

// A tax document is dated the day it is issued: never in the future, and
// never before the last document of its own series, so numbers and dates
// run in the same order. Called after the series' number is taken, so two
// workstations issuing at once are checked one after the other.
void checkDocumentDate(data::Database& db, const std::string& kind, const std::string& date)
{
    if (date > text::israelToday())
        invalid(format(tr("A tax document cannot be dated in the future ({1})."), text::displayDate(date)), "date");
    const auto last = data::TaxDocumentRepository(db).lastIssuedOn(kind);
    if (last && date < *last)
        invalid(format(tr("The last document of this series is dated {1}: a new one cannot be dated earlier."),
                       text::displayDate(*last)),
                "date");
}

Changes accountChanges(const TransactionAccount& before, const TransactionAccount& after)
{
    Changes ch;
    ch.change("state", std::string(toString(before.state)), std::string(toString(after.state)))
        .change("number", before.number, after.number)
        .change("total_agorot", before.totalAgorot, after.totalAgorot)
        .change("paid_agorot", before.paidAgorot, after.paidAgorot);
    return ch;
}

// An account's state change is its own audit action; a payment that leaves
// it issued is an update.
const char* accountAction(const TransactionAccount& before, const TransactionAccount& after)
{
    return before.state != after.state ? "state" : "update";
}

// Each charge that moves with its account leaves its own row: the charge's
// history shows when it was reserved, billed and released, and by whom.
void auditChargesState(data::Database& db, int64_t userId, const std::vector<int64_t>& chargeIds, ChargeState from,
                       ChargeState to, int64_t accountBefore, int64_t accountAfter)
{
    const auto account = [](int64_t id) { return id ? std::to_string(id) : std::string(); };
    for (const auto id : chargeIds)
        audit(db, userId, "charges", id, "state",
              Changes()
                  .change("state", std::string(toString(from)), std::string(toString(to)))
                  .change("account_id", account(accountBefore), account(accountAfter)));
}

// What a tax document's issuing row keeps: all it says, and its seal.
Changes taxDocumentChanges(const TaxDocument& d, const std::string& seal)
{
    Changes ch;
    ch.set("kind", d.kind)
        .set("number", std::to_string(d.number))
        .set("account_id", std::to_string(d.accountId))
        .set("issued_on", d.issuedOn)
        .set("client_name", d.clientName)
        .set("client_address", d.clientAddress)
        .set("amount_before_vat_agorot", std::to_string(d.amountBeforeVatAgorot))
        .set("vat_agorot", std::to_string(d.vatAgorot))
        .set("total_agorot", std::to_string(d.totalAgorot))
        .set("allocation_number", d.allocationNumber)
        .set("content_hash", seal);
    return ch;
}

} // namespace

std::string paymentSentence(const PaymentResult& r)
{
    const std::string number = text::ltr(std::to_string(r.invoiceReceipt.number));
    const std::string amount = text::ltr(text::formatMoney(r.payment.amountAgorot));
    const std::string balance = text::ltr(text::formatMoney(r.account.balanceAgorot()));
    return format(r.invoiceReceipt.kind == "receipt"
                      ? tr("Receipt {1} was issued for {2}; the account's balance is {3}.")
                      : tr("Tax invoice-receipt {1} was issued for {2}; the account's balance is {3}."),
                  number, amount, balance);
}

std::string allocationNumberWarning()
{
    return tr("Warning: the amount before VAT is above the threshold in force and the invoice has no allocation number "
              "(מספר הקצאה): ask the Tax Authority for one.");
}

TransactionAccount AccountService::mine(int64_t accountId)
{
    office_.require(Permission::SeeCharges);
    const auto a = data::AccountRepository(office_.db()).find(accountId);
    if (!a) notFound(format(tr("There is no transaction account number {1}."), accountId));
    return *a;
}

int AccountService::vatRateOn(const std::string& date)
{
    std::optional<int64_t> rate;
    office_.db().guarded([&] { rate = valueOn(data::AccountRepository(office_.db()).vatRates(), date); });
    if (!rate) invalid(format(tr("The VAT table has no rate for {1}: add one in the settings."), date), "date");
    return static_cast<int>(*rate);
}

std::vector<DatedValue> AccountService::vatRates()
{
    std::vector<DatedValue> out;
    office_.db().guarded([&] { out = data::AccountRepository(office_.db()).vatRates(); });
    return out;
}

std::vector<DatedValue> AccountService::allocationThresholds()
{
    std::vector<DatedValue> out;
    office_.db().guarded([&] { out = data::AccountRepository(office_.db()).allocationThresholds(); });
    return out;
}

void AccountService::setVatRate(const std::string& validFrom, int basisPoints)
{
    office_.require(Permission::ManageUsers);
    const auto from = checkedDate(validFrom, "date");
    if (basisPoints < 0 || basisPoints > kMaxVatBasisPoints) invalid(tr("The VAT rate must be between 0% and 100%."), "rate");
    office_.db().transaction([&] {
        data::AccountRepository(office_.db()).setVatRate(from, basisPoints);
        audit(office_.db(), office_.user().id, "vat_rates", 0, "update", Changes().set(from, std::to_string(basisPoints)));
    });
}

void AccountService::setAllocationThreshold(const std::string& validFrom, int64_t agorot)
{
    office_.require(Permission::ManageUsers);
    const auto from = checkedDate(validFrom, "date");
    checkAgorot(MoneyField::Threshold, agorot);
    office_.db().transaction([&] {
        data::AccountRepository(office_.db()).setAllocationThreshold(from, agorot);
        audit(office_.db(), office_.user().id, "allocation_thresholds", 0, "update", Changes().set(from, std::to_string(agorot)));
    });
}

std::optional<int64_t> AccountService::allocationThresholdOn(const std::string& date)
{
    std::optional<int64_t> threshold;
    office_.db().guarded([&] { threshold = valueOn(data::AccountRepository(office_.db()).allocationThresholds(), date); });
    return threshold;
}

TransactionAccount AccountService::createDraft(int64_t clientId, std::vector<int64_t> chargeIds, const std::string& date,
                                               bool detailedTime)
{
    office_.require(Permission::IssueAccounts);
    TransactionAccount a;
    a.clientId = clientId;
    a.accountDate = dateOrToday(date, "date");
    a.detailedTime = detailedTime;
    auto& db = office_.db();
    db.transaction([&] {
        if (!data::ClientRepository(db).find(clientId)) notFound(format(tr("There is no client number {1}."), clientId));
        a.vatBasisPoints = vatRateOn(a.accountDate);
        std::sort(chargeIds.begin(), chargeIds.end());
        chargeIds.erase(std::unique(chargeIds.begin(), chargeIds.end()), chargeIds.end());
        for (const auto id : chargeIds) {
            const auto charge = data::ChargeRepository(db).find(id);
            if (!charge) notFound(format(tr("There is no charge number {1}."), id));
            if (charge->clientId != clientId)
                invalid(format(tr("Charge {1} belongs to another client: a transaction account holds one client's charges."), id),
                        "charge");
        }
        if (chargeIds.empty()) {
            ChargeFilter filter;
            filter.clientId = clientId;
            filter.state = ChargeState::Unbilled;
            for (const auto& row : data::ChargeRepository(db).list(filter, 0, 1'000'000)) chargeIds.push_back(row.charge.id);
        }
        if (chargeIds.empty()) invalid(tr("The client has no unbilled charges to put in a transaction account."));
        data::AccountRepository repo(db);
        a.version = 1;
        a.id = repo.insert(a, office_.user().id);
        const auto taken = repo.reserveCharges(a.id, clientId, chargeIds);
        if (taken != static_cast<int64_t>(chargeIds.size()))
            throw Error(ErrorKind::Conflict,
                        tr("Some of the charges are no longer unbilled (another account took them meanwhile): refresh the "
                           "list and try again."));
        computeTotals(a, repo.lineAmounts(a.id));
        if (!repo.update(a)) throwStaleVersion(db, "transaction_accounts", a.id);
        ++a.version;
        audit(db, office_.user().id, "transaction_accounts", a.id, "insert",
              Changes()
                  .set("entity_id", std::to_string(clientId))
                  .set("account_date", a.accountDate)
                  .set("state", std::string(toString(a.state)))
                  .set("charges", std::to_string(taken))
                  .set("total_agorot", std::to_string(a.totalAgorot)));
        auditChargesState(db, office_.user().id, chargeIds, ChargeState::Unbilled, ChargeState::InAccount, 0, a.id);
    });
    return a;
}

TransactionAccount AccountService::get(int64_t accountId)
{
    office_.require(Permission::SeeCharges);
    TransactionAccount a;
    office_.db().guarded([&] { a = mine(accountId); });
    return a;
}

std::vector<TransactionAccount> AccountService::forClient(int64_t clientId)
{
    office_.require(Permission::SeeCharges);
    std::vector<TransactionAccount> out;
    office_.db().guarded([&] { out = data::AccountRepository(office_.db()).forClient(clientId); });
    return out;
}

std::vector<int64_t> AccountService::charges(int64_t accountId)
{
    office_.require(Permission::SeeCharges);
    std::vector<int64_t> out;
    office_.db().guarded([&] { out = data::AccountRepository(office_.db()).chargeIds(accountId); });
    return out;
}

TransactionAccount AccountService::issue(int64_t accountId)
{
    office_.require(Permission::IssueAccounts);
    TransactionAccount a;
    auto& db = office_.db();
    db.transaction([&] {
        a = mine(accountId);
        if (a.state != AccountState::Draft) invalid(tr("Only a draft transaction account can be issued."));
        const auto addresses = data::AddressRepository(db).forOwner(a.clientId);
        if (addresses.empty() || !addresses.front().isPrimary)
            invalid(tr("The client has no primary address: add one before issuing the transaction account."), "address");
        const auto before = a;
        data::AccountRepository repo(db);
        computeTotals(a, repo.lineAmounts(a.id)); // a draft's charges may have been edited meanwhile
        a.number = data::NumberSeriesRepository(db).take("account");
        a.state = AccountState::Issued;
        if (!repo.update(a)) throwStaleVersion(db, "transaction_accounts", a.id);
        ++a.version;
        repo.markChargesBilled(a.id);
        // Sealed as issued: the seal goes into this row, and so into the chain.
        const auto seal = accountSeal(db, a);
        repo.setContentHash(a.id, seal);
        audit(db, office_.user().id, "transaction_accounts", a.id, "state",
              accountChanges(before, a).change("content_hash", "", seal));
        auditChargesState(db, office_.user().id, repo.chargeIds(a.id), ChargeState::InAccount, ChargeState::Billed, a.id,
                          a.id);
    });
    return a;
}

TransactionAccount AccountService::produce(int64_t clientId, std::vector<int64_t> chargeIds, const std::string& date,
                                           bool detailedTime)
{
    office_.require(Permission::IssueAccounts);
    TransactionAccount a;
    office_.db().transaction([&] { a = issue(createDraft(clientId, std::move(chargeIds), date, detailedTime).id); });
    return a;
}

TransactionAccount AccountService::cancel(int64_t accountId)
{
    office_.require(Permission::CancelDocuments);
    TransactionAccount a;
    auto& db = office_.db();
    db.transaction([&] {
        a = mine(accountId);
        if (a.state == AccountState::Cancelled) return;
        if (a.paidAgorot > 0)
            invalid(tr("Payments were recorded against this transaction account: it cannot be cancelled."));
        const auto before = a;
        a.state = AccountState::Cancelled;
        data::AccountRepository repo(db);
        const auto released = repo.chargeIds(a.id);
        if (!repo.update(a)) throwStaleVersion(db, "transaction_accounts", a.id);
        ++a.version;
        repo.releaseCharges(a.id);
        audit(db, office_.user().id, "transaction_accounts", a.id, "state", accountChanges(before, a));
        auditChargesState(db, office_.user().id, released,
                          before.state == AccountState::Draft ? ChargeState::InAccount : ChargeState::Billed,
                          ChargeState::Unbilled, a.id, 0);
    });
    return a;
}

PaymentResult AccountService::pay(int64_t accountId, int64_t amountAgorot, PaymentMethod method, const std::string& date,
                                  const std::string& chequeNumber, const std::string& bank,
                                  const std::string& allocationNumber)
{
    office_.require(Permission::IssueAccounts);
    PaymentResult result;
    const auto cheque = cleanText(chequeNumber, tr("Cheque number"), 30, "cheque_number");
    const auto bankName = cleanText(bank, tr("Bank"), kMaxNameLength, "bank");
    const auto allocation = checkedAllocationNumber(allocationNumber);
    const auto paidOn = dateOrToday(date, "date");
    if (paidOn > text::israelToday()) invalid(tr("A payment cannot be dated after today."), "date");
    checkAgorot(MoneyField::Payment, amountAgorot);
    if (method == PaymentMethod::Cheque && (cheque.empty() || bankName.empty()))
        invalid(tr("A cheque needs its number and bank."), "cheque_number");
    requireLetterhead();
    auto& db = office_.db();
    db.transaction([&] {
        auto a = mine(accountId);
        if (a.state != AccountState::Issued)
            invalid(tr("Payments are recorded against an issued transaction account that is not fully paid."));
        if (amountAgorot > a.balanceAgorot())
            invalid(tr("The payment is more than the account's balance."), "amount");
        const auto before = a;
        const auto client = *data::ClientRepository(db).find(a.clientId);
        const auto addresses = data::AddressRepository(db).forOwner(a.clientId);

        data::TaxDocumentRepository docs(db);
        // After a tax invoice the VAT is already invoiced: the payment gets a receipt.
        bool invoiced = false;
        for (const auto& d : docs.forAccount(a.id))
            if (d.kind == "invoice") invoiced = true;
        TaxDocument doc;
        doc.kind = invoiced ? "receipt" : "invoice_receipt";
        doc.number = std::stoll(data::NumberSeriesRepository(db).take(doc.kind));
        checkDocumentDate(db, doc.kind, paidOn);
        doc.clientId = a.clientId;
        doc.accountId = a.id;
        doc.issuedOn = paidOn;
        doc.clientName = client.displayName();
        doc.clientAddress = addresses.empty() ? std::string() : addresses.front().oneLine();
        doc.totalAgorot = amountAgorot;
        doc.vatAgorot = invoiced ? 0 : vatPartOf(a, amountAgorot);
        doc.amountBeforeVatAgorot = amountAgorot - doc.vatAgorot;
        doc.allocationNumber = invoiced ? std::string() : allocation;
        doc.id = docs.insert(doc, office_.user().id);
        const auto seal = taxDocumentSeal(doc);
        docs.setContentHash(doc.id, seal);
        audit(db, office_.user().id, "tax_documents", doc.id, "insert", taxDocumentChanges(doc, seal));

        Payment p;
        p.accountId = a.id;
        p.paidOn = paidOn;
        p.amountAgorot = amountAgorot;
        p.method = method;
        p.chequeNumber = method == PaymentMethod::Cheque ? cheque : std::string();
        p.bank = method == PaymentMethod::Cheque ? bankName : std::string();
        p.taxDocumentId = doc.id;
        p.id = docs.insertPayment(p, office_.user().id);

        a.paidAgorot = addAgorot(a.paidAgorot, amountAgorot);
        if (a.balanceAgorot() == 0) a.state = AccountState::Paid;
        if (!data::AccountRepository(db).update(a)) throwStaleVersion(db, "transaction_accounts", a.id);
        ++a.version;
        audit(db, office_.user().id, "payments", p.id, "insert",
              Changes()
                  .set("account_id", std::to_string(a.id))
                  .set("amount_agorot", std::to_string(amountAgorot))
                  .set(doc.kind, std::to_string(doc.number)));
        audit(db, office_.user().id, "transaction_accounts", a.id, accountAction(before, a), accountChanges(before, a));

        const auto threshold = valueOn(data::AccountRepository(db).allocationThresholds(), paidOn);
        result.allocationNumberMissing =
            !invoiced && threshold && doc.amountBeforeVatAgorot > *threshold && allocation.empty();
        result.payment = p;
        result.invoiceReceipt = doc;
        result.account = a;
    });
    return result;
}

void AccountService::requireLetterhead()
{
    const auto letterhead = SettingsService(office_).letterhead();
    if (letterhead.officeName.empty() || letterhead.vatNumber.empty())
        invalid(tr("A tax invoice carries the office's name and licensed dealer (עוסק מורשה) number: set them in System "
                   "settings first."),
                "vat_number");
}

TaxDocument AccountService::issueTaxInvoice(int64_t accountId, const std::string& date,
                                                  const std::string& allocationNumber, bool* allocationNumberMissing)
{
    office_.require(Permission::IssueAccounts);
    const auto issuedOn = dateOrToday(date, "date");
    const auto allocation = checkedAllocationNumber(allocationNumber);
    requireLetterhead();
    TaxDocument doc;
    auto& db = office_.db();
    db.transaction([&] {
        const auto a = mine(accountId);
        if (a.state != AccountState::Issued || a.paidAgorot > 0)
            invalid(tr("A tax invoice is issued for an issued transaction account before any payment."));
        data::TaxDocumentRepository docs(db);
        for (const auto& d : docs.forAccount(a.id))
            if (d.kind == "invoice") invalid(format(tr("This account already has tax invoice no. {1}."), d.number));
        const auto client = *data::ClientRepository(db).find(a.clientId);
        const auto addresses = data::AddressRepository(db).forOwner(a.clientId);
        doc.kind = "invoice";
        doc.number = std::stoll(data::NumberSeriesRepository(db).take("invoice"));
        checkDocumentDate(db, doc.kind, issuedOn);
        doc.clientId = a.clientId;
        doc.accountId = a.id;
        doc.issuedOn = issuedOn;
        doc.clientName = client.displayName();
        doc.clientAddress = addresses.empty() ? std::string() : addresses.front().oneLine();
        doc.amountBeforeVatAgorot = a.subtotalAgorot;
        doc.vatAgorot = a.vatAgorot;
        doc.totalAgorot = a.totalAgorot;
        doc.allocationNumber = allocation;
        doc.id = docs.insert(doc, office_.user().id);
        const auto seal = taxDocumentSeal(doc);
        docs.setContentHash(doc.id, seal);
        audit(db, office_.user().id, "tax_documents", doc.id, "insert", taxDocumentChanges(doc, seal));
        const auto threshold = valueOn(data::AccountRepository(db).allocationThresholds(), issuedOn);
        if (allocationNumberMissing)
            *allocationNumberMissing = threshold && doc.amountBeforeVatAgorot > *threshold && allocation.empty();
    });
    return doc;
}

bool AccountService::hasTaxInvoice(int64_t accountId)
{
    office_.require(Permission::SeeCharges);
    bool found = false;
    office_.db().guarded([&] {
        for (const auto& d : data::TaxDocumentRepository(office_.db()).forAccount(accountId))
            if (d.kind == "invoice") found = true;
    });
    return found;
}

std::vector<Payment> AccountService::payments(int64_t accountId)
{
    office_.require(Permission::SeeCharges);
    std::vector<Payment> out;
    office_.db().guarded([&] { out = data::TaxDocumentRepository(office_.db()).payments(accountId); });
    return out;
}

TaxDocument AccountService::taxDocument(int64_t taxDocumentId)
{
    office_.require(Permission::SeeCharges);
    std::optional<TaxDocument> d;
    office_.db().guarded([&] { d = data::TaxDocumentRepository(office_.db()).find(taxDocumentId); });
    if (!d) notFound(format(tr("There is no tax invoice-receipt number {1}."), taxDocumentId));
    return *d;
}

std::vector<TaxDocument> AccountService::invoices(int64_t clientId)
{
    office_.require(Permission::SeeCharges);
    std::vector<TaxDocument> out;
    office_.db().guarded([&] { out = data::TaxDocumentRepository(office_.db()).list(clientId); });
    return out;
}

std::vector<Addressee> AccountService::addressees(int64_t clientId, bool forInvoices)
{
    office_.require(Permission::SeeCharges);
    std::vector<Addressee> out;
    office_.db().guarded([&] {
        auto& db = office_.db();
        const auto client = data::ClientRepository(db).find(clientId);
        if (!client) notFound(format(tr("There is no client number {1}."), clientId));
        const auto addresses = data::AddressRepository(db).forOwner(clientId);
        const std::string primary = addresses.empty() || !addresses.front().isPrimary ? std::string() : addresses.front().oneLine();
        out.push_back({client->displayName(), {}, primary});
        for (const auto& c : data::ContactRepository(db).forClient(clientId))
            if (forInvoices ? c.addresseeForInvoices : c.addresseeForAccounts)
                out.push_back({c.displayName(), c.roleName, primary});
    });
    return out;
}

std::vector<Addressee> AccountService::accountAddressees(int64_t clientId) { return addressees(clientId, false); }
std::vector<Addressee> AccountService::invoiceAddressees(int64_t clientId) { return addressees(clientId, true); }

} // namespace praklit::services
