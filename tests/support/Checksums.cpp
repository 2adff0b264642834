#include "support/Checksums.h"

#include "data/TableStream.h"

#include <functional>

namespace praklit::test {

std::map<std::string, std::pair<int64_t, std::string>> tableDigests(data::Database& db,
                                                                      const std::vector<std::string>& tables)
{
    std::map<std::string, std::pair<int64_t, std::string>> out;
    for (const auto& name : tables) {
        auto reader = data::readTable(db, data::officeTable(name));
        data::Row row;
        int64_t n = 0;
        std::string all;
        while (reader->next(row)) {
            ++n;
            for (const auto& v : row) all += v ? "V" + std::to_string(v->size()) + ":" + *v : std::string("N");
            all += "\n";
        }
        out[name] = {n, std::to_string(std::hash<std::string>{}(all))};
    }
    return out;
}

} // namespace praklit::test
