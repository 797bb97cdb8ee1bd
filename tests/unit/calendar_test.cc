#include "common/calendar.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

TEST(Calendar, ValidatesRealDays) {
  EXPECT_TRUE(is_valid_date(2026, 1, 31));
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2026, 2, 29));
  EXPECT_FALSE(is_valid_date(1900, 2, 29));
  EXPECT_TRUE(is_valid_date(2000, 2, 29));
  EXPECT_FALSE(is_valid_date(2026, 13, 1));
  EXPECT_FALSE(is_valid_date(2026, 4, 31));
  EXPECT_FALSE(is_valid_date(2026, 0, 10));
  EXPECT_FALSE(is_valid_date(999, 1, 1));
}

TEST(Calendar, ParsesIsoDates) {
  auto date = parse_iso_date("2026-01-12");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->year, 2026);
  EXPECT_EQ(date->month, 1);
  EXPECT_EQ(date->day, 12);
  EXPECT_EQ(date->iso(), "2026-01-12");
  for (const char* bad :
       {"2026-1-12", "2026/01/12", "2026-13-45", "20260112", "", "2026-01-1x", "2026-02-30"})
    EXPECT_FALSE(parse_iso_date(bad)) << bad;
}

TEST(Calendar, OrdersDates) {
  EXPECT_LT((CivilDate{2026, 1, 12}), (CivilDate{2026, 1, 13}));
  EXPECT_LT((CivilDate{2025, 12, 31}), (CivilDate{2026, 1, 1}));
}

}  // namespace
}  // namespace hemeroteca
