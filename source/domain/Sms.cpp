#include "domain/Sms.h"

#include "domain/Error.h"
#include "domain/Limits.h"
#include "domain/Phone.h"
#include "text/Bidi.h"
#include "text/Translate.h"

#include <algorithm>
#include <limits>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace praklit {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Calls fn(code point) for each character; a byte that is not UTF-8 counts
// as U+FFFD, which is what a phone would show for it.
template <typename Fn>
void forEachCodePoint(std::string_view utf8, Fn fn)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        fn(c < 0 ? 0xFFFD : c);
    }
}

// GSM 03.38's extension table: sent as ESC and the character, two septets.
bool isGsmExtension(UChar32 c)
{
    switch (c) {
    case '^': case '{': case '}': case '\\': case '[': case '~': case ']': case '|': case 0x20AC: // €
    case '\f':
        return true;
    default:
        return false;
    }
}

// GSM 03.38's basic table. ASCII but for the backtick and the characters the
// extension table holds; then the Latin and Greek letters it adds.
bool isGsmBasic(UChar32 c)
{
    if (c == '\n' || c == '\r') return true;
    if (c >= 0x20 && c <= 0x7E) return c != '`' && !isGsmExtension(c);
    static constexpr UChar32 kBeyondAscii[] = {
        0xA3, 0xA5, 0xE8, 0xE9, 0xF9, 0xEC, 0xF2, 0xC7, 0xD8, 0xF8, 0xC5, 0xE5,           // £¥èéùìòÇØøÅå
        0x394, 0x3A6, 0x393, 0x39B, 0x3A9, 0x3A0, 0x3A8, 0x3A3, 0x398, 0x39E,            // ΔΦΓΛΩΠΨΣΘΞ
        0xC6, 0xE6, 0xDF, 0xC9, 0xA4, 0xA1, 0xC4, 0xD6, 0xD1, 0xDC, 0xA7,                // ÆæßÉ¤¡ÄÖÑÜ§
        0xBF, 0xE4, 0xF6, 0xF1, 0xFC, 0xE0,                                              // ¿äöñüà
    };
    return std::find(std::begin(kBeyondAscii), std::end(kBeyondAscii), c) != std::end(kBeyondAscii);
}

bool isWhiteOrBidiControl(UChar32 c)
{
    return u_isUWhiteSpace(c) || u_charType(c) == U_FORMAT_CHAR;
}

// The text trimmed, refused when nothing is left: what a message and a
// template share. No length here: the parts a message takes are its limit.
std::string cleanedSmsText(std::string_view utf8)
{
    std::string cleaned = cleanText(utf8, text::tr("Message text"), std::numeric_limits<std::size_t>::max(), "text", true);
    bool empty = true;
    forEachCodePoint(cleaned, [&](UChar32 c) { empty = empty && isWhiteOrBidiControl(c); });
    if (empty) invalid(text::tr("The message has no text: write what to send."), "text");
    return cleaned;
}

// A placeholder is '{', a name with neither brace nor line break in it, and
// '}'. Calls fn(offset, length, name) for each, in order.
template <typename Fn>
void forEachPlaceholder(std::string_view text, Fn fn)
{
    for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const size_t end = text.find_first_of("{}\n\r", open + 1);
        if (end == std::string_view::npos) return;
        if (text[end] != '}' || end == open + 1) continue; // an inner '{' may start the real one
        fn(open, end + 1 - open, text.substr(open + 1, end - open - 1));
    }
}

bool isKnownPlaceholder(std::string_view name)
{
    return std::find(std::begin(kSmsPlaceholders), std::end(kSmsPlaceholders), name) != std::end(kSmsPlaceholders);
}

// An Israeli mobile number by its shape (05X and seven digits) in a range
// libphonenumber's metadata does not list yet.
bool looksLikeNewIsraeliMobile(const PhoneNumber& number)
{
    const auto* util = PhoneNumberUtil::GetInstance();
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    return number.country_code() == 972 && national.size() == 9 && national[0] == '5' &&
           util->GetNumberType(number) == PhoneNumberUtil::UNKNOWN;
}

} // namespace

std::string_view toString(SmsEncoding encoding)
{
    return encoding == SmsEncoding::Ucs2 ? "ucs2" : "gsm7";
}

std::optional<SmsEncoding> parseSmsEncoding(std::string_view text)
{
    if (text == "gsm7") return SmsEncoding::Gsm7;
    if (text == "ucs2") return SmsEncoding::Ucs2;
    return std::nullopt;
}

SmsCount countSms(std::string_view utf8)
{
    SmsCount count;
    bool gsm = true;
    forEachCodePoint(utf8, [&](UChar32 c) {
        ++count.characters;
        gsm = gsm && (isGsmBasic(c) || isGsmExtension(c));
    });
    if (count.characters == 0) return count;
    count.encoding = gsm ? SmsEncoding::Gsm7 : SmsEncoding::Ucs2;
    auto cost = [gsm](UChar32 c) -> int64_t { return gsm ? (isGsmExtension(c) ? 2 : 1) : U16_LENGTH(c); };
    forEachCodePoint(utf8, [&](UChar32 c) { count.units += cost(c); });

    const int64_t single = gsm ? 160 : 70;
    if (count.units <= single) {
        count.segments = 1;
        count.perSegment = single;
        count.remaining = single - count.units;
        return count;
    }
    // Each part of a long message loses room to the header that joins the
    // parts, and a pair (escape + character, or two surrogates) that does not
    // fit moves whole to the next part: packed, not divided.
    const int64_t part = gsm ? 153 : 67;
    int64_t used = 0;
    count.segments = 1;
    forEachCodePoint(utf8, [&](UChar32 c) {
        const int64_t units = cost(c);
        if (used + units > part) {
            ++count.segments;
            used = 0;
        }
        used += units;
    });
    count.perSegment = part;
    count.remaining = part - used;
    return count;
}

void checkSmsText(std::string_view utf8)
{
    cleanedSmsText(utf8);
    const auto count = countSms(utf8);
    if (count.segments > kMaxSmsSegments)
        invalid(text::format(text::tr("The message is too long: it takes {1} parts; at most {2} can be sent."),
                             count.segments, kMaxSmsSegments),
                "text");
}

std::string_view toString(SmsState state)
{
    switch (state) {
    case SmsState::Scheduled: return "scheduled";
    case SmsState::Sending: return "sending";
    case SmsState::Sent: return "sent";
    case SmsState::Delivered: return "delivered";
    case SmsState::Failed: return "failed";
    case SmsState::Cancelled: return "cancelled";
    }
    return "scheduled";
}

std::optional<SmsState> parseSmsState(std::string_view text)
{
    for (auto state : {SmsState::Scheduled, SmsState::Sending, SmsState::Sent, SmsState::Delivered, SmsState::Failed,
                       SmsState::Cancelled})
        if (toString(state) == text) return state;
    return std::nullopt;
}

std::string stateName(SmsState state)
{
    switch (state) {
    // TRANSLATORS: an SMS message's state: waiting for its time to go out
    case SmsState::Scheduled: return text::tr("Scheduled");
    // TRANSLATORS: an SMS message's state: being handed to the gateway
    case SmsState::Sending: return text::tr("Sending");
    // TRANSLATORS: an SMS message's state: the gateway took it
    case SmsState::Sent: return text::tr("Sent");
    // TRANSLATORS: an SMS message's state: the recipient's phone received it
    case SmsState::Delivered: return text::tr("Delivered");
    // TRANSLATORS: an SMS message's state: it could not be sent
    case SmsState::Failed: return text::tr("Failed");
    // TRANSLATORS: an SMS message's state. "Cancelled" alone is a transaction
    // account's state, whose Hebrew is of another gender.
    case SmsState::Cancelled: return text::tr("Cancelled before sending");
    }
    return {};
}

std::string_view toString(TemplateType type)
{
    switch (type) {
    case TemplateType::None: return "none";
    case TemplateType::General: return "general";
    case TemplateType::ClientCollection: return "client-collection";
    case TemplateType::DebtorCollection: return "debtor-collection";
    case TemplateType::DirectDebit: return "direct-debit";
    }
    return "none";
}

std::optional<TemplateType> parseTemplateType(std::string_view text)
{
    for (auto type : {TemplateType::None, TemplateType::General, TemplateType::ClientCollection,
                      TemplateType::DebtorCollection, TemplateType::DirectDebit})
        if (toString(type) == text) return type;
    return std::nullopt;
}

std::string typeName(TemplateType type)
{
    switch (type) {
    // TRANSLATORS: an SMS template's type: offered everywhere
    case TemplateType::None: return text::tr("No type");
    // TRANSLATORS: an SMS template's type
    case TemplateType::General: return text::tr("General");
    // TRANSLATORS: an SMS template's type: asking clients to pay the office
    case TemplateType::ClientCollection: return text::tr("Collection from clients");
    // TRANSLATORS: an SMS template's type: asking a client's debtors to pay
    case TemplateType::DebtorCollection: return text::tr("Collection from debtors");
    // TRANSLATORS: an SMS template's type: payments by direct debit (מס"ב)
    case TemplateType::DirectDebit: return text::tr("Direct debit payments");
    }
    return {};
}

std::vector<std::string> unknownPlaceholders(std::string_view text)
{
    std::vector<std::string> unknown;
    forEachPlaceholder(text, [&](size_t, size_t, std::string_view name) {
        if (!isKnownPlaceholder(name) && std::find(unknown.begin(), unknown.end(), name) == unknown.end())
            unknown.emplace_back(name);
    });
    return unknown;
}

SmsTemplate validated(SmsTemplate t)
{
    t.name = cleanText(t.name, text::tr("Name"), 100, "name");
    if (t.name.empty()) invalid(text::tr("A template needs a name."), "name");
    // Only emptiness here: the values put in later decide the length sent.
    t.text = cleanedSmsText(t.text);
    const auto unknown = unknownPlaceholders(t.text);
    if (!unknown.empty())
        invalid(text::format(text::tr("The template names {1}, which is not a placeholder Praklit knows."),
                             "{" + unknown.front() + "}"),
                "text");
    return t;
}

FilledText fillPlaceholders(std::string_view text, const std::map<std::string, std::string>& values)
{
    FilledText filled;
    size_t copied = 0;
    forEachPlaceholder(text, [&](size_t offset, size_t length, std::string_view name) {
        const auto value = values.find(std::string(name));
        if (value == values.end() || value->second.empty()) {
            if (std::find(filled.missing.begin(), filled.missing.end(), name) == filled.missing.end())
                filled.missing.emplace_back(name);
            return;
        }
        filled.text.append(text.substr(copied, offset - copied));
        filled.text += value->second;
        copied = offset + length;
    });
    filled.text.append(text.substr(copied));
    return filled;
}

std::string placeholderName(std::string_view placeholder)
{
    // TRANSLATORS: names of SMS template placeholders, read in "missing" sentences
    if (placeholder == "client_name") return text::tr("client name");
    if (placeholder == "first_name") return text::tr("client's first name");
    if (placeholder == "case_number") return text::tr("case number");
    if (placeholder == "court_case_number") return text::tr("court case number");
    if (placeholder == "next_hearing") return text::tr("next hearing");
    if (placeholder == "lawyer_name") return text::tr("lawyer's name");
    if (placeholder == "office_name") return text::tr("office name");
    if (placeholder == "office_phone") return text::tr("office phone");
    if (placeholder == "balance") return text::tr("balance due");
    return std::string(placeholder);
}

std::string smsNumber(std::string_view typed, bool confirmed)
{
    const auto* util = PhoneNumberUtil::GetInstance();
    std::string e164;
    try {
        e164 = parsePhoneNumber(typed);
    } catch (const Error& refused) {
        // parsePhoneNumber refuses what the metadata does not know; a new
        // mobile range is one of those, and the sender may know better.
        PhoneNumber number;
        if (util->Parse(text::withoutBidiControls(typed), "IL", &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
            !looksLikeNewIsraeliMobile(number))
            invalid(refused.what(), "to");
        util->Format(number, PhoneNumberUtil::E164, &e164);
    }
    if (isMobileNumber(e164)) return e164;
    PhoneNumber number;
    util->Parse(e164, "IL", &number);
    const std::string shown = text::ltr(displayPhoneNumber(e164));
    if (!looksLikeNewIsraeliMobile(number))
        invalid(text::format(text::tr("{1} is not a mobile number: an SMS cannot reach it."), shown), "to");
    if (!confirmed)
        invalid(text::format(text::tr("{1} looks like a number in a new mobile range that Praklit does not know "
                                      "yet; confirm it to send the message to it."),
                             shown),
                "to");
    return e164;
}

bool isMobileNumber(std::string_view e164)
{
    const auto* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(std::string(e164), "IL", &number) != PhoneNumberUtil::NO_PARSING_ERROR) return false;
    const auto type = util->GetNumberType(number);
    return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

} // namespace praklit
