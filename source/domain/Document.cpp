#include "domain/Document.h"

#include <cctype>

#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Translate.h"

namespace praklit {

std::string validatedDocumentName(std::string name)
{
    name = cleanText(name, text::tr("Document name"), 255, "name");
    if (name.empty() || name == "." || name == "..")
        invalid(text::tr("The document needs a name."), "name");
    if (name.find_first_of("/\\:*?\"<>|") != std::string::npos)
        invalid(text::tr("A document name cannot contain / \\ : * ? \" < > |."), "name");
    return name;
}

std::string courtFileStem(const std::string& courtDocumentId)
{
    std::string stem = "court-";
    for (const char ch : courtDocumentId) stem += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
    return stem;
}

} // namespace praklit
