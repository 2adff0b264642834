#pragma once
#include "domain/Error.h"

#include <functional>

namespace praklit::test {

// The kind of Error `work` throws; Internal when it throws none.
inline ErrorKind kindOf(const std::function<void()>& work)
{
    try {
        work();
    } catch (const Error& e) {
        return e.kind();
    }
    return ErrorKind::Internal;
}

} // namespace praklit::test
