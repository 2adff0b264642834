#include "text/LooseSpelling.h"

#include <algorithm>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace praklit::text {

namespace {

// What a letter is worth in a skeleton: a consonant (or a class of
// consonants that sound alike, named by one of its letters), or one of the
// letters that may stand for a vowel and so depend on where they stand.
enum Vowel : char32_t {
    kAlef = 1, // א ע, Latin a e: a vowel sound
    kYod,      // י, Latin i y
    kO,        // Latin o u
    kVav,      // ו, or a Latin v/w read as ו: a consonant at the start, a vowel inside
};

bool isVowel(char32_t s) { return s >= kAlef && s <= kVav; }

// One position of the word: the readings it may have (two for an ambiguous
// Latin letter, one otherwise).
using Reading = std::vector<char32_t>;

char32_t hebrewClass(char32_t c)
{
    switch (c) {
    case U'א': case U'ע': return kAlef;
    case U'י': return kYod;
    case U'ו': return kVav;
    case U'כ': case U'ק': return U'ק';
    case U'ח': case U'ה': return U'ח';
    case U'ט': case U'ת': return U'ת';
    case U'ס': case U'ש': return U'ס';
    default: return c;
    }
}

// The Israeli way of writing Hebrew names in Latin letters, read back.
std::vector<Reading> latinReadings(const std::u32string& w)
{
    std::vector<Reading> out;
    for (size_t i = 0; i < w.size();) {
        auto at = [&](const char* s) {
            for (size_t k = 0; s[k]; ++k)
                if (i + k >= w.size() || w[i + k] != static_cast<char32_t>(s[k])) return false;
            return true;
        };
        auto take = [&](size_t n, Reading r) {
            out.push_back(std::move(r));
            i += n;
        };
        if (at("sch")) take(3, {U'ס'});
        else if (at("sh")) take(2, {U'ס'});
        else if (at("ch") || at("kh")) take(2, {U'ח', U'ק'});
        else if (at("tz") || at("ts")) take(2, {U'צ'});
        else if (at("th")) take(2, {U'ת'});
        else if (at("ph")) take(2, {U'פ'});
        else if (at("ck")) take(2, {U'ק'});
        else if (at("zh")) take(2, {U'ז'});
        else {
            switch (w[i]) {
            case 'a': case 'e': take(1, {kAlef}); break;
            case 'i': case 'y': take(1, {kYod}); break;
            case 'o': case 'u': take(1, {kO}); break;
            case 'b': take(1, {U'ב'}); break;
            case 'c': case 'k': case 'q': take(1, {U'ק'}); break;
            case 'd': take(1, {U'ד'}); break;
            case 'f': case 'p': take(1, {U'פ'}); break;
            case 'g': case 'j': take(1, {U'ג'}); break;
            case 'h': take(1, {U'ח'}); break;
            case 'l': take(1, {U'ל'}); break;
            case 'm': take(1, {U'מ'}); break;
            case 'n': take(1, {U'נ'}); break;
            case 'r': take(1, {U'ר'}); break;
            case 's': take(1, {U'ס'}); break;
            case 't': take(1, {U'ת'}); break;
            case 'v': take(1, {U'ב', kVav}); break;
            case 'w': take(1, {kVav}); break;
            case 'x': out.push_back({U'ק'}); take(1, {U'ס'}); break;
            case 'z': take(1, {U'ז'}); break;
            default: ++i; break; // nothing else carries a sound
            }
        }
    }
    return out;
}

bool isHebrewLetter(char32_t c) { return c >= U'א' && c <= U'ת'; }
bool isLatinLetter(char32_t c) { return c >= 'a' && c <= 'z'; }

// Other scripts (Cyrillic, Arabic, accented Latin …) as plain Latin, by ICU.
std::u32string toLatin(const icu::UnicodeString& word)
{
    thread_local std::unique_ptr<icu::Transliterator> latin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    icu::UnicodeString s(word);
    if (latin) latin->transliterate(s);
    std::u32string out;
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        i += U16_LENGTH(c);
        out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

std::vector<Reading> readings(std::string_view word)
{
    const auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    std::u32string w;
    bool hebrew = false, latin = false, other = false;
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c >= '0' && c <= '9') return {};
        if (isHebrewLetter(static_cast<char32_t>(c))) hebrew = true;
        else if (isLatinLetter(static_cast<char32_t>(c))) latin = true;
        else other = true;
        w.push_back(static_cast<char32_t>(c));
    }
    if (hebrew && !latin && !other) {
        std::vector<Reading> out;
        for (char32_t c : w)
            if (isHebrewLetter(c)) out.push_back({hebrewClass(c)});
        return out;
    }
    if (hebrew) return {}; // a word of two scripts is nobody's name
    return latinReadings(other ? toLatin(u) : w);
}

// The skeleton of one reading of each position. `complete`: the word ends
// here (its last letter is final); otherwise the word goes on.
std::string skeleton(const std::vector<char32_t>& symbols, bool complete)
{
    std::vector<char32_t> s;
    for (char32_t c : symbols)
        if (s.empty() || s.back() != c) s.push_back(c); // a doubled letter counts once
    std::u32string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const char32_t c = s[i];
        if (!isVowel(c)) {
            out.push_back(c);
        } else if (i == 0) {
            out.push_back(c == kVav ? U'ו' : U'א');
        } else if (i + 1 == s.size() && complete) {
            out.push_back(c == kAlef ? U'ח' : c == kYod ? U'י' : U'ו');
        } // a vowel letter inside the word: spelled or not, the same name
    }
    icu::UnicodeString u;
    for (char32_t c : out) u.append(static_cast<UChar32>(c));
    std::string utf8;
    u.toUTF8String(utf8);
    return utf8;
}

size_t letters(const std::string& utf8) { return icu::UnicodeString::fromUTF8(utf8).countChar32(); }

// Every combination of the positions' readings, at most four.
std::vector<std::vector<char32_t>> combinations(const std::vector<Reading>& positions)
{
    std::vector<std::vector<char32_t>> out{{}};
    for (const auto& r : positions) {
        std::vector<std::vector<char32_t>> next;
        for (const auto& prefix : out)
            for (char32_t c : r) {
                if (next.size() == 4) break;
                next.push_back(prefix);
                next.back().push_back(c);
            }
        out = std::move(next);
    }
    return out;
}

void addUnique(std::vector<std::string>& to, std::string form)
{
    if (letters(form) >= 2 && std::find(to.begin(), to.end(), form) == to.end()) to.push_back(std::move(form));
}

} // namespace

std::vector<std::string> looseSpellings(std::string_view word)
{
    std::vector<std::string> out;
    for (const auto& symbols : combinations(readings(word))) addUnique(out, skeleton(symbols, true));
    return out;
}

std::vector<std::string> typedLooseSpellings(std::string_view word)
{
    std::vector<std::string> out;
    for (const auto& symbols : combinations(readings(word))) {
        addUnique(out, skeleton(symbols, true));
        auto going = skeleton(symbols, false);
        if (letters(going) >= 3) addUnique(out, std::move(going));
    }
    return out;
}

} // namespace praklit::text
