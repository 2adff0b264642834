// Opening a database: only an empty one becomes an office, and only when
// asked; another program's database is left exactly as it was; a session
// that only reads writes nothing, and reads beside a writer.
#include "data/Database.h"
#include "domain/Error.h"
#include "services/ClientService.h"
#include "services/OfficeService.h"
#include "support/TestDatabase.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::TestDatabase;

namespace {

namespace fs = std::filesystem;

// Runs `open` and returns the sentence of the Error it must throw.
std::string refusal(ErrorKind kind, const std::function<void()>& open)
{
    try {
        open();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "it opened";
    return {};
}

} // namespace

TEST(Opening, AnotherProgramsDatabaseIsLeftExactlyAsItWas)
{
    TestDatabase t;
    t.raw("create table songs (id integer primary key, title text)");
    t.raw("insert into songs (id, title) values (1, 'ירושלים של זהב')");
    const std::string before = t.image();

    const auto url = t.url();
    const std::vector<std::function<void()>> attempts{
        [&] { data::Database::open(url, OpenMode::CreateIfMissing); },
        [&] { data::Database::open(url, OpenMode::MustExist); },
        [&] { data::Database::open(url, OpenMode::MustExist, data::MigrationPolicy::Apply, Access::ReadOnly); },
        [&] { services::OfficeSession::open(url, "ruth", OpenMode::CreateIfMissing); },
        [&] { services::OfficeService::init(url); },
        [&] { services::OfficeService::testConnection(url); },
    };
    for (const auto& attempt : attempts) {
        const auto sentence = refusal(ErrorKind::Database, attempt);
        EXPECT_NE(sentence.find("songs"), std::string::npos) << sentence;
        EXPECT_NE(sentence.find("changes nothing"), std::string::npos) << sentence;
    }
    EXPECT_EQ(t.tables(), std::vector<std::string>{"songs"});
    EXPECT_EQ(t.rawCount("select count(*) from songs"), 1);
    EXPECT_EQ(t.image(), before) << "not a byte changed, the journal mode included";
}

TEST(Opening, ATableNamedSchemaVersionDoesNotMakeAnOffice)
{
    TestDatabase t;
    t.raw("create table schema_version (version integer)");
    t.raw("create table entities (id integer)");
    t.raw("create table users (id integer)");
    refusal(ErrorKind::Database, [&] { services::OfficeService::init(t.url()); });
    EXPECT_EQ(t.tables(), (std::vector<std::string>{"entities", "schema_version", "users"}));
}

TEST(Opening, AnEmptyDatabaseBecomesAnOfficeOnlyWhenAsked)
{
    TestDatabase t;
    t.makeEmpty();
    const std::string empty = t.image();
    const auto sentence = refusal(ErrorKind::Database, [&] { data::Database::open(t.url(), OpenMode::MustExist); });
    EXPECT_NE(sentence.find("empty"), std::string::npos) << sentence;
    refusal(ErrorKind::Database, [&] {
        services::OfficeSession::open(t.url(), "ruth", OpenMode::MustExist, Access::ReadOnly);
    });
    EXPECT_TRUE(t.tables().empty());
    EXPECT_EQ(t.image(), empty);

    EXPECT_EQ(services::OfficeService::init(t.url()), data::Database::programSchemaVersion());
    EXPECT_FALSE(t.tables().empty());
    EXPECT_EQ(services::OfficeService::init(t.url()), data::Database::programSchemaVersion()) << "init twice is harmless";
}

TEST(Opening, AMissingFileIsNotCreatedByAnythingButCreate)
{
    if (!test::context().officeIsAFile()) GTEST_SKIP() << "an office in a file";
    TestDatabase t;
    refusal(ErrorKind::Database, [&] { data::Database::open(t.url(), OpenMode::MustExist); });
    refusal(ErrorKind::Database, [&] {
        services::OfficeSession::open(t.url(), "ruth", OpenMode::MustExist, Access::ReadOnly);
    });
    EXPECT_FALSE(fs::exists(t.url().sqlitePath()));
}

TEST(Opening, AReadOnlySessionWritesNothing)
{
    TestDatabase t;
    {
        auto office = t.open("ruth");
        Client c;
        c.lastName = "כהן";
        services::ClientService(*office).add(c);
    }
    const auto users = t.rawCount("select count(*) from users");
    const auto audits = t.rawCount("select count(*) from audit_log");

    auto ghost = services::OfficeSession::open(t.url(), "ghost", OpenMode::MustExist, Access::ReadOnly);
    EXPECT_EQ(ghost->user().id, 0) << "an unknown login on a read is nobody, not a new user";
    EXPECT_EQ(ghost->user().login, "ghost");
    refusal(ErrorKind::Forbidden, [&] { services::ClientService(*ghost).list(0, 10); }) ;

    auto reader = services::OfficeSession::open(t.url(), "ruth", OpenMode::MustExist, Access::ReadOnly);
    EXPECT_NE(reader->user().id, 0) << "a known login is that user";
    services::ClientService clients(*reader);
    EXPECT_EQ(clients.list(0, 10).size(), 1u);
    EXPECT_EQ(clients.find("כהן", 0, 10).size(), 1u);
    Client c;
    c.lastName = "לוי";
    refusal(ErrorKind::Database, [&] { clients.add(c); });
    EXPECT_EQ(t.rawCount("select count(*) from users"), users);
    EXPECT_EQ(t.rawCount("select count(*) from audit_log"), audits);
}

TEST(Opening, AReaderReadsBesideAWriter)
{
    TestDatabase t;
    auto writer = t.open("ruth");
    t.open("dana").reset(); // a user of the office before the write begins
    Client c;
    c.lastName = "כהן";
    services::ClientService(*writer).add(c);
    // A long write (a demo office being generated, an import) holds the write lock.
    writer->db().executeScript(t.context().beginWriting());
    writer->db().executeScript("insert into contact_roles (name, built_in) values ('שמאי', false)");

    auto reader = services::OfficeSession::open(t.url(), "dana", OpenMode::MustExist, Access::ReadOnly);
    EXPECT_EQ(services::ClientService(*reader).list(0, 10).size(), 1u);
    EXPECT_EQ(services::ClientService(*reader).roles().size(), 10u) << "the writer's uncommitted role is not seen";
    writer->db().executeScript("rollback");
}
