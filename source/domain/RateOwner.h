#pragma once

namespace praklit {

// Whose hourly rate: the case's wins over the client's over the user's.
enum class RateOwner { User, Client, Case };

} // namespace praklit
