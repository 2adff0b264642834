#include "domain/ClientSummary.h"

#include "text/Format.h"
#include "text/Translate.h"

namespace praklit {

std::string_view toString(SearchMatch match)
{
    switch (match) {
    case SearchMatch::Listed: return "listed";
    case SearchMatch::NameStart: return "name_start";
    case SearchMatch::WordStart: return "word_start";
    case SearchMatch::Inside: return "inside";
    case SearchMatch::Forgiving: return "forgiving";
    }
    return "listed";
}

std::string listedName(const ClientSummary& client)
{
    if (client.match != SearchMatch::Forgiving) return client.displayName;
    // TRANSLATORS: a client on the search list found by another spelling of what was typed (דויד for דוד, cohen for כהן)
    return text::format(text::tr("{1} (similar spelling)"), client.displayName);
}

} // namespace praklit
