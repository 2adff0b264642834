#include "support/FakeCourtGateway.h"

#include "integrations/HttpClient.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace praklit::test {

using nlohmann::json;

namespace {

const std::string kFake = std::string(PRAKLIT_FAKES_DIR) + "/court-gateway";
const std::string kPkiScript = std::string(PRAKLIT_SCRIPTS_DIR) + "/court-pki";

bool onPath(const std::string& program)
{
    const char* path = std::getenv("PATH");
    std::stringstream folders(path ? path : "");
    for (std::string folder; std::getline(folders, folder, ':');)
        if (!folder.empty() && ::access((folder + "/" + program).c_str(), X_OK) == 0) return true;
    return false;
}

// Runs a program to its end; throws when it fails.
void run(const std::vector<std::string>& argv, int seconds = 60)
{
    ChildProcess child(argv);
    const int code = child.wait(seconds);
    if (code != 0) throw std::runtime_error(argv[1] + " ended with " + std::to_string(code));
}

std::filesystem::path freshFolder(const std::string& name)
{
    static int counter = 0;
    auto dir = std::filesystem::temp_directory_path() /
               ("praklit-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// Makes the certificates in `dir`.
void makePki(const std::filesystem::path& dir)
{
    run({"/usr/bin/env", "bash", kPkiScript, dir.string()});
    const auto card = [&](const std::string& name, const std::string& ca, bool expired) {
        std::vector<std::string> argv{PRAKLIT_PYTHON3, kFake, "card", dir.string(), "--ca", (dir / ca).string(),
                                      "--name", name};
        if (expired) argv.push_back("--expired");
        run(argv);
    };
    card("card", "ca", false);
    card("stranger", "other-ca", false);
    card("expired", "ca", true);
    std::ofstream(dir / "complete") << "made by tests/support/FakeCourtGateway\n";
}

// The RSA keys take seconds to make, and ctest runs each test in a process
// of its own: the PKI is kept in the build tree and made again once it is a
// week old (the cards' certificates are good for a year). Two processes
// that both find none each make one, and the first to rename it in wins.
CourtPki madePki()
{
    const std::filesystem::path dir = PRAKLIT_TEST_PKI_DIR;
    const auto recent = [&] {
        std::error_code missing;
        const auto made = std::filesystem::last_write_time(dir / "complete", missing);
        return !missing && std::filesystem::file_time_type::clock::now() - made < std::chrono::hours(24 * 7);
    };
    if (recent()) return {dir};

    std::filesystem::create_directories(dir.parent_path());
    const auto fresh = dir.parent_path() / (dir.filename().string() + ".new-" + std::to_string(::getpid()));
    std::filesystem::remove_all(fresh);
    std::filesystem::create_directories(fresh);
    makePki(fresh);
    std::error_code ec;
    if (!recent()) std::filesystem::remove_all(dir, ec); // the old one, unless another process has just made it
    std::filesystem::rename(fresh, dir, ec);
    if (ec) std::filesystem::remove_all(fresh, ec); // another process was first: its PKI serves
    return {dir};
}

} // namespace

std::string FakeCourtGateway::unavailable()
{
    if (::access(PRAKLIT_PYTHON3, X_OK) != 0) return std::string("Python 3 is not at ") + PRAKLIT_PYTHON3;
    if (!onPath("openssl")) return "the openssl command is not installed";
    if (!onPath("bash")) return "bash is not installed";
    return {};
}

const CourtPki& FakeCourtGateway::pki()
{
    static const CourtPki made = madePki();
    return made;
}

FakeCourtGateway::FakeCourtGateway(FakeCourtOptions options)
{
    const auto& certificates = pki();
    dir_ = freshFolder("court-gateway");
    run({PRAKLIT_PYTHON3, kFake, "generate", dir_.string(), "--cases", std::to_string(options.cases), "--events",
         std::to_string(options.events), "--seed", std::to_string(options.seed), "--pdf-size",
         std::to_string(options.pdfSize)});
    std::ifstream in(dir_ / "cases.json");
    data_ = json::parse(in);
    untrusted_ = options.untrustedCertificate;
    const std::string server = options.untrustedCertificate ? "untrusted-server" : "server";
    process_ = std::make_unique<ChildProcess>(std::vector<std::string>{
        PRAKLIT_PYTHON3, kFake, "serve", "--port", "0", "--state-dir", dir_.string(), "--data", dir_.string(),
        "--cert", (certificates.dir / (server + ".crt")).string(), "--key",
        (certificates.dir / (server + ".key")).string(), "--client-ca",
        options.clientCa.empty() ? certificates.caFile().string() : options.clientCa,
        "--max-page", std::to_string(options.maxPage), "--token-seconds", std::to_string(options.tokenSeconds)});
    port_ = std::stoi(process_->readLine());
}

FakeCourtGateway::~FakeCourtGateway()
{
    process_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

std::string FakeCourtGateway::url() const { return "https://127.0.0.1:" + std::to_string(port_); }

namespace {

// The fake's own endpoints, over the same TLS as its protocol.
json ask(const std::string& address, const std::string& caFile, const json* body)
{
    integrations::HttpClient http(integrations::HttpOptions{10000, caFile, integrations::HttpClient::kMaxBody, nullptr});
    const auto response = body ? http.postJson(address, body->dump()) : http.get(address, {});
    EXPECT_EQ(response.outcome, integrations::HttpOutcome::Answered) << response.error;
    EXPECT_EQ(response.status, 200) << response.body;
    return json::parse(response.body, nullptr, false);
}

} // namespace

// Checked against the CA the fake serves with, the untrusted one included.
json FakeCourtGateway::control(const json& body) const
{
    return ask(url() + "/_control", (untrusted_ ? pki().otherCaFile() : pki().caFile()).string(), &body);
}

json FakeCourtGateway::stats() const
{
    return ask(url() + "/_stats", (untrusted_ ? pki().otherCaFile() : pki().caFile()).string(), nullptr);
}

} // namespace praklit::test
