#include "integrations/CourtGatewayClient.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <nlohmann/json.hpp>
#include <optional>

namespace praklit::integrations {

using nlohmann::json;
using services::CourtError;
using services::CourtProblem;
using text::format;
using text::ltr;
using text::tr;
using namespace std::chrono_literals;

namespace {

// How often a wait looks at the cancel flag: the progress window's Cancel
// must feel immediate.
constexpr auto kStep = 50ms;
// A page of 100 events is some 60 KB; this leaves room for long titles.
constexpr size_t kMaxPage = size_t{16} << 20;
// A session that ends again as soon as it is opened is the gateway's fault:
// signing in more would only spend the card's signatures.
constexpr int kMaxRenewals = 2;

std::string base64(std::string_view bytes)
{
    if (bytes.size() > static_cast<size_t>(INT_MAX / 4 * 3)) throw Error(ErrorKind::Internal, tr("A text is too long to send."));
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(static_cast<size_t>(std::max(n, 0)));
    return out;
}

std::optional<std::string> unbase64(std::string_view text)
{
    if (text.empty() || text.size() % 4 != 0 || text.size() > static_cast<size_t>(INT_MAX)) return std::nullopt;
    std::string out(text.size() / 4 * 3, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (n < 0) return std::nullopt;
    // EVP_DecodeBlock counts the padding as zero bytes.
    size_t padding = 0;
    if (text.back() == '=') ++padding;
    if (text.size() > 1 && text[text.size() - 2] == '=') ++padding;
    out.resize(static_cast<size_t>(n) - padding);
    return out;
}

std::string lowercase(std::string text)
{
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool isSha256(const std::string& text)
{
    return text.size() == 64 &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The gateway's own words on an error: {code, message}.
struct GatewayError {
    std::string code;
    std::string message;
};

std::string stringField(const json& object, const char* name)
{
    const auto it = object.find(name);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

GatewayError errorOf(const HttpResponse& response)
{
    const json body = json::parse(response.body, nullptr, /*allow_exceptions=*/false);
    if (!body.is_object()) return {};
    return {stringField(body, "code"), stringField(body, "message")};
}

std::string statusText(const HttpResponse& response)
{
    std::string text = "HTTP " + std::to_string(response.status);
    if (const auto code = errorOf(response).code; !code.empty()) text += " " + code;
    return text;
}

// Retry-After in whole seconds (the only form the protocol uses); nothing
// when absent or in another form.
std::optional<std::chrono::seconds> retryAfter(const HttpResponse& response)
{
    const std::string value = response.header("Retry-After");
    if (value.empty() || value.size() > 9 ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::chrono::seconds(std::stol(value));
}

bool holdsControl(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

} // namespace

CourtGatewayClient::CourtGatewayClient(services::CourtGatewayConfig config, const std::atomic<bool>* cancel)
    : config_(std::move(config)), cancel_(cancel)
{
    // The session's token is a bearer token: it never travels in the clear.
    if (config_.url.rfind("https://", 0) != 0)
        throw Error(ErrorKind::InvalidInput, tr("The court gateway's address must begin with https://."), "court_url");
    requireHttpAddress(config_.url, text::N_("{1} is not an address the court gateway can be reached at (https://host)."),
                       "court_url");
    while (!config_.url.empty() && config_.url.back() == '/') config_.url.pop_back();
    config_.attempts = std::max(config_.attempts, 1);
}

CourtGatewayClient::~CourtGatewayClient() = default;

HttpClient& CourtGatewayClient::http()
{
    std::lock_guard lock(clientsMutex_);
    auto& client = clients_[std::this_thread::get_id()];
    if (!client) client = std::make_unique<HttpClient>(HttpOptions{config_.timeoutMs, config_.caFile, kMaxPage, cancel_});
    return *client;
}

std::string CourtGatewayClient::endpoint(const std::string& path) const { return config_.url + path; }

void CourtGatewayClient::checkCancelled() const
{
    if (cancel_ && cancel_->load())
        throw CourtError(CourtProblem::Cancelled, tr("The download from the court gateway was cancelled."));
}

void CourtGatewayClient::pause(std::chrono::milliseconds howLong) const
{
    const auto until = std::chrono::steady_clock::now() + howLong;
    for (;;) {
        checkCancelled();
        const auto now = std::chrono::steady_clock::now();
        if (now >= until) return;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(until - now, kStep));
    }
}

void CourtGatewayClient::unavailable(const std::string& reason) const
{
    throw CourtError(CourtProblem::Unavailable,
                     // At sign-in as for a case: what came before is kept either way.
                     format(tr("The court gateway at {1} is not available ({2}); the next download tries again."),
                            ltr(config_.url), ltr(reason)));
}

void CourtGatewayClient::unexpected(const HttpResponse& response) const
{
    throw CourtError(CourtProblem::Unavailable,
                     format(tr("There is no court gateway at {1} (it answered {2}): correct the address in System "
                               "settings → Net HaMishpat."),
                            ltr(config_.url), ltr(statusText(response))));
}

void CourtGatewayClient::throwIfFinal(const HttpResponse& response) const
{
    switch (response.failure) {
    case HttpFailure::Untrusted:
        throw CourtError(CourtProblem::Untrusted,
                         format(tr("The court gateway at {1} presented a certificate that is not trusted ({2}): check "
                                   "its address and CA file in System settings → Net HaMishpat."),
                                ltr(config_.url), ltr(response.error)));
    case HttpFailure::CaFile:
        throw CourtError(CourtProblem::Untrusted,
                         format(tr("The court gateway's CA file {1} cannot be read: correct it in System settings → Net "
                                   "HaMishpat."),
                                ltr(config_.caFile)));
    case HttpFailure::Cancelled: checkCancelled(); break;
    case HttpFailure::CannotWrite:
        throw Error(ErrorKind::Internal, format(tr("The document could not be written ({1})."), ltr(response.error)));
    default: break;
    }
}

std::chrono::milliseconds CourtGatewayClient::waitAsked(const HttpResponse& response, int& times) const
{
    const auto asked = retryAfter(response);
    if (asked && *asked > config_.maxRetryAfter)
        throw CourtError(CourtProblem::RateLimited,
                         format(tr("The court gateway at {1} asked to wait {2} seconds, longer than Praklit waits; the "
                                   "case is tried again at the next download."),
                                ltr(config_.url), static_cast<long long>(asked->count())));
    if (++times > config_.attempts)
        throw CourtError(CourtProblem::RateLimited,
                         format(tr("The court gateway at {1} kept asking Praklit to wait; the case is tried again at the "
                                   "next download."),
                                ltr(config_.url)));
    return asked ? std::chrono::duration_cast<std::chrono::milliseconds>(*asked) : config_.firstRetry;
}

HttpResponse CourtGatewayClient::read(const Request& request, ReadOptions options)
{
    int failures = 0, waits = 0, renewals = 0;
    auto delay = config_.firstRetry;
    for (;;) {
        checkCancelled();
        std::string token;
        uint64_t generation = 0;
        if (options.withSession) {
            std::lock_guard lock(sessionMutex_);
            if (!card_)
                throw Error(ErrorKind::Internal, tr("Sign in to the court gateway with the card before asking it about "
                                                    "cases."));
            token = token_;
            generation = generation_;
        }
        HttpResponse response = request(http(), token);

        std::string temporary;
        if (response.outcome != HttpOutcome::Answered) {
            throwIfFinal(response);
            if (response.failure == HttpFailure::Truncated && options.truncatedIsAnswer) return response;
            temporary = response.error;
        } else if (response.status >= 500) {
            temporary = statusText(response);
        } else if (response.status == 429) {
            pause(waitAsked(response, waits));
            continue;
        } else if (response.status == 401 && options.withSession) {
            if (++renewals > kMaxRenewals)
                throw CourtError(CourtProblem::Unavailable,
                                 format(tr("The court gateway at {1} keeps ending the session right after signing in; "
                                           "the case is tried again at the next download."),
                                        ltr(config_.url)));
            renew(generation);
            continue;
        } else {
            return response;
        }
        if (++failures >= config_.attempts) unavailable(temporary);
        pause(delay);
        delay *= 2;
    }
}

void CourtGatewayClient::renew(uint64_t seenGeneration)
{
    std::unique_lock lock(sessionMutex_);
    for (;;) {
        if (generation_ != seenGeneration) return; // another thread has signed in meanwhile
        if (renewalError_ && failedGeneration_ == seenGeneration) std::rethrow_exception(renewalError_);
        if (!renewing_) break;
        sessionChanged_.wait_for(lock, kStep);
        if (cancel_ && cancel_->load()) {
            lock.unlock();
            checkCancelled();
        }
    }
    if (!card_)
        throw Error(ErrorKind::Internal, tr("Sign in to the court gateway with the card before asking it about cases."));
    renewing_ = true;
    services::CardSession* card = card_;
    lock.unlock();
    // The card is not thread-safe: only the thread that holds `renewing_` signs with it.
    std::string token;
    try {
        token = obtainToken(*card);
    } catch (...) {
        lock.lock();
        renewing_ = false;
        renewalError_ = std::current_exception();
        failedGeneration_ = seenGeneration;
        sessionChanged_.notify_all();
        throw;
    }
    lock.lock();
    token_ = std::move(token);
    ++generation_;
    renewing_ = false;
    renewalError_ = nullptr;
    sessionChanged_.notify_all();
}

std::string CourtGatewayClient::obtainToken(services::CardSession& card)
{
    int failures = 0, waits = 0;
    auto delay = config_.firstRetry;
    const auto unreadable = [&](const std::string& why) {
        return CourtError(CourtProblem::Unavailable,
                          format(tr("The court gateway at {1} gave an answer Praklit cannot read ({2})."),
                                 ltr(config_.url), ltr(why)));
    };
    for (;;) {
        // A challenge is a read: asking again only makes another nonce.
        const auto challenge = read(
            [&](HttpClient& client, const std::string&) {
                return client.postJson(endpoint("/v1/session/challenge"), "{}", {"Accept: application/json"});
            },
            {/*withSession=*/false, /*truncatedIsAnswer=*/false});
        if (challenge.status != 200) unexpected(challenge);
        const json answer = json::parse(challenge.body, nullptr, false);
        const std::string nonceText = answer.is_object() ? stringField(answer, "nonce") : std::string();
        const auto nonce = unbase64(nonceText);
        if (!nonce) throw unreadable("nonce");

        const json request = {
            {"nonce", nonceText},
            {"signature", base64(card.sign(*nonce))},
            {"certificate", base64(card.certificate().der)},
        };
        checkCancelled();
        // Not repeated as it is: the nonce is good for one sign-in.
        const auto response =
            http().postJson(endpoint("/v1/session"), request.dump(), {"Accept: application/json"});

        std::string temporary;
        if (response.outcome != HttpOutcome::Answered) {
            throwIfFinal(response);
            temporary = response.error;
        } else if (response.status >= 500) {
            temporary = statusText(response);
        } else if (response.status == 429) {
            pause(waitAsked(response, waits));
            continue;
        } else if (response.status == 200) {
            const json session = json::parse(response.body, nullptr, false);
            const std::string token = session.is_object() ? stringField(session, "token") : std::string();
            if (token.empty() || holdsControl(token)) throw unreadable("token");
            return token;
        } else if (response.status == 401) {
            const auto error = errorOf(response);
            if (error.code == "bad_signature")
                throw CourtError(CourtProblem::Refused, tr("The court gateway did not accept the card's signature."));
            if (error.code == "untrusted_certificate")
                throw CourtError(CourtProblem::Refused,
                                 tr("The court gateway does not accept the card's certificate: it was not issued by an "
                                    "authority the courts recognise."));
            if (error.code == "expired_certificate")
                throw CourtError(CourtProblem::Refused,
                                 tr("The court gateway refused the card's certificate because it has expired or is not "
                                    "yet valid."));
            if (error.code != "challenge_expired")
                throw CourtError(CourtProblem::Refused,
                                 format(tr("The court gateway refused the sign-in ({1})."), ltr(statusText(response))));
            // The nonce ran out while the card was signing: a new one at once.
            if (++failures >= config_.attempts) unavailable(statusText(response));
            continue;
        } else {
            unexpected(response);
        }
        if (++failures >= config_.attempts) unavailable(temporary);
        pause(delay);
        delay *= 2;
    }
}

void CourtGatewayClient::signIn(services::CardSession& card)
{
    uint64_t seen = 0;
    {
        std::lock_guard lock(sessionMutex_);
        card_ = &card;
        renewalError_ = nullptr;
        seen = generation_;
    }
    renew(seen);
}

services::CourtEvents CourtGatewayClient::events(const services::CourtCaseKey& key, const std::string& cursor)
{
    HttpClient::Parameters query{{"number", key.number}};
    if (!key.court.empty()) query.emplace_back("court", key.court);
    if (!key.proceedingType.empty()) query.emplace_back("type", key.proceedingType);
    if (!cursor.empty()) query.emplace_back("cursor", cursor);
    query.emplace_back("limit", std::to_string(kPageSize));

    const auto response = read(
        [&](HttpClient& client, const std::string& token) {
            return client.get(endpoint("/v1/cases/events"), query,
                              {"Authorization: Bearer " + token, "Accept: application/json"});
        },
        {});
    const std::string number = ltr(key.number);
    if (response.status == 404) {
        if (errorOf(response).code != "unknown_case") unexpected(response);
        throw CourtError(CourtProblem::UnknownCase,
                         format(tr("The court has no case {1}, or none this lawyer may see."), number));
    }
    if (response.status == 400) {
        const auto error = errorOf(response);
        if (error.code == "court_and_type_needed")
            throw CourtError(CourtProblem::UnknownCase,
                             format(tr("The court gateway needs the court and the proceeding type to find the old-form "
                                       "case number {1}."),
                                    number));
        throw CourtError(CourtProblem::UnknownCase,
                         format(tr("The court gateway refused the question about case {1} ({2})."), number,
                                text::isolate(error.message.empty() ? statusText(response) : error.message)));
    }
    if (response.status != 200) unexpected(response);

    const auto unreadable = [&](const std::string& why) {
        return CourtError(CourtProblem::Unavailable,
                          format(tr("The court gateway at {1} gave an answer Praklit cannot read ({2})."),
                                 ltr(config_.url), ltr(why)));
    };
    const json page = json::parse(response.body, nullptr, false);
    if (!page.is_object()) throw unreadable("not JSON");
    const auto list = [&](const char* name) -> const json& {
        static const json empty = json::array();
        const auto it = page.find(name);
        if (it == page.end() || it->is_null()) return empty;
        if (!it->is_array()) throw unreadable(name);
        return *it;
    };

    services::CourtEvents events;
    for (const auto& d : list("documents")) {
        if (!d.is_object()) throw unreadable("documents");
        CourtDocumentEvent e;
        e.id = stringField(d, "id");
        const auto folder = parseCourtFolder(stringField(d, "folder"));
        e.title = stringField(d, "title");
        e.signedOn = stringField(d, "signed_on");
        e.judge = stringField(d, "judge");
        e.sha256 = lowercase(stringField(d, "sha256"));
        const auto size = d.find("size");
        if (e.id.empty()) throw unreadable("document id");
        if (!folder) throw unreadable("folder of document " + e.id);
        if (!isSha256(e.sha256)) throw unreadable("sha256 of document " + e.id);
        if (size == d.end() || !size->is_number_integer() || size->get<int64_t>() < 0)
            throw unreadable("size of document " + e.id);
        e.folder = *folder;
        e.size = size->get<int64_t>();
        events.documents.push_back(std::move(e));
    }
    for (const auto& h : list("hearings")) {
        if (!h.is_object()) throw unreadable("hearings");
        HearingEvent e;
        e.id = stringField(h, "id");
        e.date = stringField(h, "date");
        e.startTime = stringField(h, "start");
        e.endTime = stringField(h, "end");
        e.court = stringField(h, "court");
        e.hall = stringField(h, "hall");
        e.judge = stringField(h, "judge");
        e.type = stringField(h, "type");
        const auto status = parseHearingStatus(stringField(h, "status"));
        if (e.id.empty()) throw unreadable("hearing id");
        if (e.date.empty()) throw unreadable("date of hearing " + e.id);
        if (!status) throw unreadable("status of hearing " + e.id);
        e.status = *status;
        const auto video = h.find("video");
        e.video = video != h.end() && video->is_boolean() && video->get<bool>();
        events.hearings.push_back(std::move(e));
    }
    const auto next = page.find("cursor");
    if (next == page.end() || !next->is_string()) throw unreadable("cursor");
    events.cursor = next->get<std::string>();
    const auto more = page.find("more");
    events.more = more != page.end() && more->is_boolean() && more->get<bool>();
    return events;
}

std::string CourtGatewayClient::download(const std::string& id, const std::string& sha256,
                                         const std::filesystem::path& into)
{
    const std::string expected = lowercase(sha256);
    const std::string url = endpoint("/v1/documents/" + http().escape(id));
    auto delay = config_.firstRetry;
    std::error_code ignored;
    for (int attempt = 1;; ++attempt) {
        const auto response = read(
            [&](HttpClient& client, const std::string& token) {
                return client.getToFile(url, {}, {"Authorization: Bearer " + token, "Accept: application/pdf"}, into);
            },
            {/*withSession=*/true, /*truncatedIsAnswer=*/true});
        if (response.outcome == HttpOutcome::Answered && response.status == 200) {
            if (expected.empty() || response.sha256 == expected) return response.sha256;
            std::filesystem::remove(into, ignored);
        } else if (response.failure != HttpFailure::Truncated) {
            if (response.status == 404 && errorOf(response).code == "unknown_document")
                throw CourtError(CourtProblem::Unavailable,
                                 format(tr("The court gateway has no document {1}."), ltr(id)));
            unexpected(response);
        }
        // Damaged on the way (other bytes, or cut short): fetched again.
        if (attempt >= config_.attempts) {
            std::filesystem::remove(into, ignored);
            throw CourtError(CourtProblem::Corrupt,
                             format(tr("Document {1} arrived damaged from the court gateway on every try (its bytes do "
                                       "not match its SHA-256), so it was not saved."),
                                    ltr(id)));
        }
        pause(delay);
        delay *= 2;
    }
}

void CourtGatewayClient::signOut()
{
    std::string token;
    {
        std::lock_guard lock(sessionMutex_);
        token = std::move(token_);
        token_.clear();
        card_ = nullptr; // the caller may let the card go now
        ++generation_;
    }
    if (token.empty()) return;
    try {
        http().deleteAt(endpoint("/v1/session"), {"Authorization: Bearer " + token});
    } catch (const std::exception&) {
        // Best effort: the session expires by itself.
    }
}

} // namespace praklit::integrations
