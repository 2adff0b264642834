#include "integrations/ProviderGateway.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

namespace praklit::integrations {

using nlohmann::json;
using services::RemoteState;
using services::RemoteStatus;
using services::SendOutcome;
using services::SendResult;
using text::format;
using text::ltr;
using text::tr;

namespace {

// The API's codes (docs/sms-gateways.md).
enum RequestStatus : int { kOk = 0, kAuth = 1, kNoCredit = 2, kSender = 3, kHours = 4, kMalformed = 5, kServer = 9 };
enum RecipientStatus : int { kAccepted = 0, kInvalidNumber = 10, kBlocked = 11, kDuplicate = 12 };
enum FailureCode : int { kExpired = 20, kRejected = 21, kBlockedByRecipient = 22 };

SendResult result(SendOutcome outcome, std::string code, std::string reason = {})
{
    return SendResult{outcome, std::move(code), std::move(reason)};
}

RemoteStatus remote(RemoteState state, std::string code, std::string reason = {})
{
    return RemoteStatus{state, std::move(code), std::move(reason)};
}

// An integer field, or nothing: a provider's answer is read, never trusted
// to have the shape it should.
std::optional<int> intField(const json& object, const char* name)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<int>();
}

std::string stringField(const json& object, const char* name)
{
    const auto it = object.find(name);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<json> parsedObject(const std::string& body)
{
    json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_object()) return std::nullopt;
    return parsed;
}

std::string failureReason(int code)
{
    switch (code) {
    case kExpired: return tr("The message expired: the phone was off or out of reach for as long as the network kept trying.");
    case kRejected: return tr("The network refused the message: the number is unknown or no longer in service.");
    case kBlockedByRecipient: return tr("The recipient, or the recipient's operator, blocks messages from the office.");
    default: return format(tr("The network could not deliver the message (code {1})."), std::to_string(code));
    }
}

// What the status endpoint answers and what a pushed report says share one
// shape: state, code. Nothing when the state is not one of the API's.
std::optional<RemoteStatus> statusOf(const json& answer)
{
    const std::string state = stringField(answer, "state");
    const int code = intField(answer, "code").value_or(0);
    if (state == "not_found") return remote(RemoteState::NotReceived, state);
    if (state == "pending") return remote(RemoteState::Pending, state);
    if (state == "delivered") return remote(RemoteState::Delivered, state);
    if (state == "failed") return remote(RemoteState::Failed, "failed " + std::to_string(code), failureReason(code));
    return std::nullopt;
}

bool holdsLineBreak(const std::string& text) { return text.find_first_of("\r\n") != std::string::npos; }

} // namespace

ProviderGateway::ProviderGateway(services::SmsGatewayConfig config) : config_(std::move(config)), http_(config_.timeoutMs)
{
    requireHttpAddress(config_.url,
                       text::N_("{1} is not an address the SMS provider's API can be reached at (https://host/path)."), "url");
    if (!config_.reportUrl.empty())
        requireHttpAddress(
            config_.reportUrl,
            text::N_("{1} is not an address the SMS provider can send delivery reports to (http://host:port/path)."),
            "report_url");
    // The credentials travel as headers: a line break would end one and start another.
    if (holdsLineBreak(config_.secret) || holdsLineBreak(config_.username))
        throw Error(ErrorKind::InvalidInput,
                    tr("The SMS provider's token, user name or password holds a line break: enter it again in System "
                       "settings → SMS."),
                    "secret");
}

std::string ProviderGateway::nationalNumber(std::string_view e164)
{
    constexpr std::string_view prefix = "+9725";
    if (e164.size() != prefix.size() + 8 || e164.substr(0, prefix.size()) != prefix) return {};
    const auto rest = e164.substr(prefix.size());
    if (!std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
    return "05" + std::string(rest);
}

HttpClient::Headers ProviderGateway::credentials() const
{
    // A token when the settings name no user: the provider's preferred way.
    if (config_.username.empty()) return {"Authorization: Bearer " + config_.secret};
    return {"X-Api-User: " + config_.username, "X-Api-Password: " + config_.secret};
}

std::string ProviderGateway::endpoint(std::string_view path) const
{
    std::string base = config_.url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return base + std::string(path);
}

SendResult ProviderGateway::send(const services::OutgoingSms& sms)
{
    const std::string to = nationalNumber(sms.e164);
    if (to.empty())
        return result(SendOutcome::Permanent, "not-israeli",
                      format(tr("The SMS provider sends only to Israeli mobile numbers, and {1} is not one; the message "
                                "will not be sent."),
                             ltr(sms.e164)));

    json request = {
        {"sender", config_.sender},
        {"message", sms.text},
        {"recipients", json::array({{{"phone", to}, {"external_id", services::externalId(sms.id, sms.round)}}})},
    };
    if (!config_.reportUrl.empty()) request["report_url"] = config_.reportUrl;
    // A text that is not valid UTF-8 goes with U+FFFD in place of the bad bytes
    // rather than throwing: the provider is the one to say what it can send.
    const std::string body = request.dump(-1, ' ', false, json::error_handler_t::replace);
    return resultOf(http_.postJson(endpoint("/sms/send"), body, credentials()), sms);
}

SendResult ProviderGateway::resultOf(const HttpResponse& response, const services::OutgoingSms& sms) const
{
    const std::string where = ltr(config_.url);
    const auto mayHaveAccepted = [&](const std::string& code) {
        return result(SendOutcome::Unknown, code,
                      format(tr("The SMS provider at {1} did not answer ({2}); it may have accepted the message, and it "
                                "is asked before the message is sent again."),
                             where, ltr(code)));
    };
    const auto cannotSendNow = [&](const std::string& code) {
        return result(SendOutcome::Temporary, code,
                      format(tr("The SMS provider at {1} cannot send now ({2}); the message waits and is tried again."),
                             where, ltr(code)));
    };

    if (response.outcome == HttpOutcome::NotSent)
        return result(SendOutcome::Temporary, response.error,
                      format(tr("The SMS provider at {1} cannot be reached ({2}); the message waits and is tried again."),
                             where, ltr(response.error)));
    if (response.outcome == HttpOutcome::NoAnswer) return mayHaveAccepted(response.error);

    const std::string httpCode = "HTTP " + std::to_string(response.status);
    // A proxy in front of the provider that gave up waiting: the provider may have taken it.
    if (response.status == 504) return mayHaveAccepted(httpCode);
    if (response.status >= 500) return cannotSendNow(httpCode);
    if (response.status != 200)
        return result(SendOutcome::Temporary, httpCode,
                      format(tr("There is no SMS provider's API at {1} (it answered {2}): correct the address in System "
                                "settings → SMS; the messages wait until then."),
                             where, ltr(httpCode)));

    const auto unreadable = [&] {
        return result(SendOutcome::Unknown, "unreadable answer",
                      format(tr("The SMS provider at {1} gave an answer Praklit cannot read; it may have accepted the "
                                "message, and it is asked before the message is sent again."),
                             where));
    };
    const auto answer = parsedObject(response.body);
    if (!answer) return unreadable();
    const auto status = intField(*answer, "status");
    if (!status) return unreadable();

    const std::string code = "status " + std::to_string(*status);
    switch (*status) {
    case kOk: break;
    // The office's settings or account, not the message, are at fault:
    // the messages wait until they are put right.
    case kAuth:
        if (config_.username.empty())
            return result(SendOutcome::Temporary, code,
                          // TRANSLATORS: the token is the key the provider's site gives the office for its API (טוקן).
                          tr("The SMS provider refused the office's token: correct it in System settings → SMS; the "
                             "messages wait until then."));
        return result(SendOutcome::Temporary, code,
                      format(tr("The SMS provider refused the user name or password (user {1}): correct them in System "
                                "settings → SMS; the messages wait until then."),
                             ltr(config_.username)));
    case kNoCredit:
        return result(SendOutcome::Temporary, code,
                      tr("The office's account at the SMS provider has no credit left: add credit with the provider; the "
                         "messages wait until then."));
    case kSender:
        return result(SendOutcome::Temporary, code,
                      format(tr("The SMS provider does not allow the sender {1} (up to 11 Latin letters or digits, or a "
                                "number the provider has verified): correct it in System settings → SMS; the messages "
                                "wait until then."),
                             ltr(config_.sender)));
    case kHours:
        return result(SendOutcome::Temporary, code,
                      tr("The SMS provider does not send at this hour; the message waits and is tried again later."));
    case kMalformed:
        return result(SendOutcome::Permanent, code,
                      tr("The SMS provider refused the message as malformed (its text empty or too long); the message "
                         "will not be sent."));
    case kServer: return cannotSendNow(code);
    default:
        return result(SendOutcome::Temporary, code,
                      format(tr("The SMS provider refused the message ({1}); the message waits and is tried again."),
                             ltr(code)));
    }

    // Accepted as a request: this message's own line says what became of it.
    const std::string key = services::externalId(sms.id, sms.round);
    const auto recipients = answer->find("recipients");
    if (recipients == answer->end() || !recipients->is_array()) return unreadable();
    const auto mine = std::find_if(recipients->begin(), recipients->end(), [&](const json& r) {
        return r.is_object() && stringField(r, "external_id") == key;
    });
    if (mine == recipients->end()) return unreadable();
    const auto recipientStatus = intField(*mine, "status");
    if (!recipientStatus) return unreadable();

    const std::string number = ltr(nationalNumber(sms.e164));
    std::string recipientCode = "recipient " + std::to_string(*recipientStatus);
    const std::string requestId = stringField(*answer, "request_id");
    if (!requestId.empty()) recipientCode += ", request " + requestId;
    switch (*recipientStatus) {
    // A duplicate is this very message, accepted by an earlier send whose
    // answer was lost: it stands, and it is not sent again.
    case kAccepted:
    case kDuplicate: return result(SendOutcome::Accepted, recipientCode);
    case kInvalidNumber:
        return result(SendOutcome::Permanent, recipientCode,
                      format(tr("The SMS provider says {1} is not a valid mobile number; the message will not be sent."),
                             number));
    case kBlocked:
        return result(SendOutcome::Permanent, recipientCode,
                      format(tr("The number {1} is blocked at the SMS provider (its owner asked not to receive messages); "
                                "the message will not be sent."),
                             number));
    default:
        return result(SendOutcome::Temporary, recipientCode,
                      format(tr("The SMS provider refused the message to {1} ({2}); the message waits and is tried again."),
                             number, ltr(recipientCode)));
    }
}

RemoteStatus ProviderGateway::query(int64_t id, int round)
{
    const auto response =
        http_.get(endpoint("/sms/status"), {{"external_id", services::externalId(id, round)}}, credentials());
    const auto notAnswered = [&](const std::string& code) {
        return remote(RemoteState::CannotAsk, code,
                      format(tr("The SMS provider at {1} could not be asked about the message ({2}); it is asked again "
                                "later."),
                             ltr(config_.url), ltr(code)));
    };
    if (response.outcome != HttpOutcome::Answered) return notAnswered(response.error);
    if (response.status != 200) return notAnswered("HTTP " + std::to_string(response.status));
    const auto answer = parsedObject(response.body);
    if (!answer) return notAnswered("unreadable answer");
    const auto status = intField(*answer, "status");
    if (!status) return notAnswered("unreadable answer");
    if (*status != kOk) return notAnswered("status " + std::to_string(*status));
    if (auto known = statusOf(*answer)) return *known;
    return notAnswered("unreadable answer");
}

std::optional<services::DeliveryReport> ProviderGateway::reportOf(const HttpRequest& request)
{
    if (request.method != "POST") return std::nullopt;
    const auto report = parsedObject(request.body);
    if (!report) return std::nullopt;
    const auto id = services::parseExternalId(stringField(*report, "external_id"));
    if (!id) return std::nullopt;
    const auto status = statusOf(*report);
    // "not_found" is an answer to a question, never news the provider pushes.
    if (!status || status->state == RemoteState::NotReceived) return std::nullopt;
    return services::DeliveryReport{id->id, *status, id->round};
}

} // namespace praklit::integrations
