#include "domain/Error.h"
#include "domain/Sms.h"

#include <functional>
#include <gtest/gtest.h>
#include <map>

using namespace praklit;

namespace {

std::string repeated(const std::string& piece, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

const std::string kAlef = "א";
const std::string kEmoji = "😀"; // U+1F600, a surrogate pair in UTF-16

// The sentence of the Error(InvalidInput) the action must throw.
std::string refusal(const std::function<void()>& action, const std::string& field)
{
    try {
        action();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_EQ(e.field(), field);
        return e.what();
    }
    ADD_FAILURE() << "not refused";
    return {};
}

} // namespace

TEST(SmsCount, PlainGsmFillsOneMessageAt160)
{
    const auto count = countSms(repeated("a", 160));
    EXPECT_EQ(count.encoding, SmsEncoding::Gsm7);
    EXPECT_EQ(count.units, 160);
    EXPECT_EQ(count.segments, 1);
    EXPECT_EQ(count.perSegment, 160);
    EXPECT_EQ(count.remaining, 0);
}

TEST(SmsCount, PlainGsmAt161TakesTwoParts)
{
    const auto count = countSms(repeated("a", 161));
    EXPECT_EQ(count.segments, 2);
    EXPECT_EQ(count.perSegment, 153);
    EXPECT_EQ(count.remaining, 153 - 8); // 153 + 8
}

TEST(SmsCount, PlainGsmAt306And307)
{
    EXPECT_EQ(countSms(repeated("a", 306)).segments, 2);
    EXPECT_EQ(countSms(repeated("a", 306)).remaining, 0);
    EXPECT_EQ(countSms(repeated("a", 307)).segments, 3);
    EXPECT_EQ(countSms(repeated("a", 307)).remaining, 152);
}

TEST(SmsCount, ExtensionCharactersTakeTwoSeptets)
{
    const auto count = countSms(repeated("a", 159) + "€");
    EXPECT_EQ(count.encoding, SmsEncoding::Gsm7);
    EXPECT_EQ(count.characters, 160);
    EXPECT_EQ(count.units, 161);
    EXPECT_EQ(count.segments, 2);
    EXPECT_EQ(countSms("{[~]}^|\\").units, 16);
    EXPECT_EQ(countSms("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà\n\r").encoding,
              SmsEncoding::Gsm7);
    EXPECT_EQ(countSms("`").encoding, SmsEncoding::Ucs2); // not in GSM 03.38
}

TEST(SmsCount, AnEscapeIsNeverSplitAcrossParts)
{
    // 306 septets divide into two parts of 153, but the escape would sit at
    // the end of the first part and its character at the start of the second.
    const auto count = countSms(repeated("a", 152) + "€" + repeated("a", 152));
    EXPECT_EQ(count.units, 306);
    EXPECT_EQ(count.segments, 3);
    EXPECT_EQ(count.remaining, 153 - 1);
}

TEST(SmsCount, HebrewAt70And71)
{
    const auto one = countSms(repeated(kAlef, 70));
    EXPECT_EQ(one.encoding, SmsEncoding::Ucs2);
    EXPECT_EQ(one.segments, 1);
    EXPECT_EQ(one.perSegment, 70);
    EXPECT_EQ(one.remaining, 0);
    const auto two = countSms(repeated(kAlef, 71));
    EXPECT_EQ(two.segments, 2);
    EXPECT_EQ(two.perSegment, 67);
    EXPECT_EQ(two.remaining, 67 - 4);
}

TEST(SmsCount, HebrewAt134And135)
{
    EXPECT_EQ(countSms(repeated(kAlef, 134)).segments, 2);
    EXPECT_EQ(countSms(repeated(kAlef, 134)).remaining, 0);
    EXPECT_EQ(countSms(repeated(kAlef, 135)).segments, 3);
}

TEST(SmsCount, OneHebrewLetterMakesTheWholeTextUcs2)
{
    const auto count = countSms("Hello דנה, see you at 10:00");
    EXPECT_EQ(count.encoding, SmsEncoding::Ucs2);
    EXPECT_EQ(count.characters, 27);
    EXPECT_EQ(count.units, 27);
    EXPECT_EQ(count.segments, 1);
    EXPECT_EQ(count.remaining, 70 - 27);
}

TEST(SmsCount, AnEmojiIsTwoUnitsAndNeverSplit)
{
    const auto count = countSms(repeated(kAlef, 69) + kEmoji);
    EXPECT_EQ(count.characters, 70);
    EXPECT_EQ(count.units, 71);
    EXPECT_EQ(count.segments, 2);
    // 134 units divide into two parts of 67, but the pair would straddle them.
    const auto straddling = countSms(repeated(kAlef, 66) + kEmoji + repeated(kAlef, 66));
    EXPECT_EQ(straddling.units, 134);
    EXPECT_EQ(straddling.segments, 3);
}

TEST(SmsCount, CharactersAreCodePoints)
{
    EXPECT_EQ(countSms("שלום 😀").characters, 6);
    EXPECT_EQ(countSms("שלום 😀").units, 7);
    EXPECT_EQ(countSms("abc€").characters, 4);
}

TEST(SmsCount, AnEmptyTextIsNoMessage)
{
    const auto count = countSms("");
    EXPECT_EQ(count.segments, 0);
    EXPECT_EQ(count.perSegment, 160);
    EXPECT_EQ(count.remaining, 160);
}

TEST(SmsText, EmptyOrTooLongIsRefused)
{
    refusal([] { checkSmsText(""); }, "text");
    refusal([] { checkSmsText("  \n \u2067 "); }, "text");
    refusal([] { checkSmsText(repeated(kAlef, 67 * kMaxSmsSegments + 1)); }, "text");
    EXPECT_NO_THROW(checkSmsText(repeated(kAlef, 67 * kMaxSmsSegments)));
    EXPECT_NO_THROW(checkSmsText("שלום"));
}

TEST(SmsNames, KeysRoundTrip)
{
    for (auto state : {SmsState::Scheduled, SmsState::Sending, SmsState::Sent, SmsState::Delivered, SmsState::Failed,
                       SmsState::Cancelled}) {
        EXPECT_EQ(parseSmsState(toString(state)), state);
        EXPECT_FALSE(stateName(state).empty());
    }
    for (auto type : {TemplateType::None, TemplateType::General, TemplateType::ClientCollection,
                      TemplateType::DebtorCollection, TemplateType::DirectDebit}) {
        EXPECT_EQ(parseTemplateType(toString(type)), type);
        EXPECT_FALSE(typeName(type).empty());
    }
    EXPECT_EQ(toString(TemplateType::ClientCollection), "client-collection");
    EXPECT_EQ(parseSmsEncoding(toString(SmsEncoding::Ucs2)), SmsEncoding::Ucs2);
    EXPECT_EQ(parseSmsState("lost"), std::nullopt);
}

TEST(SmsTemplate, EveryPlaceholderIsFilled)
{
    std::map<std::string, std::string> values;
    std::string text;
    for (auto placeholder : kSmsPlaceholders) {
        values[std::string(placeholder)] = "<" + std::string(placeholder) + ">";
        text += "{" + std::string(placeholder) + "} ";
    }
    const auto filled = fillPlaceholders(text, values);
    EXPECT_TRUE(filled.missing.empty());
    EXPECT_EQ(filled.text.find('{'), std::string::npos);
    EXPECT_NE(filled.text.find("<court_case_number>"), std::string::npos);
    EXPECT_EQ(fillPlaceholders("שלום {first_name}, הדיון ב-{next_hearing}.",
                               {{"first_name", "דנה"}, {"next_hearing", "1/12/2026"}})
                  .text,
              "שלום דנה, הדיון ב-1/12/2026.");
    EXPECT_TRUE(unknownPlaceholders(text).empty());
}

TEST(SmsTemplate, AnUnknownPlaceholderIsRefusedByName)
{
    EXPECT_EQ(unknownPlaceholders("{foo} {client_name} {bar} {foo}"), (std::vector<std::string>{"foo", "bar"}));
    SmsTemplate t;
    t.name = "תזכורת";
    t.text = "שלום {client_name}, {foo}";
    const auto sentence = refusal([&] { validated(t); }, "text");
    EXPECT_NE(sentence.find("{foo}"), std::string::npos) << sentence;
    t.text = "שלום {client_name}";
    EXPECT_EQ(validated(t).text, t.text);
}

TEST(SmsTemplate, NameAndTextAreRequired)
{
    SmsTemplate t;
    t.text = "שלום";
    refusal([&] { validated(t); }, "name");
    t.name = std::string(101, 'x');
    refusal([&] { validated(t); }, "name");
    t.name = "תזכורת";
    t.text = "  ";
    refusal([&] { validated(t); }, "text");
    // A template may be longer than a message: the values decide.
    t.text = repeated(kAlef, 67 * kMaxSmsSegments + 1);
    EXPECT_NO_THROW(validated(t));
}

TEST(SmsTemplate, AMissingValueIsNamedAndLeftAsWritten)
{
    const auto filled = fillPlaceholders("{client_name}: {balance} ₪, {balance}", {{"client_name", "דנה"}, {"balance", ""}});
    EXPECT_EQ(filled.text, "דנה: {balance} ₪, {balance}");
    EXPECT_EQ(filled.missing, (std::vector<std::string>{"balance"}));
    EXPECT_FALSE(placeholderName("balance").empty());
    EXPECT_NE(placeholderName("balance"), "balance");
}

TEST(SmsTemplate, ABraceWithoutItsCloseIsText)
{
    EXPECT_TRUE(unknownPlaceholders("a { b").empty());
    EXPECT_TRUE(unknownPlaceholders("{client_name").empty());
    EXPECT_EQ(unknownPlaceholders("{ {client_name} {x"), std::vector<std::string>{});
    const auto filled = fillPlaceholders("{ {client_name} {", {{"client_name", "דנה"}});
    EXPECT_EQ(filled.text, "{ דנה {");
    EXPECT_TRUE(filled.missing.empty());
}

TEST(SmsNumber, AnIsraeliMobileIsE164)
{
    EXPECT_EQ(smsNumber("050-1234567"), "+972501234567");
    EXPECT_TRUE(isMobileNumber("+972501234567"));
}

TEST(SmsNumber, ALandlineIsRefused)
{
    const auto sentence = refusal([] { smsNumber("03-1234567"); }, "to");
    EXPECT_NE(sentence.find("03-123-4567"), std::string::npos) << sentence;
    EXPECT_FALSE(isMobileNumber("+97231234567"));
    refusal([] { smsNumber("123"); }, "to");
}

TEST(SmsNumber, AForeignMobileIsAccepted)
{
    EXPECT_EQ(smsNumber("+44 7911 123456"), "+447911123456");
    EXPECT_TRUE(isMobileNumber("+447911123456"));
}

TEST(SmsNumber, ANewMobileRangeNeedsConfirming)
{
    // 055-1234567: a mobile's shape in a range the metadata does not list.
    refusal([] { smsNumber("055-1234567"); }, "to");
    EXPECT_EQ(smsNumber("055-1234567", true), "+972551234567");
    EXPECT_FALSE(isMobileNumber("+972551234567"));
    refusal([] { smsNumber("03-1234567", true); }, "to");
}
