#include "data/SettingsRepository.h"

#include <soci/soci.h>
#include <stdexcept>
#include <string>

namespace praklit::data {

int SettingsRepository::officeInt(const std::string& key, int fallback)
{
    const auto value = office(key);
    if (!value) return fallback;
    try {
        return std::stoi(*value);
    } catch (const std::exception&) {
        return fallback;
    }
}

std::optional<std::string> SettingsRepository::office(const std::string& key)
{
    std::string value;
    db_.sql() << "select value from office_settings where key = :k", soci::use(key), soci::into(value);
    if (!db_.sql().got_data()) return std::nullopt;
    return value;
}

void SettingsRepository::setOffice(const std::string& key, const std::string& value)
{
    soci::statement st = (db_.sql().prepare << "update office_settings set value = :v, version = version + 1 where key = :k",
                          soci::use(value), soci::use(key));
    st.execute(true);
    if (st.get_affected_rows() == 0)
        db_.sql() << "insert into office_settings (key, value) values (:k, :v)", soci::use(key), soci::use(value);
}

std::map<std::string, std::string> SettingsRepository::user(int64_t userId)
{
    std::map<std::string, std::string> out;
    std::string key, value;
    const long long id = userId;
    soci::statement st = (db_.sql().prepare << "select key, value from user_settings where user_id = :u", soci::use(id),
                          soci::into(key), soci::into(value));
    st.execute();
    while (st.fetch()) out[key] = value;
    return out;
}

void SettingsRepository::setUser(int64_t userId, const std::string& key, const std::string& value)
{
    const long long id = userId;
    soci::statement st =
        (db_.sql().prepare << "update user_settings set value = :v, version = version + 1 where user_id = :u and key = :k",
         soci::use(value), soci::use(id), soci::use(key));
    st.execute(true);
    if (st.get_affected_rows() == 0)
        db_.sql() << "insert into user_settings (user_id, key, value) values (:u, :k, :v)", soci::use(id), soci::use(key),
            soci::use(value);
}

} // namespace praklit::data
