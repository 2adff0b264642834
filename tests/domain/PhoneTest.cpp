#include "domain/Error.h"
#include "domain/Phone.h"

#include <gtest/gtest.h>

using namespace praklit;

TEST(Phone, AnyCommonFormatGivesTheSameE164)
{
    for (const char* typed : {"050-1234567", "0501234567", "+972 50 123 4567", "+972-50-1234567", "(050) 123-4567",
                              "\u2066050-1234567\u2069", " 050 123 4567 "})
        EXPECT_EQ(parsePhoneNumber(typed), "+972501234567") << typed;
    EXPECT_EQ(parsePhoneNumber("03-5551234"), "+97235551234");
}

TEST(Phone, InvalidNumbersAreRefusedWithTheField)
{
    for (const char* typed : {"", "abc", "123", "050-12345", "+972 1 2"}) {
        try {
            parsePhoneNumber(typed);
            ADD_FAILURE() << typed;
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
            EXPECT_EQ(e.field(), "number");
        }
    }
}

TEST(Phone, IsraeliNumbersShowInNationalFormat)
{
    EXPECT_EQ(displayPhoneNumber("+972501234567"), "050-123-4567");
    EXPECT_EQ(displayPhoneNumber("+97235551234"), "03-555-1234");
    EXPECT_EQ(displayPhoneNumber("+442071234567"), "+44 20 7123 4567");
}
