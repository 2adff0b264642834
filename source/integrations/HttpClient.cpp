#include "integrations/HttpClient.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Sha256.h"
#include "text/Translate.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <fstream>
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
    CURL* curl = nullptr;
    size_t maxBody = kMaxBody;
    std::string body;
    bool sent = false;     // some of the request reached the socket
    bool tooLong = false;  // the body passed its cap
    std::vector<std::pair<std::string, std::string>> headers;
    const std::atomic<bool>* cancel = nullptr;
    bool cancelled = false;

    // A download: a 200's body goes to `into`, digested on the way.
    const std::filesystem::path* into = nullptr;
    uint64_t maxFile = 0;
    bool decided = false; // whether this response's body goes to the file was settled
    bool toFile = false;
    std::ofstream file;
    bool opened = false;
    bool writeFailed = false;
    uint64_t written = 0;
    std::unique_ptr<text::Sha256> digest;

    bool openFile()
    {
        file.open(*into, std::ios::binary | std::ios::trunc);
        opened = file.is_open();
        if (!opened) writeFailed = true;
        digest = std::make_unique<text::Sha256>();
        return opened;
    }

    static size_t write(char* data, size_t size, size_t count, void* self)
    {
        auto& exchange = *static_cast<Exchange*>(self);
        const size_t length = size * count;
        if (exchange.into && !exchange.decided) {
            // Only the answer asked for is a document; an error's JSON is read as usual.
            long status = 0;
            curl_easy_getinfo(exchange.curl, CURLINFO_RESPONSE_CODE, &status);
            exchange.decided = true;
            exchange.toFile = status == 200;
            if (exchange.toFile && !exchange.openFile()) return 0;
        }
        if (exchange.toFile) {
            if (exchange.written + length > exchange.maxFile) {
                exchange.tooLong = true;
                return 0;
            }
            exchange.file.write(data, static_cast<std::streamsize>(length));
            if (!exchange.file) {
                exchange.writeFailed = true;
                return 0;
            }
            exchange.digest->add(data, length);
            exchange.written += length;
            return length;
        }
        if (exchange.body.size() + length > exchange.maxBody) {
            exchange.tooLong = true;
            return 0; // curl stops with CURLE_WRITE_ERROR
        }
        exchange.body.append(data, length);
        return length;
    }

    static size_t header(char* data, size_t size, size_t count, void* self)
    {
        auto& exchange = *static_cast<Exchange*>(self);
        const size_t length = size * count;
        std::string_view line(data, length);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
        // A status line starts a response: what came before was an interim one (100 Continue).
        if (line.rfind("HTTP/", 0) == 0) {
            exchange.headers.clear();
            exchange.decided = false;
            return length;
        }
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) return length;
        auto value = line.substr(colon + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
        exchange.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
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

    HttpFailure failureOf(CURLcode code) const
    {
        if (cancelled) return HttpFailure::Cancelled;
        if (writeFailed) return HttpFailure::CannotWrite;
        if (tooLong) return HttpFailure::TooLong;
        switch (code) {
        // Since curl 7.62 an unknown CA, another host's name and an
        // out-of-date certificate are all CURLE_PEER_FAILED_VERIFICATION
        // (CURLE_SSL_CACERT is its old name).
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_INVALIDCERTSTATUS: return HttpFailure::Untrusted;
        case CURLE_SSL_CACERT_BADFILE: return HttpFailure::CaFile;
        case CURLE_PARTIAL_FILE: return HttpFailure::Truncated;
        // A TLS connection closed without its close_notify in the middle of a document.
        case CURLE_RECV_ERROR: return toFile && written > 0 ? HttpFailure::Truncated : HttpFailure::Other;
        default: return HttpFailure::Other;
        }
    }

    static int progress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        auto& exchange = *static_cast<Exchange*>(self);
        if (exchange.cancel && exchange.cancel->load()) {
            exchange.cancelled = true;
            return 1; // curl stops with CURLE_ABORTED_BY_CALLBACK
        }
        return 0;
    }
};

std::string HttpResponse::header(std::string_view name) const
{
    const auto same = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    };
    for (const auto& [n, value] : headers)
        if (same(n, name)) return value;
    return {};
}

HttpClient::HttpClient(int timeoutMs) : HttpClient(HttpOptions{timeoutMs, {}, kMaxBody, nullptr}) {}

HttpClient::HttpClient(const HttpOptions& options) : handle_(std::make_unique<Handle>()), options_(options)
{
    initialiseCurl();
    handle_->curl = curl_easy_init();
    if (!handle_->curl) throw Error(ErrorKind::Internal, text::tr("The HTTP library could not be started."));
    CURL* curl = handle_->curl;
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, handle_->error);
    // Timeouts by alarm signals are not safe in a program with threads.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeoutMs));
    // Following a redirect would send the request a second time, elsewhere.
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    // A gateway that cannot prove who it is gets nothing, whatever else is set.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options_.caFile.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, options_.caFile.c_str());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Praklit");
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Exchange::write);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &Exchange::header);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, &Exchange::debug);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // only so the debug callback is called
    if (options_.cancel) {
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Exchange::progress);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    }
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

std::string HttpClient::withQuery(const std::string& url, const Parameters& query)
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
    return full;
}

HttpResponse HttpClient::get(const std::string& url, const Parameters& query, const Headers& headers)
{
    Exchange exchange;
    return perform(withQuery(url, query), headers, Method::Get, nullptr, exchange);
}

HttpResponse HttpClient::postJson(const std::string& url, const std::string& json, const Headers& headers)
{
    Headers all = headers;
    all.push_back("Content-Type: application/json; charset=utf-8");
    // Without it curl waits for "100 Continue" before a large body, a round
    // trip that some servers never answer.
    all.push_back("Expect:");
    Exchange exchange;
    return perform(url, all, Method::Post, &json, exchange);
}

HttpResponse HttpClient::deleteAt(const std::string& url, const Headers& headers)
{
    Exchange exchange;
    return perform(url, headers, Method::Delete, nullptr, exchange);
}

HttpResponse HttpClient::getToFile(const std::string& url, const Parameters& query, const Headers& headers,
                                   const std::filesystem::path& into, uint64_t maxBytes)
{
    Exchange exchange;
    exchange.into = &into;
    exchange.maxFile = std::min(maxBytes, kMaxDownload);
    auto response = perform(withQuery(url, query), headers, Method::Get, nullptr, exchange);
    if (exchange.file.is_open()) {
        exchange.file.close();
        if (exchange.file.fail() && response.failure == HttpFailure::None) {
            response.outcome = HttpOutcome::NoAnswer;
            response.failure = HttpFailure::CannotWrite;
            response.error = "cannot write " + into.string();
        }
    }
    const bool whole = response.outcome == HttpOutcome::Answered && response.status == 200;
    // An empty document writes nothing, and still is one.
    if (whole && !exchange.opened && !exchange.openFile()) {
        response.outcome = HttpOutcome::NoAnswer;
        response.failure = HttpFailure::CannotWrite;
        response.error = "cannot write " + into.string();
    } else if (whole) {
        exchange.file.close();
        response.bytes = static_cast<int64_t>(exchange.written);
        response.sha256 = exchange.digest->hex();
        return response;
    }
    std::error_code ignored;
    if (exchange.opened) std::filesystem::remove(into, ignored);
    return response;
}

HttpResponse HttpClient::perform(const std::string& url, const Headers& headers, Method method,
                                 const std::string* postBody, Exchange& exchange)
{
    std::lock_guard lock(mutex_);
    CURL* curl = handle_->curl;
    exchange.curl = curl;
    exchange.maxBody = options_.maxBody;
    exchange.cancel = options_.cancel;
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
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
    if (method == Method::Post) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, postBody->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(postBody->size()));
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
        if (method == Method::Delete) curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "DELETE");
    }
    if (exchange.into) {
        // A large document on a slow line may take longer than any answer
        // should: what fails it is a stall, not its length.
        const long stallSeconds = std::max(1L, static_cast<long>(options_.timeoutMs) / 1000);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 0L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.timeoutMs));
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, stallSeconds);
    }

    const CURLcode code = curl_easy_perform(curl);

    // The handle outlives this call; nothing of it may point at what dies here.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
    if (method == Method::Post) curl_easy_setopt(curl, CURLOPT_POSTFIELDS, nullptr);
    if (exchange.into) {
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeoutMs));
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 0L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 0L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 0L);
    }
    curl_slist_free_all(list);

    HttpResponse response;
    response.body = std::move(exchange.body);
    response.headers = std::move(exchange.headers);
    if (code == CURLE_OK) {
        response.outcome = HttpOutcome::Answered;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
        return response;
    }
    response.outcome = exchange.sent ? HttpOutcome::NoAnswer : HttpOutcome::NotSent;
    response.failure = exchange.failureOf(code);
    response.error = exchange.tooLong ? std::string("response longer than ") +
                                            std::to_string(exchange.into ? exchange.maxFile : exchange.maxBody) + " bytes"
                     : exchange.writeFailed && exchange.into ? "cannot write " + exchange.into->string()
                     : handle_->error[0]                     ? std::string(handle_->error)
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
