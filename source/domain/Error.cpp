#include "domain/Error.h"

namespace praklit {

Error::Error(ErrorKind kind, const std::string& sentence, std::string field)
    : std::runtime_error(sentence), kind_(kind), field_(std::move(field))
{
}

void invalid(const std::string& sentence, std::string field)
{
    throw Error(ErrorKind::InvalidInput, sentence, std::move(field));
}

void notFound(const std::string& sentence) { throw Error(ErrorKind::NotFound, sentence); }

} // namespace praklit
