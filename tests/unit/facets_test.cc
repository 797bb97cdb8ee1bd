#include "common/facets.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

TEST(Facets, FormatsDateBuckets) {
  EXPECT_EQ(format_date_bucket("20260112"), "2026-01-12");
  EXPECT_EQ(format_date_bucket("202601"), "2026-01");
  EXPECT_EQ(format_date_bucket("2026"), "2026");
}

}  // namespace
}  // namespace hemeroteca
