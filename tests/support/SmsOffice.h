#pragma once
// An office for the SMS tests: the module on, a letterhead, a person client
// with a landline, a mobile and a mobile marked "no SMS", a contact with a
// mobile, a contact who asked not to get SMS, and a case.
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "support/TestDatabase.h"

namespace praklit::test {

struct SmsOffice {
    TestDatabase db;
    std::unique_ptr<services::OfficeSession> admin = db.open("admin");
    int64_t client = 0, mobile = 0, landline = 0, blocked = 0, ruth = 0, ruthMobile = 0, quiet = 0, caseId = 0;

    SmsOffice()
    {
        services::SmsService(*admin).setModule(Module::Sms, true);
        Letterhead l;
        l.officeName = "כהן ושות'";
        l.phones = "03-5551234";
        l.vatNumber = "516179157";
        services::SettingsService(*admin).setLetterhead(l);
        services::ClientService clients(*admin);
        Client c;
        c.kind = EntityKind::Person;
        c.firstName = "משה";
        c.lastName = "כהן";
        client = clients.add(c).id;
        landline = clients.addPhone(client, PhoneType::Home, "03-6041234").id;
        mobile = clients.addPhone(client, PhoneType::Mobile, "050-1234567").id;
        blocked = clients.addPhone(client, PhoneType::Mobile, "054-7654321", true).id;
        Contact r;
        r.clientId = client;
        r.firstName = "רות";
        r.lastName = "לוי";
        ruth = clients.saveContact(r, "", std::string("052-2223333")).id;
        for (const auto& p : clients.card(client).contactPhones)
            if (p.contactId == ruth) ruthMobile = p.id;
        Contact q;
        q.clientId = client;
        q.lastName = "שקט";
        q.noSms = true;
        quiet = clients.saveContact(q, "", std::string("053-4445555")).id;
        Case k;
        k.clientId = client;
        k.subject = "תביעה";
        k.proceedingType = "ת\"א";
        k.courtNumber = "3036-11-17";
        caseId = services::CaseService(*admin).add(k).id;
    }

    services::SmsRequest to(std::vector<services::SmsTo> who, std::string body)
    {
        services::SmsRequest r;
        r.clientId = client;
        r.to = std::move(who);
        r.text = std::move(body);
        return r;
    }
};


} // namespace praklit::test
