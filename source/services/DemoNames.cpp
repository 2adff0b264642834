#include "services/DemoNames.h"

namespace praklit::services::demo {

const std::vector<Name>& maleFirstNames()
{
    static const std::vector<Name> v{
        {"משה", "moshe"}, {"דוד", "david"}, {"יוסף", "yosef"}, {"אברהם", "avraham"}, {"יעקב", "yaakov"},
        {"יצחק", "yitzhak"}, {"אריה", "arie"}, {"מיכאל", "michael"}, {"דניאל", "daniel"}, {"אליהו", "eliyahu"},
        {"שמואל", "shmuel"}, {"חיים", "haim"}, {"יהודה", "yehuda"}, {"מאיר", "meir"}, {"אורי", "uri"},
        {"נועם", "noam"}, {"איתי", "itai"}, {"עומר", "omer"}, {"יונתן", "yonatan"}, {"אלון", "alon"},
        {"רועי", "roee"}, {"גיל", "gil"}, {"עידו", "ido"}, {"אמיר", "amir"}, {"רון", "ron"},
        {"אסף", "asaf"}, {"תומר", "tomer"}, {"ניר", "nir"}, {"עמית", "amit"}, {"אילן", "ilan"},
        {"מוחמד", "muhammad"}, {"אחמד", "ahmad"}, {"יוסוף", "yousef"}, {"סמיר", "samir"}, {"ג'ורג'", "george"}};
    return v;
}

const std::vector<Name>& femaleFirstNames()
{
    static const std::vector<Name> v{
        {"שרה", "sarah"}, {"רחל", "rachel"}, {"לאה", "leah"}, {"רבקה", "rivka"}, {"מרים", "miriam"},
        {"אסתר", "esther"}, {"חנה", "hanna"}, {"רות", "ruth"}, {"נועה", "noa"}, {"תמר", "tamar"},
        {"מיכל", "michal"}, {"יעל", "yael"}, {"שירה", "shira"}, {"מאיה", "maya"}, {"אביגיל", "avigail"},
        {"טליה", "talia"}, {"הדס", "hadas"}, {"ענבל", "inbal"}, {"קרן", "keren"}, {"אורית", "orit"},
        {"דנה", "dana"}, {"ליאת", "liat"}, {"גלית", "galit"}, {"סיגל", "sigal"}, {"אפרת", "efrat"},
        {"פאטמה", "fatma"}, {"מרים", "mariam"}, {"נור", "nur"}, {"ז'אנה", "zhanna"}, {"אולגה", "olga"}};
    return v;
}

const std::vector<Name>& lastNames()
{
    static const std::vector<Name> v{
        {"כהן", "cohen"}, {"לוי", "levi"}, {"מזרחי", "mizrahi"}, {"פרץ", "peretz"}, {"ביטון", "biton"},
        {"דהן", "dahan"}, {"אברהם", "avraham"}, {"פרידמן", "friedman"}, {"אגבאריה", "agbaria"}, {"מלכה", "malka"},
        {"אזולאי", "azulay"}, {"כץ", "katz"}, {"יוסף", "yosef"}, {"דוד", "david"}, {"עמר", "amar"},
        {"אוחיון", "ohayon"}, {"חדד", "hadad"}, {"גבאי", "gabay"}, {"בן דוד", "bendavid"}, {"אדרי", "edri"},
        {"לוין", "levin"}, {"טל", "tal"}, {"קליין", "klein"}, {"חורי", "khoury"}, {"שפירא", "shapira"},
        {"גולן", "golan"}, {"אשכנזי", "ashkenazi"}, {"רוזנברג", "rosenberg"}, {"שלום", "shalom"}, {"בן חיים", "benhaim"},
        {"ברק", "barak"}, {"נחום", "nahum"}, {"זילברמן", "zilberman"}, {"סעדה", "saada"}, {"וקנין", "vaknin"},
        {"מנסור", "mansour"}, {"אלמוג", "almog"}, {"שטרן", "stern"}, {"הורוביץ", "horowitz"}, {"קעדאן", "kadan"}};
    return v;
}

const std::vector<std::string_view>& pointedLastNames()
{
    static const std::vector<std::string_view> v{"כֹּהֵן", "לֵוִי", "מִזְרָחִי", "פֶּרֶץ", "דַּהַן", "כַּץ", "גּוֹלָן", "בָּרָק"};
    return v;
}

const std::vector<std::string_view>& organisationWords()
{
    static const std::vector<std::string_view> v{
        "אלון", "גלבוע", "כרמל", "ארבל", "תבור", "נגב", "שקד", "רימון", "אופק", "מגדל", "גשר", "אור",
        "יהלום", "ספיר", "הדר", "נחל", "אשל", "דקל", "Tech", "Global", "סחר", "בניה", "השקעות", "תעשיות"};
    return v;
}

const std::vector<std::string_view>& organisationSuffixes()
{
    static const std::vector<std::string_view> v{"בע\"מ", "בע\"מ", "בע\"מ", "ושות'", "(1998) בע\"מ", "אחזקות בע\"מ",
                                                 "ייזום ופיתוח בע\"מ", "עמותה רשומה", "Ltd."};
    return v;
}

const std::vector<std::string_view>& streets()
{
    static const std::vector<std::string_view> v{
        "הרצל", "ויצמן", "ז'בוטינסקי", "בן גוריון", "רוטשילד", "אלנבי", "דיזנגוף", "יפו", "הנביאים", "העצמאות",
        "בגין", "רבין", "סוקולוב", "ביאליק", "אחד העם", "הגפן", "הזית", "התאנה", "האלה", "הורדים",
        "הנשיא", "המלך דוד", "שדרות ירושלים", "הרב קוק", "אבן גבירול", "ארלוזורוב", "קרן היסוד", "החלוצים"};
    return v;
}

const std::vector<City>& cities()
{
    static const std::vector<City> v{
        {"תל אביב-יפו", "610", "3"}, {"ירושלים", "910", "2"}, {"חיפה", "310", "4"}, {"ראשון לציון", "750", "3"},
        {"פתח תקווה", "490", "3"}, {"אשדוד", "770", "8"}, {"נתניה", "420", "9"}, {"באר שבע", "840", "8"},
        {"בני ברק", "510", "3"}, {"חולון", "580", "3"}, {"רמת גן", "520", "3"}, {"רחובות", "760", "8"},
        {"אשקלון", "780", "8"}, {"בת ים", "590", "3"}, {"הרצליה", "460", "9"}, {"כפר סבא", "440", "9"},
        {"חדרה", "380", "4"}, {"מודיעין-מכבים-רעות", "717", "8"}, {"נצרת", "160", "4"}, {"רעננה", "430", "9"},
        {"עכו", "240", "4"}, {"אילת", "880", "8"}, {"טבריה", "141", "4"}, {"אום אל-פחם", "300", "4"}};
    return v;
}

const std::vector<Court>& courts()
{
    static const std::vector<Court> v{
        {"בית משפט השלום בתל אביב-יפו", "ת\"א ה\"פ תא\"מ", false},
        {"בית משפט השלום בירושלים", "ת\"א תא\"מ", false},
        {"בית המשפט המחוזי בתל אביב-יפו", "ת\"א ה\"פ ע\"א", false},
        {"בית המשפט המחוזי בחיפה", "ת\"א ע\"א", false},
        {"בית המשפט לענייני משפחה ברמת גן", "תמ\"ש", false},
        {"בית הדין האזורי לעבודה בתל אביב", "ס\"ע", false},
        {"בית המשפט העליון", "ע\"א רע\"א בע\"מ", true},
        {"לשכת ההוצאה לפועל", "", false}};
    return v;
}

const std::vector<std::string_view>& caseSubjects()
{
    static const std::vector<std::string_view> v{
        "תביעה כספית", "ליקויי בנייה", "צוואה וירושה", "גירושין", "הסכם ממון", "פיצויי פיטורים", "תאונת דרכים",
        "הוצאה לפועל", "רשלנות רפואית", "הסכם שכירות", "לשון הרע", "מקרקעין", "ייעוץ שוטף", "הסכם מכר דירה"};
    return v;
}

const std::vector<Name>& lawyers()
{
    static const std::vector<Name> v{{"עו\"ד רות אבן", "ruth.even"},   {"עו\"ד דן כהן", "dan.cohen"},
                                     {"עו\"ד מיכל לוי", "michal.levi"}, {"עו\"ד יוסף חורי", "yosef.khoury"},
                                     {"עו\"ד נועה ברק", "noa.barak"}};
    return v;
}

const std::vector<std::string_view>& workDescriptions()
{
    static const std::vector<std::string_view> v{
        "עיון בכתב התביעה", "הכנת כתב הגנה", "שיחה עם הלקוח", "פגישה במשרד", "הכנה לדיון", "דיון בבית המשפט",
        "ניסוח הסכם", "מחקר משפטי", "תכתובת עם הצד שכנגד", "עיון בפרוטוקול", "הכנת תצהיר", "ישיבת גישור"};
    return v;
}

} // namespace praklit::services::demo
