#include "support/TestDatabase.h"

#include "data/Database.h"

#include <atomic>
#include <fstream>
#include <iterator>
#include <cstdlib>
#include <gtest/gtest.h>
#include <random>
#include <soci/soci.h>
#include <stdexcept>
#include <unistd.h>

namespace praklit::test {

namespace fs = std::filesystem;

std::string uniqueName(const char* prefix)
{
    static std::atomic<int> counter{0};
    static const auto salt = std::random_device{}();
    return std::string(prefix) + std::to_string(getpid()) + "_" + std::to_string(salt % 100000) + "_" +
           std::to_string(counter++);
}

std::string bytesOf(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TempDir::TempDir() : path_(fs::temp_directory_path() / uniqueName("praklit-test-"))
{
    fs::create_directories(path_);
}

TempDir::~TempDir()
{
    std::error_code ec;
    // A test may have made files read-only; give the bits back first.
    for (auto& entry : fs::recursive_directory_iterator(path_, ec))
        fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

TestDatabase::TestDatabase(Backend backend) : url_(contextOf(backend).create(dir_.path(), schema_)) {}

TestDatabase::~TestDatabase()
{
    if (schema_.empty()) return;
    try {
        context().drop(schema_);
    } catch (const std::exception&) {
        // Left for the server's folder to be removed with it.
    }
}

void TestDatabase::raw(const std::string& sql) { *context().connect(url_) << sql; }

int64_t TestDatabase::rawCount(const std::string& sql)
{
    long long n = 0;
    *context().connect(url_) << sql, soci::into(n);
    return n;
}

std::vector<std::string> TestDatabase::tables()
{
    auto s = context().connect(url_);
    std::vector<std::string> out;
    std::string name;
    soci::statement st = (s->prepare << context().tablesQuery(), soci::into(name));
    st.execute();
    while (st.fetch()) out.push_back(name);
    return out;
}

std::vector<std::string> TestDatabase::indexes()
{
    auto s = context().connect(url_);
    std::vector<std::string> out;
    std::string name;
    soci::statement st = (s->prepare << context().indexesQuery(), soci::into(name));
    st.execute();
    while (st.fetch()) out.push_back(name);
    return out;
}

std::unique_ptr<services::OfficeSession> TestDatabase::open(const std::string& login)
{
    return services::OfficeSession::open(url_, login, OpenMode::CreateIfMissing);
}

std::unique_ptr<services::OfficeSession> TestDatabase::openAs(const std::string& login, const std::string& groupKey)
{
    open(login).reset();
    raw("update users set group_id = (select id from user_groups where key = '" + groupKey + "') where login = '" +
        login + "'");
    return open(login);
}

} // namespace praklit::test
