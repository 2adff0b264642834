#include "integrations/KannelGateway.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <algorithm>

namespace praklit::integrations {

using services::SendOutcome;
using services::SendResult;
using text::format;
using text::ltr;
using text::tr;

namespace {

// E.164 as Kannel is given it: "+" and 8 to 15 digits. The "+" stays: Kannel's
// SMPP driver turns it into "type of number: international" and drops it, and
// without it the number would go out as a national one. Anything else (a
// space above all: Kannel sends to each space-separated number) is refused.
bool isInternationalNumber(const std::string& e164)
{
    if (e164.size() < 9 || e164.size() > 16 || e164.front() != '+') return false;
    return std::all_of(e164.begin() + 1, e164.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool startsWith(const std::string& text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

// Kannel's answer for the record: the status and its first line.
std::string codeOf(const HttpResponse& response)
{
    std::string line = response.body.substr(0, response.body.find_first_of("\r\n"));
    if (line.size() > 200) line.resize(200);
    return std::to_string(response.status) + (line.empty() ? "" : " " + line);
}

SendResult result(SendOutcome outcome, std::string code, std::string reason = {})
{
    return SendResult{outcome, std::move(code), std::move(reason)};
}

} // namespace

KannelGateway::KannelGateway(services::SmsGatewayConfig config) : config_(std::move(config)), http_(config_.timeoutMs)
{
    requireHttpAddress(config_.url,
                       text::N_("{1} is not an address Kannel's sendsms can be reached at (http://host:port/cgi-bin/sendsms)."),
                       "url");
    if (!config_.reportUrl.empty())
        requireHttpAddress(config_.reportUrl,
                           text::N_("{1} is not an address Kannel can send delivery reports to (http://host:port/path)."),
                           "report_url");
}

std::string KannelGateway::reportUrlFor(const std::string& reportUrl, int64_t id, int round)
{
    const char separator = reportUrl.find('?') == std::string::npos ? '?' : '&';
    return reportUrl + separator + "id=" + services::externalId(id, round) + "&type=%d&reply=%A";
}

SendResult KannelGateway::send(const services::OutgoingSms& sms)
{
    if (!isInternationalNumber(sms.e164))
        return result(SendOutcome::Permanent, "invalid-number",
                      format(tr("{1} is not an international number (+ and digits); the message will not be sent."),
                             ltr(sms.e164)));

    HttpClient::Parameters query = {
        {"username", config_.username},
        {"password", config_.secret},
        {"to", sms.e164},
        {"text", sms.text},
        {"charset", "UTF-8"},
        // Kannel converts the UTF-8 text: to UTF-16BE for 2, to GSM 03.38 at the SMSC for 0.
        {"coding", sms.encoding == SmsEncoding::Ucs2 ? "2" : "0"},
    };
    // Without one Kannel falls back on its own (default-sender, global-sender).
    if (!config_.sender.empty()) query.emplace_back("from", config_.sender);
    if (!config_.reportUrl.empty()) {
        query.emplace_back("dlr-mask", std::to_string(kReportMask));
        query.emplace_back("dlr-url", reportUrlFor(config_.reportUrl, sms.id, sms.round));
    }
    return resultOf(http_.get(config_.url, query));
}

services::RemoteStatus KannelGateway::query(int64_t, int)
{
    return services::RemoteStatus{services::RemoteState::CannotAsk, {}, {}};
}

SendResult KannelGateway::resultOf(const HttpResponse& response) const
{
    const std::string where = ltr(config_.url);
    if (response.outcome == HttpOutcome::NotSent)
        return result(SendOutcome::Temporary, response.error,
                      format(tr("Kannel at {1} cannot be reached ({2}); the message waits and is tried again."), where,
                             ltr(response.error)));
    if (response.outcome == HttpOutcome::NoAnswer)
        return result(SendOutcome::Unknown, response.error,
                      format(tr("Kannel at {1} did not answer ({2}); the message may have been sent."), where,
                             ltr(response.error)));

    const long status = response.status;
    const std::string& body = response.body;
    const std::string code = codeOf(response);
    // 202 "0: Accepted for delivery", "3: Queued for later delivery" (bearerbox
    // keeps it until the SMSC is back), "Sent." (immediate-sendsms-reply).
    if (status >= 200 && status < 300) {
        if (startsWith(body, "0:") || startsWith(body, "3:") || startsWith(body, "Sent.")) return result(SendOutcome::Accepted, code);
        return result(SendOutcome::Unknown, code,
                      format(tr("Kannel at {1} gave an answer Praklit does not know ({2}); the message may have been sent."),
                             where, ltr(code)));
    }
    // A wrong user or password is the office's configuration, not the
    // message's fault: the messages wait for it to be corrected.
    if ((status == 403 && startsWith(body, "Authorization failed")) || status == 401 || status == 407)
        return result(SendOutcome::Temporary, code,
                      format(tr("Kannel refused the user name or password (user {1}): correct them in System settings → SMS; "
                                "the messages wait until then."),
                             ltr(config_.username)));
    if (status == 403 && startsWith(body, "Not routable"))
        return result(SendOutcome::Permanent, code,
                      tr("Kannel has no route to this number (none of its SMS centers serves it); the message will not be sent."));
    if (status == 400 && startsWith(body, "Sender missing"))
        return result(SendOutcome::Temporary, code,
                      tr("Kannel needs a sender name: set one in System settings → SMS; the messages wait until then."));
    if (status == 400 && startsWith(body, "DLR-URL"))
        return result(SendOutcome::Temporary, code,
                      format(tr("Kannel refused the delivery-report address {1}: correct it in System settings → SMS; "
                                "the messages wait until then."),
                             ltr(config_.reportUrl)));
    if (status == 400 && startsWith(body, "Number(s) has/have been denied"))
        return result(SendOutcome::Permanent, code,
                      tr("Kannel's lists do not allow sending to this number; the message will not be sent."));
    if (status == 400 && startsWith(body, "Charset or body"))
        return result(SendOutcome::Permanent, code, tr("Kannel could not read the message's text; the message will not be sent."));
    // Not a sendsms at this address (a redirect, a page that is not there).
    if ((status >= 300 && status < 400) || status == 404 || status == 405)
        return result(SendOutcome::Temporary, code,
                      format(tr("There is no Kannel sendsms at {1} (it answered {2}): correct the address in System "
                                "settings → SMS; the messages wait until then."),
                             where, ltr(code)));
    // A proxy in front of Kannel that gave up waiting: Kannel may have taken it.
    if (status == 504)
        return result(SendOutcome::Unknown, code,
                      format(tr("Kannel at {1} did not answer ({2}); the message may have been sent."), where, ltr(code)));
    if (status >= 500)
        return result(SendOutcome::Temporary, code,
                      format(tr("Kannel at {1} cannot send now ({2}); the message waits and is tried again."), where,
                             ltr(code)));
    // Any other refusal of the request itself: sending it again changes nothing.
    return result(SendOutcome::Permanent, code,
                  format(tr("Kannel refused the message ({1}); the message will not be sent."), ltr(code)));
}

} // namespace praklit::integrations
