#include "domain/ConnectionUrl.h"
#include "domain/Error.h"
#include "text/Secrets.h"

#include <gtest/gtest.h>

using praklit::Error;
using praklit::ErrorKind;
using praklit::Backend;
using praklit::ConnectionUrl;

TEST(ConnectionUrl, Sqlite)
{
    const auto url = ConnectionUrl::parse("sqlite3://db=/tmp/office.db");
    EXPECT_EQ(url.backend(), Backend::SQLite);
    EXPECT_EQ(url.sqlitePath(), "/tmp/office.db");
    EXPECT_EQ(url.display(), "office.db (SQLite)");
    EXPECT_EQ(ConnectionUrl::parse("sqlite3://db=\"/tmp/My Office/o.db\"").sqlitePath(), "/tmp/My Office/o.db");
    EXPECT_EQ(ConnectionUrl::parse("sqlite3://db=/tmp/My Office/o.db").sqlitePath(), "/tmp/My Office/o.db");
    EXPECT_EQ(ConnectionUrl::sqliteFile("/a b/c.db").text(), "sqlite3://db=\"/a b/c.db\"");
}

TEST(ConnectionUrl, PostgresKeepsThePasswordOutOfItsText)
{
    auto url = ConnectionUrl::parse("postgresql://host=db.office port=5433 dbname=praklit user=ruth password='s3 cr\\'et'");
    EXPECT_EQ(url.backend(), Backend::PostgreSQL);
    EXPECT_EQ(url.get("password"), "s3 cr'et");
    EXPECT_EQ(url.text(), "postgresql://host=db.office port=5433 dbname=praklit user=ruth");
    EXPECT_EQ(url.withPassword(), "postgresql://host=db.office port=5433 dbname=praklit user=ruth password='s3 cr\\'et'");
    EXPECT_EQ(url.display(), "praklit @ db.office:5433 (PostgreSQL)");
    EXPECT_EQ(ConnectionUrl::parse(url.withPassword()).get("password"), "s3 cr'et");
}

TEST(ConnectionUrl, MalformedStringsGetOneSentence)
{
    for (const char* bad : {"", "office.db", "mysql://db=x", "sqlite3://", "sqlite3://db=", "sqlite3://db=\"/x",
                            "postgresql://", "postgresql://localhost/praklit", "postgresql://hots=x",
                            "postgresql://host", "postgresql://host=x port=abc", "postgresql://port=70000",
                            "postgresql://host='x"}) {
        try {
            ConnectionUrl::parse(bad);
            ADD_FAILURE() << bad;
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::InvalidInput) << bad;
            EXPECT_FALSE(std::string(e.what()).empty());
            EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
        }
    }
}

TEST(Secrets, PasswordsAreRedactedFromAnyLine)
{
    using praklit::text::redactSecrets;
    const std::pair<const char*, const char*> cases[] = {
        {"postgresql://host=db user=ruth password=s3cret dbname=p", "postgresql://host=db user=ruth password=*** dbname=p"},
        {"password = 's3 cr\\'et' host=db", "password = *** host=db"},
        {"sslpassword=k3y", "sslpassword=***"},
        {"PGPASSWORD=abc PRAKLIT_PASSWORD=\"a b\" praklit-cli", "PGPASSWORD=*** PRAKLIT_PASSWORD=*** praklit-cli"},
        {"praklit-cli --password hunter2 client list", "praklit-cli --password *** client list"},
        {"praklit-cli --password=hunter2", "praklit-cli --password=***"},
        {"praklit-cli --new-password \"a b c\" x", "praklit-cli --new-password *** x"},
        {"{\"password\": \"s3\\\"cret\", \"login\": \"ruth\"}", "{\"password\": ***, \"login\": \"ruth\"}"},
        {"postgresql://ruth:s3cret@db.office/praklit", "postgresql://ruth:***@db.office/praklit"},
        {"password='never closed", "password=***"},
        // Nothing secret: left as it was.
        {"praklit-cli --password-stdin user list", "praklit-cli --password-stdin user list"},
        {"read from PRAKLIT_PASSWORD.", "read from PRAKLIT_PASSWORD."},
        {"PWD=/home/ruth host=db.office:5432", "PWD=/home/ruth host=db.office:5432"},
        {"sqlite3://db=/tmp/office.db", "sqlite3://db=/tmp/office.db"},
        {"https://example.org:8443/path", "https://example.org:8443/path"},
        {"הסיסמה שגויה password=סוד", "הסיסמה שגויה password=***"},
    };
    for (const auto& [line, redacted] : cases) EXPECT_EQ(redactSecrets(line), redacted) << line;
}

TEST(ConnectionUrl, ItsSentencesNeverEchoThePassword)
{
    for (const char* bad : {"postgres://host=x password=Sod-Gadol", "postgresql://host=x password=Sod Gadol",
                            "postgresql://host=x password=Sod Gadol=1", "mysql://u:Sod-Gadol@x"}) {
        try {
            ConnectionUrl::parse(bad);
            ADD_FAILURE() << bad;
        } catch (const Error& e) {
            EXPECT_EQ(std::string(e.what()).find("Sod"), std::string::npos) << e.what();
            EXPECT_EQ(std::string(e.what()).find("Gadol"), std::string::npos) << e.what();
        }
    }
}

TEST(ConnectionUrl, AKeywordGivenTwiceTakesItsLastValueAsLibpqDoes)
{
    const auto url = ConnectionUrl::parse("postgresql://host=a port=5432 host=b sslmode=prefer sslmode=verify-full");
    EXPECT_EQ(url.get("host"), "b");
    EXPECT_EQ(url.get("sslmode"), "verify-full");
    EXPECT_EQ(url.text(), "postgresql://host=b port=5432 sslmode=verify-full");
}
