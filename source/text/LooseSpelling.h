#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace praklit::text {

// The forgiving forms of one search word (a search key word, see
// SearchKey.h): a consonant skeleton in which the spellings an Israeli
// office meets for the same name come out alike.
//
// - Full and defective spelling (כתיב מלא / חסר): ו, י, א and ע inside a word
//   are dropped, so דויד and דוד, חיים and חים, שולמית and שלמית are one form;
//   a doubled letter counts once (לווי, לוי).
// - Letters that sound alike fall together: כ ק, ח ה, ט ת, ס ש; a vowel
//   letter at the start of a word (א ע י) is one letter, and א ע ה at the end
//   are one (the -a of שרה, חנה, אבא).
// - Latin (and, through ICU's Any-Latin, any other script) is read the way
//   Israelis write Hebrew names in Latin letters (sh ש, tz צ, ch ח/כ, v ב/ו,
//   a final a or e is ה, a final i or y is י), so cohen, kohen, kohn and כהן,
//   levi, levy and לוי, moshe and משה, yitzhak, itzhak and יצחק share a form.
//
// A word may have several forms (a Latin v is ב in avi and ו in levi); words
// with digits, and words shorter than two letters, have none.
std::vector<std::string> looseSpellings(std::string_view word);

// The forms of a word as typed, still being typed: looseSpellings, and the
// form of the word as the beginning of a longer one (שולמי → as in שולמית).
std::vector<std::string> typedLooseSpellings(std::string_view word);

} // namespace praklit::text
