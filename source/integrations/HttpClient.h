#pragma once
// The one HTTP client every gateway speaks through (libcurl). What it adds to
// curl is the question an exactly-once sender must ask of a failure: did any
// of the request leave this machine? "Not sent" is safe to try again; "no
// answer" may have been carried out.
#include <atomic>
#include <cstdint>
#include <filesystem>
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

// Why a request was not answered, where the caller acts on it differently
// from "try again later".
enum class HttpFailure {
    None,
    Untrusted,   // the https server's certificate is not trusted: another CA, another host's, out of date
    CaFile,      // the CA file the client was given cannot be read
    TooLong,     // the body passed the cap
    Truncated,   // the connection ended before the body its Content-Length announced
    CannotWrite, // the file the body goes to could not be written
    Cancelled,   // the caller's cancel flag was raised during the transfer
    Other,       // refused, timed out, dropped: temporary as far as anyone can tell
};

struct HttpResponse {
    HttpOutcome outcome = HttpOutcome::NotSent;
    long status = 0;   // the HTTP status when answered
    std::string body;  // as received, capped (HttpOptions::maxBody); for getToFile only when not 200
    std::string error; // curl's own description when not answered, for the record
    HttpFailure failure = HttpFailure::None;
    // The final response's headers, in order, names as sent.
    std::vector<std::pair<std::string, std::string>> headers{};
    // getToFile, when 200: the bytes written and their SHA-256 (lowercase hex).
    int64_t bytes = 0;
    std::string sha256{};

    // The first header of that name (case-insensitive); empty when none.
    std::string header(std::string_view name) const;
};

struct HttpOptions {
    // The whole exchange, connecting included, must end within this; a
    // download to a file instead fails when it stalls this long.
    int timeoutMs = 30000;
    // The PEM file of the CA(s) an https server's certificate must chain to;
    // empty: the system's. The peer and its host name are always checked.
    std::string caFile;
    // A body longer than this is cut and counts as no answer.
    size_t maxBody = size_t{1} << 20;
    // When raised, a transfer under way stops (HttpFailure::Cancelled).
    const std::atomic<bool>* cancel = nullptr;
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
    explicit HttpClient(const HttpOptions& options);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // GET `url` with `query` appended, each name and value URL-encoded.
    HttpResponse get(const std::string& url, const Parameters& query, const Headers& headers = {});
    // POST `json` as application/json.
    HttpResponse postJson(const std::string& url, const std::string& json, const Headers& headers = {});
    // DELETE `url`.
    HttpResponse deleteAt(const std::string& url, const Headers& headers = {});
    // GET `url` with the body of a 200 streamed to `into` (created or
    // truncated) as it arrives, its SHA-256 computed on the way, so a large
    // document is never held in memory. `into` is left only after a whole
    // 200 answer; any other status's body comes back in `body` as usual.
    HttpResponse getToFile(const std::string& url, const Parameters& query, const Headers& headers,
                           const std::filesystem::path& into, uint64_t maxBytes = kMaxDownload);

    // `text` URL-encoded (RFC 3986: all but letters, digits and -._~).
    std::string escape(std::string_view text);

    // A response body longer than this is cut and counts as no answer: a
    // gateway's answers are a few lines, a longer one is not from a gateway.
    static constexpr size_t kMaxBody = 1 << 20;
    // No court document comes near this; a body past it is not a document.
    static constexpr uint64_t kMaxDownload = uint64_t{1} << 30;

private:
    struct Exchange;
    enum class Method { Get, Post, Delete };
    HttpResponse perform(const std::string& url, const Headers& headers, Method method, const std::string* postBody,
                         Exchange& exchange);
    std::string withQuery(const std::string& url, const Parameters& query);

    std::mutex mutex_;
    struct Handle;
    std::unique_ptr<Handle> handle_;
    HttpOptions options_;
};

// Whether `url` is an http:// or https:// address with a host (curl's own
// parser, the one that will read it when it is used).
bool isHttpAddress(const std::string& url);
// Refuses (Error InvalidInput on `field`) an address that is not one:
// `sentence` is a msgid with {1} for the address.
void requireHttpAddress(const std::string& url, const char* sentence, const char* field);

} // namespace praklit::integrations
