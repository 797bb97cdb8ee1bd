#include "common/facets.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

Xapian::WritableDatabase database_with(
    const std::vector<std::pair<std::string, std::vector<std::string>>>& docs) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const auto& [date, speakers] : docs) {
    Xapian::Document doc;
    doc.add_term("x");
    doc.add_value(schema::kDate.slot, date);
    doc.add_value(schema::kSpeaker.slot, schema::pack_values(speakers));
    db.add_document(doc);
  }
  return db;
}

std::map<std::string, Xapian::doccount> run_spy(Xapian::Database& db, FacetSpy& spy) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("x"));
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 1, db.get_doccount());
  return spy.counts();
}

TEST(FacetSpy, CountsEachPackedNameOncePerArticle) {
  auto db = database_with({{"20260112", {"Marco Rubio", "Claudia Sheinbaum", "Marco Rubio"}},
                           {"20260113", {"Marco Rubio"}},
                           {"20260201", {}}});
  FacetSpy spy(schema::kSpeaker.slot, true);
  auto counts = run_spy(db, spy);
  EXPECT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts["Marco Rubio"], 2u);
  EXPECT_EQ(counts["Claudia Sheinbaum"], 1u);
}

TEST(FacetSpy, CountsDatesByGranularity) {
  auto db = database_with({{"20260112", {}}, {"20260113", {}}, {"20260201", {}}, {"20250101", {}}});
  FacetSpy by_month(schema::kDate.slot, false, date_prefix_bytes(DateGranularity::kMonth));
  auto months = run_spy(db, by_month);
  EXPECT_EQ(months["202601"], 2u);
  EXPECT_EQ(months["202602"], 1u);
  FacetSpy by_year(schema::kDate.slot, false, date_prefix_bytes(DateGranularity::kYear));
  auto years = run_spy(db, by_year);
  EXPECT_EQ(years["2026"], 3u);
  EXPECT_EQ(years["2025"], 1u);
}

TEST(Facets, TopValuesByCountThenValue) {
  std::map<std::string, Xapian::doccount> counts = {{"b", 2}, {"a", 2}, {"c", 5}, {"d", 1}};
  auto top = top_values(counts, 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].value, "c");
  EXPECT_EQ(top[1].value, "a");
  EXPECT_EQ(top[2].value, "b");
  EXPECT_EQ(top_values(counts, 0).size(), 4u);
}

TEST(Facets, FormatsDateBuckets) {
  EXPECT_EQ(format_date_bucket("20260112"), "2026-01-12");
  EXPECT_EQ(format_date_bucket("202601"), "2026-01");
  EXPECT_EQ(format_date_bucket("2026"), "2026");
}

}  // namespace
}  // namespace hemeroteca
