// The SMS module's service on both backends: the module switch, recipients,
// messages saved now or scheduled, templates and their placeholders, the
// states a person moves a message through, the settings.
#include "domain/Error.h"
#include "services/CaseService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "services/SmsService.h"
#include "services/UserService.h"
#include "support/KindOf.h"
#include "support/SmsOffice.h"
#include "support/TestDatabase.h"
#include "text/Timestamp.h"

#include <gtest/gtest.h>

using namespace praklit;
using praklit::test::kindOf;
using praklit::test::TestDatabase;
using services::SmsRequest;
using services::SmsService;
using test::SmsOffice;


TEST(Sms, AModuleThatIsOffRefusesEverythingAndOnlyAnAdministratorTurnsItOn)
{
    TestDatabase db;
    auto admin = db.open("admin");
    SmsService sms(*admin);
    EXPECT_FALSE(sms.moduleOn(Module::Sms));
    EXPECT_EQ(kindOf([&] { sms.templates(); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.list(0, 0, std::nullopt); }), ErrorKind::InvalidInput);
    try {
        sms.recipients(1);
        ADD_FAILURE();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("System settings"), std::string::npos) << e.what();
    }
    auto lawyer = db.openAs("dan", kLawyers);
    EXPECT_EQ(kindOf([&] { SmsService(*lawyer).setModule(Module::Sms, true); }), ErrorKind::Forbidden);
    sms.setModule(Module::Sms, true);
    EXPECT_TRUE(sms.moduleOn(Module::Sms));
    EXPECT_FALSE(sms.moduleOn(Module::Court));
    EXPECT_TRUE(SmsService(*lawyer).templates().empty());
    EXPECT_EQ(db.rawCount("select count(*) from audit_log where table_name = 'office_settings' and changes like "
                          "'%module.sms%'"),
              1);
}

TEST(Sms, RecipientsAreMobilesFirstWithoutTheNumbersMarkedNoSms)
{
    SmsOffice o;
    const auto list = SmsService(*o.admin).recipients(o.client);
    ASSERT_EQ(list.size(), 3u); // own mobile, Ruth's mobile, the landline; not the blocked one nor the quiet contact
    EXPECT_EQ(list[0].phoneId, o.mobile);
    EXPECT_TRUE(list[0].preselected);
    EXPECT_TRUE(list[0].mobile);
    EXPECT_EQ(list[1].contactId, o.ruth);
    EXPECT_FALSE(list[1].preselected);
    EXPECT_EQ(list[2].phoneId, o.landline);
    EXPECT_FALSE(list[2].mobile);
}

TEST(Sms, EachRecipientGetsItsOwnMessageWithItsAuditRow)
{
    SmsOffice o;
    SmsService sms(*o.admin);
    auto r = o.to({{o.mobile, 0, {}, false}, {0, o.ruth, {}, false}, {0, 0, "058-9998877", false},
                   {0, 0, "0501234567", false}}, // the client's mobile again, typed: sent once
                  "שלום {first_name}, הדיון בתיק {case_number} נקבע.");
    r.caseId = o.caseId;
    const auto audit = o.db.rawCount("select count(*) from audit_log");
    const auto sent = sms.send(r);
    ASSERT_EQ(sent.size(), 3u);
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log"), audit + 3);
    EXPECT_EQ(sent[0].e164, "+972501234567");
    EXPECT_EQ(sent[0].text.find("שלום משה,"), 0u) << sent[0].text;
    EXPECT_EQ(sent[1].e164, "+972522223333");
    EXPECT_EQ(sent[1].contactId, o.ruth);
    EXPECT_EQ(sent[1].text.find("שלום רות,"), 0u) << sent[1].text;
    EXPECT_EQ(sent[2].e164, "+972589998877");
    for (const auto& m : sent) {
        EXPECT_EQ(m.state, SmsState::Scheduled);
        EXPECT_EQ(m.encoding, SmsEncoding::Ucs2);
        EXPECT_EQ(m.segments, 1);
        EXPECT_EQ(m.caseId, o.caseId);
        EXPECT_FALSE(m.caseNumber.empty());
        EXPECT_FALSE(m.senderName.empty());
    }
    EXPECT_EQ(sms.list(o.client, 0, std::nullopt).size(), 3u);
    EXPECT_EQ(sms.list(o.client, o.caseId, std::nullopt).size(), 3u);
    EXPECT_EQ(sms.list(0, 0, SmsState::Sent).size(), 0u);
    // Newest first, a page at a time.
    const auto first = sms.list(o.client, 0, std::nullopt, 0, 2);
    ASSERT_EQ(first.size(), 2u);
    EXPECT_GT(first[0].id, first[1].id);
    EXPECT_EQ(sms.list(o.client, 0, std::nullopt, first[1].id, 2).size(), 1u);
}

TEST(Sms, WhatCannotGetAnSmsIsRefusedBeforeAnythingIsSaved)
{
    SmsOffice o;
    SmsService sms(*o.admin);
    const auto count = [&] { return o.db.rawCount("select count(*) from sms_messages"); };
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{o.landline, 0, {}, false}}, "שלום")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{o.blocked, 0, {}, false}}, "שלום")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{0, 0, "054-7654321", false}}, "שלום")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{0, o.quiet, {}, false}}, "שלום")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{0, 0, "053-4445555", false}}, "שלום")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{0, 0, "03-1234567", false}}, "שלום")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{o.mobile, 0, {}, false}}, "   ")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({}, "שלום")); }), ErrorKind::InvalidInput);
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{o.mobile, 0, {}, false}}, "שלום {nobody}")); }), ErrorKind::InvalidInput);
    // One bad recipient refuses the whole send: nothing half-sent.
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{o.mobile, 0, {}, false}, {o.blocked, 0, {}, false}}, "שלום")); }),
              ErrorKind::InvalidInput);
    EXPECT_EQ(count(), 0);
    // A number of another client is not this client's to pick.
    SmsOffice other;
    (void)other;
    EXPECT_EQ(kindOf([&] { sms.send(o.to({{o.mobile + 1000, 0, {}, false}}, "שלום")); }), ErrorKind::NotFound);
}

TEST(Sms, AMissingPlaceholderValueIsShownAndNeverSentAsAHole)
{
    SmsOffice o;
    SmsService sms(*o.admin);
    const auto r = o.to({{o.mobile, 0, {}, false}}, "הדיון הבא: {next_hearing}");
    const auto preview = sms.preview(r);
    ASSERT_EQ(preview.size(), 1u);
    ASSERT_EQ(preview[0].missing.size(), 1u);
    EXPECT_EQ(preview[0].missing[0], "next_hearing");
    EXPECT_NE(preview[0].text.find("{next_hearing}"), std::string::npos);
    EXPECT_EQ(kindOf([&] { sms.send(r); }), ErrorKind::InvalidInput);
    // Without a case there is no case number either.
    EXPECT_EQ(sms.preview(o.to({{o.mobile, 0, {}, false}}, "{case_number}"))[0].missing.size(), 1u);
    EXPECT_EQ(o.db.rawCount("select count(*) from sms_messages"), 0);
}

TEST(Sms, TemplatesFillEveryPlaceholderAndRefuseUnknownOnes)
{
    SmsOffice o;
    SmsService sms(*o.admin);
    EXPECT_EQ(kindOf([&] { sms.saveTemplate({0, "שגוי", TemplateType::General, "שלום {client}", 0}); }),
              ErrorKind::InvalidInput);
    const auto t = sms.saveTemplate({0, "גבייה", TemplateType::ClientCollection,
                                     "{client_name} {first_name} {case_number} {court_case_number} {lawyer_name} "
                                     "{office_name} {office_phone} {balance}",
                                     0});
    EXPECT_EQ(kindOf([&] { sms.saveTemplate({0, "גבייה", TemplateType::General, "שלום", 0}); }), ErrorKind::Conflict);
    const auto filled = sms.fill(t.text, o.client, o.caseId);
    EXPECT_TRUE(filled.missing.empty()) << filled.missing.front();
    EXPECT_EQ(filled.text.find(services::ClientService(*o.admin).get(o.client).displayName() + " משה "), 0u) << filled.text;
    EXPECT_NE(filled.text.find("3036-11-17"), std::string::npos) << filled.text;
    EXPECT_NE(filled.text.find("כהן ושות'"), std::string::npos) << filled.text;
    EXPECT_NE(filled.text.find("03-5551234"), std::string::npos) << filled.text;
    EXPECT_EQ(filled.text.find('{'), std::string::npos) << filled.text;

    sms.saveTemplate({0, "כללי", TemplateType::None, "שלום", 0});
    sms.saveTemplate({0, "מס\"ב", TemplateType::DirectDebit, "החיוב יבוצע", 0});
    sms.saveTemplate({0, "חייבים", TemplateType::DebtorCollection, "לתשלום החוב", 0});
    EXPECT_EQ(sms.templates().size(), 4u);
    // The client card offers the general, client-collection, direct-debit and untyped ones.
    EXPECT_EQ(sms.templatesFor(services::SmsPlace::ClientCard).size(), 3u);
    EXPECT_EQ(sms.templatesFor(services::SmsPlace::DebtorCollection).size(), 2u);

    auto edited = sms.templateNamed("גבייה");
    edited.text = "יתרתך: {balance}";
    edited = sms.saveTemplate(edited);
    EXPECT_EQ(edited.version, 2);
    auto stale = edited;
    stale.version = 1;
    EXPECT_EQ(kindOf([&] { sms.saveTemplate(stale); }), ErrorKind::Conflict);
    sms.deleteTemplate(edited.id);
    EXPECT_EQ(kindOf([&] { sms.templateNamed("גבייה"); }), ErrorKind::NotFound);

    auto secretary = o.db.openAs("dina", "secretaries");
    EXPECT_NO_THROW(SmsService(*secretary).saveTemplate({0, "מזכירות", TemplateType::General, "שלום", 0}));
    auto lawyer = o.db.openAs("dan", kLawyers);
    EXPECT_EQ(kindOf([&] { SmsService(*lawyer).saveTemplate({0, "עו\"ד", TemplateType::General, "שלום", 0}); }),
              ErrorKind::Forbidden);
}

TEST(Sms, AScheduledMessageCanBeEditedOrCancelledAndAFailedOneResent)
{
    SmsOffice o;
    SmsService sms(*o.admin);
    auto r = o.to({{o.mobile, 0, {}, false}}, "תזכורת לפגישה");
    r.at = text::now() + std::chrono::hours(48);
    auto m = sms.send(r).at(0);
    EXPECT_EQ(m.state, SmsState::Scheduled);
    EXPECT_EQ(text::parseTimestamp(m.dueAt).value(), std::chrono::time_point_cast<std::chrono::microseconds>(*r.at));
    m = sms.edit(m.id, m.version, "תזכורת לפגישה מחר", text::now() + std::chrono::hours(24));
    EXPECT_EQ(m.text, "תזכורת לפגישה מחר");
    EXPECT_EQ(kindOf([&] { sms.edit(m.id, m.version - 1, "ישן", std::nullopt); }), ErrorKind::Conflict);
    m = sms.cancel(m.id, m.version);
    EXPECT_EQ(m.state, SmsState::Cancelled);
    EXPECT_EQ(kindOf([&] { sms.cancel(m.id, m.version); }), ErrorKind::Conflict);
    EXPECT_EQ(kindOf([&] { sms.edit(m.id, m.version, "אחר", std::nullopt); }), ErrorKind::Conflict);
    EXPECT_EQ(kindOf([&] { sms.resend(m.id, m.version); }), ErrorKind::Conflict);

    auto past = o.to({{o.mobile, 0, {}, false}}, "מאוחר");
    past.at = text::now() - std::chrono::hours(2);
    EXPECT_EQ(kindOf([&] { sms.send(past); }), ErrorKind::InvalidInput);

    auto failed = sms.send(o.to({{o.mobile, 0, {}, false}}, "נכשלה")).at(0);
    o.db.raw("update sms_messages set state = 'failed', attempts = 6, reason = 'x', version = version + 1 where id = " +
             std::to_string(failed.id));
    failed = sms.message(failed.id);
    const auto again = sms.resend(failed.id, failed.version);
    EXPECT_EQ(again.id, failed.id); // the same message, not a copy
    EXPECT_EQ(again.state, SmsState::Scheduled);
    EXPECT_EQ(again.attempts, 0);
    EXPECT_TRUE(again.reason.empty());
    EXPECT_EQ(o.db.rawCount("select count(*) from sms_messages"), 2);
}

TEST(Sms, TheHomeScreenShowsTodaysScheduledMessages)
{
    SmsOffice o;
    SmsService sms(*o.admin);
    sms.send(o.to({{o.mobile, 0, {}, false}}, "עכשיו"));
    auto later = o.to({{o.mobile, 0, {}, false}}, "בעוד שבוע");
    later.at = text::now() + std::chrono::hours(24 * 7);
    sms.send(later);
    const auto today = sms.scheduledToday();
    ASSERT_EQ(today.size(), 1u);
    EXPECT_EQ(today[0].text, "עכשיו");
}

TEST(Sms, SettingsAreTheOfficesAndNeverHoldTheSecret)
{
    SmsOffice o;
    SmsService sms(*o.admin);
    auto s = sms.settings();
    EXPECT_EQ(s.gateway.kind, services::SmsGatewayKind::Kannel);
    EXPECT_EQ(s.hours, SendingHours{});
    s.gateway.kind = services::SmsGatewayKind::Provider;
    s.gateway.url = "http://127.0.0.1:9/api";
    s.gateway.sender = "CohenLaw";
    s.gateway.secret = "top-secret-token";
    s.maxAttempts = 3;
    sms.saveSettings(s);
    const auto back = sms.settings();
    EXPECT_EQ(back.gateway.kind, services::SmsGatewayKind::Provider);
    EXPECT_EQ(back.gateway.sender, "CohenLaw");
    EXPECT_EQ(back.maxAttempts, 3);
    EXPECT_TRUE(back.gateway.secret.empty());
    EXPECT_EQ(o.db.rawCount("select count(*) from office_settings where value like '%top-secret%'"), 0);
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log where changes like '%top-secret%'"), 0);
    s.gateway.sender = "Cohen & Sons Law";
    EXPECT_EQ(kindOf([&] { sms.saveSettings(s); }), ErrorKind::InvalidInput);
    auto lawyer = o.db.openAs("dan", kLawyers);
    EXPECT_EQ(kindOf([&] { SmsService(*lawyer).saveSettings(back); }), ErrorKind::Forbidden);
}

TEST(Sms, ThePhoneAndContactNoSmsFlagsAreSavedAndAudited)
{
    SmsOffice o;
    services::ClientService clients(*o.admin);
    auto p = clients.phone(o.mobile);
    EXPECT_FALSE(p.noSms);
    p.noSms = true;
    p = clients.updatePhone(p, "050-1234567");
    EXPECT_TRUE(clients.phone(o.mobile).noSms);
    EXPECT_EQ(o.db.rawCount("select count(*) from audit_log where table_name = 'phones' and changes like '%no_sms%'"),
              4); // the three phones' inserts, and this change
    EXPECT_TRUE(SmsService(*o.admin).recipients(o.client)[0].contactId == o.ruth);
    const auto card = clients.card(o.client);
    for (const auto& c : card.contacts) {
        if (c.id == o.quiet) {
            EXPECT_TRUE(c.noSms);
        }
    }
}
