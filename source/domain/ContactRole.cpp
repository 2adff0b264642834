#include "domain/ContactRole.h"

#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Translate.h"

namespace praklit {

const std::vector<std::string>& builtInRoleNames()
{
    // Kept in step with the seed rows of migration 0001 (a test checks it).
    static const std::vector<std::string> names{
        "רפרנט", "מנהל מחלקה", "מנכ\"ל", "מנהל כספים", "יועץ משפטי", "מזכירה", "מנהל משאבי אנוש", "בעלים",
        "שותף", "רואה חשבון"};
    return names;
}

std::string validatedRoleName(std::string name)
{
    name = cleanText(name, text::tr("Role"), 100, "role");
    if (name.empty()) invalid(text::tr("The role needs a name."), "role");
    return name;
}

} // namespace praklit
