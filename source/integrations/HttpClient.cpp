#include "integrations/HttpClient.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <curl/curl.h>

#include <climits>
#include <mutex>

namespace praklit::integrations {

namespace {

// curl_global_init is not safe to race with other threads' curl calls; once
// for the program, before the first handle.
void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

struct HttpClient::Handle {
    CURL* curl = nullptr;
    char error[CURL_ERROR_SIZE] = {};
    ~Handle()
    {
        if (curl) curl_easy_cleanup(curl);
    }
};

// What one request gathered while curl ran it.
struct HttpClient::Exchange {
    std::string body;
    bool sent = false;     // some of the request reached the socket
    bool tooLong = false;  // the body passed kMaxBody

    static size_t write(char* data, size_t size, size_t count, void* self)
    {
        auto& exchange = *static_cast<Exchange*>(self);
        const size_t length = size * count;
        if (exchange.body.size() + length > kMaxBody) {
            exchange.tooLong = true;
            return 0; // curl stops with CURLE_WRITE_ERROR
        }
        exchange.body.append(data, length);
        return length;
    }

    // curl tells its debug callback of every byte it wrote to the socket,
    // on every connection it tried, so a request it wrote and then retried on
    // a fresh connection (its answer to a reused connection that died) still
    // counts as sent.
    static int debug(CURL*, curl_infotype type, char*, size_t length, void* self)
    {
        if ((type == CURLINFO_HEADER_OUT || type == CURLINFO_DATA_OUT) && length > 0)
            static_cast<Exchange*>(self)->sent = true;
        return 0;
    }
};

HttpClient::HttpClient(int timeoutMs) : handle_(std::make_unique<Handle>()), timeoutMs_(timeoutMs)
{
    initialiseCurl();
    handle_->curl = curl_easy_init();
    if (!handle_->curl) throw Error(ErrorKind::Internal, text::tr("The HTTP library could not be started."));
    CURL* curl = handle_->curl;
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, handle_->error);
    // Timeouts by alarm signals are not safe in a program with threads.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs_));
    // Following a redirect would send the request a second time, elsewhere.
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Praklit");
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Exchange::write);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, &Exchange::debug);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // only so the debug callback is called
}

HttpClient::~HttpClient() = default;

std::string HttpClient::escape(std::string_view text)
{
    std::lock_guard lock(mutex_);
    if (text.size() > static_cast<size_t>(INT_MAX)) throw Error(ErrorKind::Internal, text::tr("A text is too long to send."));
    char* escaped = curl_easy_escape(handle_->curl, text.data(), static_cast<int>(text.size()));
    if (!escaped) throw Error(ErrorKind::Internal, text::tr("The HTTP library ran out of memory."));
    std::string result(escaped);
    curl_free(escaped);
    return result;
}

HttpResponse HttpClient::get(const std::string& url, const Parameters& query, const Headers& headers)
{
    std::string full = url;
    char separator = url.find('?') == std::string::npos ? '?' : '&';
    for (const auto& [name, value] : query) {
        full += separator;
        full += escape(name);
        full += '=';
        full += escape(value);
        separator = '&';
    }
    return perform(full, headers, nullptr);
}

HttpResponse HttpClient::postJson(const std::string& url, const std::string& json, const Headers& headers)
{
    Headers all = headers;
    all.push_back("Content-Type: application/json; charset=utf-8");
    // Without it curl waits for "100 Continue" before a large body, a round
    // trip that some servers never answer.
    all.push_back("Expect:");
    return perform(url, all, &json);
}

HttpResponse HttpClient::perform(const std::string& url, const Headers& headers, const std::string* postBody)
{
    std::lock_guard lock(mutex_);
    CURL* curl = handle_->curl;
    Exchange exchange;
    handle_->error[0] = '\0';

    curl_slist* list = nullptr;
    for (const auto& header : headers) {
        curl_slist* grown = curl_slist_append(list, header.c_str());
        if (!grown) {
            curl_slist_free_all(list);
            throw Error(ErrorKind::Internal, text::tr("The HTTP library ran out of memory."));
        }
        list = grown;
    }

    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &exchange);
    if (postBody) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, postBody->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(postBody->size()));
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }

    const CURLcode code = curl_easy_perform(curl);

    // The handle outlives this call; nothing of it may point at what dies here.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, nullptr);
    if (postBody) curl_easy_setopt(curl, CURLOPT_POSTFIELDS, nullptr);
    curl_slist_free_all(list);

    HttpResponse response;
    response.body = std::move(exchange.body);
    if (code == CURLE_OK) {
        response.outcome = HttpOutcome::Answered;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
        return response;
    }
    response.outcome = exchange.sent ? HttpOutcome::NoAnswer : HttpOutcome::NotSent;
    response.error = exchange.tooLong ? std::string("response longer than ") + std::to_string(kMaxBody) + " bytes"
                     : handle_->error[0] ? std::string(handle_->error)
                                         : std::string(curl_easy_strerror(code));
    return response;
}

bool isHttpAddress(const std::string& url)
{
    initialiseCurl();
    CURLU* parsed = curl_url();
    if (!parsed) throw Error(ErrorKind::Internal, text::tr("The HTTP library ran out of memory."));
    bool good = false;
    if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
        char* scheme = nullptr;
        char* host = nullptr;
        if (curl_url_get(parsed, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
            curl_url_get(parsed, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
            const std::string s = scheme;
            good = (s == "http" || s == "https") && host[0] != '\0';
        }
        curl_free(scheme);
        curl_free(host);
    }
    curl_url_cleanup(parsed);
    return good;
}

void requireHttpAddress(const std::string& url, const char* sentence, const char* field)
{
    if (!isHttpAddress(url)) throw Error(ErrorKind::InvalidInput, text::format(text::tr(sentence), text::ltr(url)), field);
}

} // namespace praklit::integrations
