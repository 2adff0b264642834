// The office server over TLS: sslmode=verify-full with the office's own
// certificate authority connects, and the session really is encrypted; a
// certificate signed by another authority, or made out for another name,
// is refused with one sentence that says which. Needs the server
// scripts/postgres-server starts (its CA in PRAKLIT_TEST_POSTGRESQL_CA, a
// CA that did not sign it in PRAKLIT_TEST_POSTGRESQL_WRONG_CA).
#include "data/Database.h"
#include "domain/Error.h"
#include "services/ClientService.h"
#include "support/TestDatabase.h"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <soci/soci.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

std::string certificateFile(const char* variable)
{
    const char* file = std::getenv(variable);
    if (!file || !*file) {
        ADD_FAILURE() << variable << " is not set: run the tests through scripts/test, or start "
                      << "scripts/postgres-server and point it at DIR/ca.crt";
        return {};
    }
    EXPECT_TRUE(std::filesystem::is_regular_file(file)) << file;
    return file;
}

// The test's schema on the server, asked for with verify-full against `ca`.
ConnectionUrl verified(const TestDatabase& t, const std::string& ca)
{
    auto url = t.url();
    url.set("sslmode", "verify-full");
    url.set("sslrootcert", ca);
    return url;
}

int encrypted(data::Database& db)
{
    int ssl = -1;
    db.guarded([&] { db.sql() << "select case when ssl then 1 else 0 end from pg_stat_ssl where pid = pg_backend_pid()", soci::into(ssl); });
    return ssl;
}

std::string refusal(const ConnectionUrl& url)
{
    try {
        data::Database::open(url, OpenMode::CreateIfMissing);
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Database) << e.what();
        const std::string sentence = e.what();
        EXPECT_EQ(sentence.find('\n'), std::string::npos) << "one sentence, not libpq's lines: " << sentence;
        EXPECT_EQ(sentence.find("SSL error"), std::string::npos) << sentence;
        EXPECT_EQ(sentence.find("The database reported an error"), std::string::npos) << sentence;
        return sentence;
    }
    ADD_FAILURE() << "it connected: " << url.text();
    return {};
}

bool has(const std::string& sentence, const std::string& part) { return sentence.find(part) != std::string::npos; }

} // namespace

TEST(Tls, VerifyFullWithTheOfficesAuthorityConnectsEncrypted)
{
    ASSERT_EQ(test::backendUnderTest(), Backend::PostgreSQL) << "registered for the server only";
    TestDatabase t;
    const auto ca = certificateFile("PRAKLIT_TEST_POSTGRESQL_CA");
    ASSERT_FALSE(ca.empty());
    for (const char* host : {"127.0.0.1", "localhost"}) {
        auto url = verified(t, ca);
        url.set("host", host);
        auto office = services::OfficeSession::open(url, "tester", OpenMode::CreateIfMissing);
        EXPECT_EQ(encrypted(office->db()), 1) << host;
        // The office works through it: a write and a read.
        services::ClientService clients(*office);
        Client c;
        c.kind = EntityKind::Person;
        c.lastName = "כהן";
        c.firstName = "רות";
        const auto id = clients.add(c).id;
        EXPECT_EQ(clients.get(id).lastName, "כהן") << host;
    }
}

TEST(Tls, TheOtherTestsConnectionsAreEncryptedTooByDefault)
{
    TestDatabase t;
    auto db = data::Database::open(t.url(), OpenMode::CreateIfMissing);
    EXPECT_EQ(encrypted(*db), 1) << "libpq's default sslmode=prefer takes the server's TLS";
}

TEST(Tls, ACertificateOfAnotherAuthorityIsRefusedWithOneSentence)
{
    TestDatabase t;
    const auto wrong = certificateFile("PRAKLIT_TEST_POSTGRESQL_WRONG_CA");
    ASSERT_FALSE(wrong.empty());
    const auto sentence = refusal(verified(t, wrong));
    EXPECT_TRUE(has(sentence, "is not signed by the certificate authority in")) << sentence;
    EXPECT_TRUE(has(sentence, wrong)) << "names the file it checked against: " << sentence;
    EXPECT_TRUE(t.tables().empty()) << "nothing was made on the server";
}

TEST(Tls, ACertificateForAnotherNameIsRefusedWithItsOwnSentence)
{
    TestDatabase t;
    const auto ca = certificateFile("PRAKLIT_TEST_POSTGRESQL_CA");
    ASSERT_FALSE(ca.empty());
    // hostaddr reaches the same server; libpq checks the certificate against host.
    for (const char* name : {"127.0.0.2", "office-server.invalid"}) {
        auto url = verified(t, ca);
        url.set("hostaddr", "127.0.0.1");
        url.set("host", name);
        const auto sentence = refusal(url);
        EXPECT_TRUE(has(sentence, "is not made out for the name")) << sentence;
        EXPECT_TRUE(has(sentence, name)) << sentence;
        EXPECT_FALSE(has(sentence, "certificate authority in")) << "not the wrong-authority sentence: " << sentence;
    }
}

TEST(Tls, AMissingAuthorityFileIsNamed)
{
    TestDatabase t;
    const auto sentence = refusal(verified(t, "/nonexistent/praklit-ca.crt"));
    EXPECT_TRUE(has(sentence, "There is no certificate authority file")) << sentence;
    EXPECT_TRUE(has(sentence, "/nonexistent/praklit-ca.crt")) << sentence;
}
