#include "domain/Case.h"

#include "domain/CourtCaseNumber.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Translate.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace praklit {

using text::tr;

std::string_view toString(CaseStatus status) { return status == CaseStatus::Open ? "open" : "closed"; }

std::optional<CaseStatus> parseCaseStatus(std::string_view text)
{
    if (text == "open") return CaseStatus::Open;
    if (text == "closed") return CaseStatus::Closed;
    return std::nullopt;
}

namespace {
bool isDate(const std::string& text)
{
    if (text.size() != 10) return false;
    try {
        return !boost::gregorian::from_simple_string(text).is_special();
    } catch (const std::exception&) {
        return false;
    }
}
} // namespace

Case validated(Case c)
{
    c.internalNumber = cleanText(c.internalNumber, tr("Case number"), 50, "internal_number");
    c.subject = cleanText(c.subject, tr("Subject"), kMaxLineLength, "subject");
    c.court = cleanText(c.court, tr("Court"), kMaxNameLength, "court");
    c.proceedingType = cleanText(c.proceedingType, tr("Proceeding type"), 30, "proceeding_type");
    c.courtNumber = cleanText(c.courtNumber, tr("Court case number"), 50, "court_number");
    if (c.subject.empty()) invalid(tr("The case needs a subject."), "subject");
    if (!c.courtNumber.empty()) {
        const auto number = CourtCaseNumber::parse(c.courtNumber);
        if (!number)
            invalid(tr("The court case number must look like 12345-01-24 (number-month-year) or 2904/14."),
                    "court_number");
        if (!number->proceedingType().empty() && c.proceedingType.empty()) c.proceedingType = number->proceedingType();
        c.courtNumber = number->number();
    }
    if (!c.openedOn.empty() && !isDate(c.openedOn)) invalid(tr("The opening date must be a date (yyyy-mm-dd)."), "opened_on");
    if (!c.closedOn.empty() && !isDate(c.closedOn)) invalid(tr("The closing date must be a date (yyyy-mm-dd)."), "closed_on");
    if (!c.closedOn.empty() && !c.openedOn.empty() && c.closedOn < c.openedOn)
        invalid(tr("A case cannot close before it opened."), "closed_on");
    return c;
}

} // namespace praklit
