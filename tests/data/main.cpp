// Test entry point: messages in English (the msgids), so assertions read plainly.
#include "text/Language.h"

#include <filesystem>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    const auto exe = std::filesystem::canonical("/proc/self/exe");
    praklit::text::setUpLanguage(praklit::text::Language::English, praklit::text::localeDirBeside(exe));
    return RUN_ALL_TESTS();
}
