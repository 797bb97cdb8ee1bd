#include "common/facets.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

TEST(Facets, FormatsDateBuckets) {
  EXPECT_EQ(format_date_bucket("20260112"), "2026-01-12");
  EXPECT_EQ(format_date_bucket("202601"), "2026-01");
  EXPECT_EQ(format_date_bucket("2026"), "2026");
}

using Days = std::vector<std::pair<DateKey, Xapian::doccount>>;

TEST(Facets, DateBucketsOfTheChosenGranularity) {
  Days days = {{20260110, 1}, {20260112, 2}, {20260203, 1}};
  Facet by_month = date_facet(days, DateGranularity::kMonth);
  EXPECT_EQ(by_month.granularity, "month");
  ASSERT_EQ(by_month.values.size(), 2u);
  EXPECT_EQ(by_month.values[0].value, "2026-01");
  EXPECT_EQ(by_month.values[0].count, 3u);
  EXPECT_EQ(date_facet(days, DateGranularity::kDay).values.size(), 3u);
}

TEST(Facets, AutoGranularityFollowsTheSpanOfTheDates) {
  EXPECT_EQ(date_facet({{20260110, 1}, {20260410, 1}}, DateGranularity::kAuto).granularity, "day");
  EXPECT_EQ(date_facet({{20260110, 1}, {20260420, 1}}, DateGranularity::kAuto).granularity,
            "month");
  EXPECT_EQ(date_facet({{20230101, 1}, {20251231, 1}}, DateGranularity::kAuto).granularity,
            "month");
  EXPECT_EQ(date_facet({{20180101, 1}, {20251231, 1}}, DateGranularity::kAuto).granularity, "year");
  EXPECT_EQ(date_facet({}, DateGranularity::kAuto).granularity, "day");
}

}  // namespace
}  // namespace hemeroteca
