#pragma once
// The court gateway's client (docs/court-gateway.md): signs in with the
// lawyer's card, reads a case's events page by page, streams documents to
// files and checks them. Shared by the sync's workers: each thread talks
// over its own connection, all of them under one signed-in session.
#include "integrations/HttpClient.h"
#include "services/ports/CourtGateway.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace praklit::integrations {

class CourtGatewayClient final : public services::CourtGateway {
public:
    // Throws praklit::Error(InvalidInput) when the address is not an https one.
    CourtGatewayClient(services::CourtGatewayConfig config, const std::atomic<bool>* cancel);
    ~CourtGatewayClient() override;

    void signIn(services::CardSession& card) override;
    services::CourtEvents events(const services::CourtCaseKey& key, const std::string& cursor) override;
    std::string download(const std::string& id, const std::string& sha256, const std::filesystem::path& into) override;
    void signOut() override;

    // The most events asked for in one page.
    static constexpr int kPageSize = 100;

private:
    // One request as sent with the session's current token ("" before any).
    using Request = std::function<HttpResponse(HttpClient& http, const std::string& token)>;
    struct ReadOptions {
        bool withSession = true;        // needs the bearer token; a 401 signs in again
        bool truncatedIsAnswer = false; // a body cut short goes back to the caller (a download's own tries)
    };

    HttpClient& http();
    std::string endpoint(const std::string& path) const;
    // Sends a read until it is answered with something other than a
    // temporary failure, a 429 or an expired session, and returns that.
    HttpResponse read(const Request& request, ReadOptions options);
    // The token for another try after the session with `seenGeneration`
    // ended: one thread signs in again, the others wait for it.
    void renew(uint64_t seenGeneration);
    // The whole sign-in with `card`: challenge, signature, session.
    std::string obtainToken(services::CardSession& card);
    // Waits in small steps, watching the cancel flag (CourtError Cancelled).
    void pause(std::chrono::milliseconds howLong) const;
    void checkCancelled() const;
    // Failures no try will mend: an untrusted gateway, an unreadable CA
    // file, the cancel flag, a file that cannot be written.
    void throwIfFinal(const HttpResponse& response) const;
    // How long a 429 asks to wait, or RateLimited when too long or too often.
    std::chrono::milliseconds waitAsked(const HttpResponse& response, int& times) const;
    [[noreturn]] void unavailable(const std::string& reason) const;
    [[noreturn]] void unexpected(const HttpResponse& response) const;

    services::CourtGatewayConfig config_;
    const std::atomic<bool>* cancel_;

    std::mutex clientsMutex_;
    std::map<std::thread::id, std::unique_ptr<HttpClient>> clients_;

    // The session, shared by every thread.
    mutable std::mutex sessionMutex_;
    std::condition_variable sessionChanged_;
    services::CardSession* card_ = nullptr;
    std::string token_;
    uint64_t generation_ = 0; // counts sign-ins: a 401 for an older one is already dealt with
    bool renewing_ = false;
    std::exception_ptr renewalError_; // why signing in again failed, for the threads that waited for it
    uint64_t failedGeneration_ = 0;
};

} // namespace praklit::integrations
