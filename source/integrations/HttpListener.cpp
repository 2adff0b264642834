#include "integrations/HttpListener.h"

#include "domain/Error.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <boost/asio.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <thread>

namespace praklit::integrations {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::map<std::string, std::string> parseQuery(const std::string& query)
{
    std::map<std::string, std::string> values;
    size_t start = 0;
    while (start <= query.size()) {
        size_t end = query.find('&', start);
        if (end == std::string::npos) end = query.size();
        const std::string pair = query.substr(start, end - start);
        if (!pair.empty()) {
            const auto equals = pair.find('=');
            if (equals == std::string::npos)
                values.emplace(urlDecode(pair), std::string());
            else
                values.emplace(urlDecode(pair.substr(0, equals)), urlDecode(pair.substr(equals + 1)));
        }
        start = end + 1;
    }
    return values;
}

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// The head of a request, or the status to refuse it with.
struct Head {
    HttpRequest request;
    size_t contentLength = 0;
    bool keepAlive = true;
    int refusal = 0;
};

Head parseHead(const std::string& text)
{
    Head head;
    size_t lineEnd = text.find("\r\n");
    const std::string requestLine = text.substr(0, lineEnd);
    const auto space1 = requestLine.find(' ');
    const auto space2 = space1 == std::string::npos ? std::string::npos : requestLine.find(' ', space1 + 1);
    if (space2 == std::string::npos) {
        head.refusal = 400;
        return head;
    }
    head.request.method = requestLine.substr(0, space1);
    const std::string target = requestLine.substr(space1 + 1, space2 - space1 - 1);
    const std::string version = requestLine.substr(space2 + 1);
    if (version.rfind("HTTP/1.", 0) != 0) {
        head.refusal = 400;
        return head;
    }
    const auto question = target.find('?');
    head.request.path = target.substr(0, question);
    if (question != std::string::npos) head.request.query = parseQuery(target.substr(question + 1));

    while (lineEnd != std::string::npos && lineEnd + 2 < text.size()) {
        const size_t start = lineEnd + 2;
        lineEnd = text.find("\r\n", start);
        const std::string line = text.substr(start, lineEnd == std::string::npos ? std::string::npos : lineEnd - start);
        if (line.empty()) break;
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            head.refusal = 400;
            return head;
        }
        head.request.headers.emplace(lower(trimmed(line.substr(0, colon))), trimmed(line.substr(colon + 1)));
    }

    const auto& headers = head.request.headers;
    const auto connection = headers.find("connection");
    const std::string connectionValue = connection == headers.end() ? std::string() : lower(connection->second);
    head.keepAlive = version == "HTTP/1.0" ? connectionValue == "keep-alive" : connectionValue != "close";
    if (headers.count("transfer-encoding")) {
        head.refusal = 501; // chunked bodies: no gateway sends them
        head.keepAlive = false;
        return head;
    }
    if (const auto length = headers.find("content-length"); length != headers.end()) {
        const std::string& value = length->second;
        unsigned long long parsed = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec != std::errc() || end != value.data() + value.size()) {
            head.refusal = 400;
            head.keepAlive = false;
        } else if (parsed > HttpListener::kMaxBody) {
            head.refusal = 413;
            head.keepAlive = false;
        } else {
            head.contentLength = static_cast<size_t>(parsed);
        }
    }
    return head;
}

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(tcp::socket socket, const HttpListener::Handler& handler)
        : socket_(std::move(socket)), timer_(socket_.get_executor()), buffer_(HttpListener::kMaxHead), handler_(handler)
    {
    }

    void start() { readHead(); }

private:
    // Re-armed for each read and each write. A wait that had already expired
    // when re-armed still completes without error: the expiry, not the error
    // code, says whether this connection has been quiet too long.
    void watch()
    {
        timer_.expires_after(std::chrono::seconds(HttpListener::kIdleSeconds));
        timer_.async_wait([self = shared_from_this()](const error_code& ec) {
            if (!ec && self->timer_.expiry() <= asio::steady_timer::clock_type::now()) self->close();
        });
    }

    void close()
    {
        error_code ignored;
        timer_.cancel();
        socket_.shutdown(tcp::socket::shutdown_both, ignored);
        socket_.close(ignored);
    }

    void readHead()
    {
        watch();
        asio::async_read_until(socket_, buffer_, "\r\n\r\n", [self = shared_from_this()](const error_code& ec, size_t length) {
            if (ec == asio::error::not_found) {
                self->reply({431, "Request head too long\n"}, false);
                return;
            }
            if (ec) {
                self->close();
                return;
            }
            const auto data = self->buffer_.data();
            const std::string text(asio::buffers_begin(data), asio::buffers_begin(data) + static_cast<std::ptrdiff_t>(length));
            self->buffer_.consume(length);
            self->head_ = parseHead(text);
            if (self->head_.refusal) {
                self->reply({self->head_.refusal, std::string(reasonPhrase(self->head_.refusal)) + "\n"}, false);
                return;
            }
            self->readBody();
        });
    }

    void readBody()
    {
        auto& body = head_.request.body;
        const size_t wanted = head_.contentLength;
        const size_t buffered = std::min(buffer_.size(), wanted);
        const auto data = buffer_.data();
        body.assign(asio::buffers_begin(data), asio::buffers_begin(data) + static_cast<std::ptrdiff_t>(buffered));
        buffer_.consume(buffered);
        if (buffered == wanted) {
            answer();
            return;
        }
        body.resize(wanted);
        asio::async_read(socket_, asio::buffer(&body[buffered], wanted - buffered),
                         [self = shared_from_this()](const error_code& ec, size_t) {
                             if (ec) {
                                 self->close();
                                 return;
                             }
                             self->answer();
                         });
    }

    void answer()
    {
        HttpReply result;
        try {
            result = handler_(head_.request);
        } catch (const std::exception& e) {
            result = {500, std::string(e.what()) + "\n"};
        } catch (...) {
            result = {500, "Internal Server Error\n"};
        }
        reply(result, head_.keepAlive);
    }

    void reply(const HttpReply& result, bool keepAlive)
    {
        out_ = "HTTP/1.1 " + std::to_string(result.status) + " " + reasonPhrase(result.status) + "\r\n";
        out_ += "Content-Type: " + result.contentType + "\r\n";
        out_ += "Content-Length: " + std::to_string(result.body.size()) + "\r\n";
        out_ += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out_ += result.body;
        watch(); // time spent in the handler is not the client's silence
        asio::async_write(socket_, asio::buffer(out_), [self = shared_from_this(), keepAlive](const error_code& ec, size_t) {
            if (ec || !keepAlive) {
                self->close();
                return;
            }
            self->head_ = {};
            self->readHead();
        });
    }

    tcp::socket socket_;
    asio::steady_timer timer_;
    asio::streambuf buffer_;
    const HttpListener::Handler& handler_;
    Head head_;
    std::string out_;
};

// "host:port", "[v6]:port", ":port".
std::pair<std::string, std::string> splitAddress(const std::string& address)
{
    if (!address.empty() && address.front() == '[') {
        const auto close = address.find(']');
        if (close == std::string::npos || close + 1 >= address.size() || address[close + 1] != ':') return {};
        return {address.substr(1, close - 1), address.substr(close + 2)};
    }
    const auto colon = address.rfind(':');
    if (colon == std::string::npos) return {};
    return {address.substr(0, colon), address.substr(colon + 1)};
}

[[noreturn]] void cannotListen(const std::string& address, const std::string& why)
{
    throw Error(ErrorKind::OutsideService,
                text::format(text::tr("Praklit cannot listen on {1} for delivery reports: {2}."), text::ltr(address), why),
                "listen_address");
}

} // namespace

std::string urlDecode(const std::string& text)
{
    std::string decoded;
    decoded.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            decoded += ' ';
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            decoded += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            decoded += c;
        }
    }
    return decoded;
}

struct HttpListener::Server {
    asio::io_context io;
    tcp::acceptor acceptor{io};
    Handler handler;
    std::thread thread;

    void accept()
    {
        acceptor.async_accept([this](const error_code& ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted) return;
            if (!ec) std::make_shared<Connection>(std::move(socket), handler)->start();
            accept();
        });
    }
};

HttpListener::HttpListener(const std::string& address, Handler handler) : server_(std::make_unique<Server>())
{
    server_->handler = std::move(handler);
    auto [host, port] = splitAddress(address);
    if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos)
        cannotListen(address, text::tr("the address is not host:port"));
    if (host.empty()) host = "0.0.0.0";

    error_code ec;
    tcp::resolver resolver(server_->io);
    const auto endpoints = resolver.resolve(host, port, tcp::resolver::passive | tcp::resolver::numeric_service, ec);
    if (ec) cannotListen(address, ec.message());
    auto& acceptor = server_->acceptor;
    std::string why;
    for (const auto& entry : endpoints) {
        error_code attempt;
        acceptor.open(entry.endpoint().protocol(), attempt);
#ifndef _WIN32
        // POSIX: rebinding a port whose old connections linger. (On Windows the
        // same option lets two programs share a port: left off there.)
        if (!attempt) acceptor.set_option(tcp::acceptor::reuse_address(true), attempt);
#endif
        if (!attempt) acceptor.bind(entry.endpoint(), attempt);
        if (!attempt) acceptor.listen(asio::socket_base::max_listen_connections, attempt);
        if (!attempt) break;
        why = attempt.message();
        error_code ignored;
        acceptor.close(ignored);
    }
    if (!acceptor.is_open()) cannotListen(address, why.empty() ? text::tr("no such address") : why);

    server_->accept();
    server_->thread = std::thread([server = server_.get()] { server->io.run(); });
}

HttpListener::~HttpListener()
{
    server_->io.stop();
    if (server_->thread.joinable()) server_->thread.join();
}

std::string HttpListener::address() const
{
    error_code ec;
    const auto endpoint = server_->acceptor.local_endpoint(ec);
    const auto host = endpoint.address().to_string();
    const auto port = std::to_string(endpoint.port());
    return endpoint.address().is_v6() ? "[" + host + "]:" + port : host + ":" + port;
}

unsigned short HttpListener::port() const
{
    error_code ec;
    return server_->acceptor.local_endpoint(ec).port();
}

} // namespace praklit::integrations
