#pragma once
// The one HTTP client every gateway speaks through (libcurl). What it adds to
// curl is the question an exactly-once sender must ask of a failure: did any
// of the request leave this machine? "Not sent" is safe to try again; "no
// answer" may have been carried out.
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace praklit::integrations {

enum class HttpOutcome {
    Answered, // a whole response came back (any status)
    NotSent,  // nothing of the request was written: no such host, refused, connect timed out
    NoAnswer, // the request (or part of it) was written, no whole response came back
};

struct HttpResponse {
    HttpOutcome outcome = HttpOutcome::NotSent;
    long status = 0;   // the HTTP status when answered
    std::string body;  // as received, capped (kMaxBody)
    std::string error; // curl's own description when not answered, for the record
};

// One libcurl handle, kept for the client's life so its connections are
// reused (a dispatcher sends thousands). Calls from several threads are
// serialised; give each sending thread its own client for parallel sends.
class HttpClient {
public:
    using Parameters = std::vector<std::pair<std::string, std::string>>;
    using Headers = std::vector<std::string>; // "Name: value"

    // The whole exchange, connecting included, must end within `timeoutMs`.
    explicit HttpClient(int timeoutMs);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // GET `url` with `query` appended, each name and value URL-encoded.
    HttpResponse get(const std::string& url, const Parameters& query, const Headers& headers = {});
    // POST `json` as application/json.
    HttpResponse postJson(const std::string& url, const std::string& json, const Headers& headers = {});

    // `text` URL-encoded (RFC 3986: all but letters, digits and -._~).
    std::string escape(std::string_view text);

    // A response body longer than this is cut and counts as no answer: a
    // gateway's answers are a few lines, a longer one is not from a gateway.
    static constexpr size_t kMaxBody = 1 << 20;

private:
    struct Exchange;
    HttpResponse perform(const std::string& url, const Headers& headers, const std::string* postBody);

    std::mutex mutex_;
    struct Handle;
    std::unique_ptr<Handle> handle_;
    int timeoutMs_;
};

// Whether `url` is an http:// or https:// address with a host (curl's own
// parser, the one that will read it when it is used).
bool isHttpAddress(const std::string& url);
// Refuses (Error InvalidInput on `field`) an address that is not one:
// `sentence` is a msgid with {1} for the address.
void requireHttpAddress(const std::string& url, const char* sentence, const char* field);

} // namespace praklit::integrations
