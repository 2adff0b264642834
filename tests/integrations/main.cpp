// The PDF tests run in Hebrew: the documents are what the office prints.
#include "text/Language.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    praklit::text::setUpLanguage(praklit::text::Language::Hebrew, PRAKLIT_TEST_LOCALE_DIR);
    return RUN_ALL_TESTS();
}
