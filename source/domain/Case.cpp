#include "domain/Case.h"

#include "domain/CourtCaseNumber.h"
#include "domain/Dates.h"
#include "domain/Error.h"
#include "domain/Limits.h"
#include "text/Translate.h"


namespace praklit {

using text::tr;

std::string statusName(CaseStatus status)
{
    // TRANSLATORS: a case's status
    return status == CaseStatus::Open ? text::tr("Open") : text::tr("Closed");
}

std::string_view toString(CaseStatus status) { return status == CaseStatus::Open ? "open" : "closed"; }

std::optional<CaseStatus> parseCaseStatus(std::string_view text)
{
    if (text == "open") return CaseStatus::Open;
    if (text == "closed") return CaseStatus::Closed;
    return std::nullopt;
}

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
    if (!c.openedOn.empty()) c.openedOn = checkedDate(c.openedOn, "opened_on");
    if (!c.closedOn.empty()) c.closedOn = checkedDate(c.closedOn, "closed_on");
    if (!c.closedOn.empty() && !c.openedOn.empty() && c.closedOn < c.openedOn)
        invalid(tr("A case cannot close before it opened."), "closed_on");
    return c;
}

} // namespace praklit
