#pragma once
// A small HTTP/1.1 server for what gateways push back (delivery reports):
// one thread of its own, requests read whole (headers and a Content-Length
// body) and handed to one handler, keep-alive as the client asks. Not a web
// server: no chunked bodies, no TLS, no files.
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace praklit::integrations {

struct HttpRequest {
    std::string method;                        // "GET", as sent
    std::string path;                          // before '?', still encoded
    std::map<std::string, std::string> query;  // decoded ('+' and %XX); the first of a repeated name
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
};

struct HttpReply {
    int status = 200;
    std::string body;
    std::string contentType = "text/plain; charset=utf-8";
};

class HttpListener {
public:
    // Called on the listener's thread, one request at a time; what it throws
    // is answered 500.
    using Handler = std::function<HttpReply(const HttpRequest&)>;

    // Listens on `address`, "host:port" ("[::1]:port" for IPv6; an empty host
    // for every address); port 0 picks a free one. Throws
    // praklit::Error(OutsideService) when the address cannot be bound.
    HttpListener(const std::string& address, Handler handler);
    // Stops listening; a handler running finishes first.
    ~HttpListener();
    HttpListener(const HttpListener&) = delete;
    HttpListener& operator=(const HttpListener&) = delete;

    // The address bound, "host:port" with the port chosen.
    std::string address() const;
    unsigned short port() const;

    // Limits on what a client may send.
    static constexpr size_t kMaxHead = 16 * 1024;
    static constexpr size_t kMaxBody = 1 << 20;
    static constexpr int kIdleSeconds = 30; // a connection quiet this long is closed

private:
    struct Server;
    std::unique_ptr<Server> server_;
};

// %XX and '+' decoded, as in a query string; a malformed escape is kept as written.
std::string urlDecode(const std::string& text);

} // namespace praklit::integrations
