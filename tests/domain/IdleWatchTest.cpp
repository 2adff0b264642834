// The idle-time rule, without wx: the desktop's counters bar asks it once a
// second; a test drives its clock.
#include "domain/IdleWatch.h"

#include <gtest/gtest.h>

using namespace praklit;
using namespace std::chrono;

TEST(IdleWatchRule, ReportsOnceWhenThePersonIsBack)
{
    IdleWatch watch;
    const auto t = text::now();
    EXPECT_FALSE(watch.tick(t, 0s, 15min));
    EXPECT_FALSE(watch.tick(t + 1s, 14min, 15min)) << "below the threshold";
    EXPECT_FALSE(watch.tick(t + 2s, 16min, 15min)) << "still away";
    EXPECT_FALSE(watch.tick(t + 3s, 16min + 1s, 15min));
    const auto back = watch.tick(t + 4s, 0s, 15min);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, t + 2s - 16min) << "since the last input";
    EXPECT_FALSE(watch.tick(t + 5s, 0s, 15min)) << "once";
    // No idle time from the platform: only a jump of the clock.
    EXPECT_FALSE(watch.tick(t + 6s, std::nullopt, 15min));
    EXPECT_FALSE(watch.tick(t + 6s + 10min, std::nullopt, 15min));
    const auto slept = watch.tick(t + 6s + 40min, std::nullopt, 15min);
    ASSERT_TRUE(slept);
    EXPECT_EQ(*slept, t + 6s + 10min);
}
