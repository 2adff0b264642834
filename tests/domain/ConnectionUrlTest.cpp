#include "domain/ConnectionUrl.h"
#include "domain/Error.h"

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
