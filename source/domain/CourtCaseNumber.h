#pragma once
// A court case number (מספר תיק בבית המשפט): the new form serial-MM-YY
// (ת"א 3036-11-17) or the old and Supreme Court form serial/YY (רע"א 2904/14).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace praklit {

class CourtCaseNumber {
public:
    // Accepts "3036-11-17", "2904/14", optionally preceded by the proceeding
    // type ("ת"א 3036-11-17"). nullopt when the text is not such a number.
    // The Hebrew gershayim and geresh (״ ׳) are read as the keyboard's " and ',
    // so ת״א and ת"א are one type.
    static std::optional<CourtCaseNumber> parse(std::string_view text);
    // The proceeding types the case form offers (the courts use more; any
    // abbreviation of Hebrew letters is taken).
    static const std::vector<std::string_view>& commonProceedingTypes();

    const std::string& proceedingType() const { return proceedingType_; } // may be empty
    const std::string& serial() const { return serial_; }
    int month() const { return month_; } // 0 for the old form
    int year() const { return year_; }   // two digits as written
    std::string number() const;          // "3036-11-17" / "2904/14"
    std::string text() const;            // with the proceeding type when known

private:
    std::string proceedingType_;
    std::string serial_;
    int month_ = 0;
    int year_ = 0;
};

} // namespace praklit
