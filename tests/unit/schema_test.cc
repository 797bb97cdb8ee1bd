#include "common/schema.h"

#include <gtest/gtest.h>

#include <set>

namespace hemeroteca::schema {
namespace {

TEST(Schema, SlotsAreFixedNumbers) {
  // Old indexes depend on these; they must never change.
  EXPECT_EQ(kDate.slot, 0u);
  EXPECT_EQ(kActor.slot, 1u);
  EXPECT_EQ(kSpeaker.slot, 2u);
  EXPECT_EQ(kTopic.slot, 3u);
  EXPECT_EQ(kSignature.slot, 10u);
}

TEST(Schema, PrefixesAreUniqueAndFollowXapianConventions) {
  std::set<std::string_view> prefixes;
  for (const Field* field : kFields) {
    if (field->prefix.empty()) continue;
    EXPECT_TRUE(prefixes.insert(field->prefix).second) << field->name;
    // Single capital letters are Xapian's reserved conventions; ours are X*.
    EXPECT_TRUE(field->prefix.size() == 1 || field->prefix.front() == 'X') << field->name;
  }
  EXPECT_EQ(kPath.prefix, "Q");
  EXPECT_EQ(kTitle.prefix, "S");
}

TEST(Schema, QueryFieldsExcludeInternalOnes) {
  EXPECT_NE(find_query_field("speaker"), nullptr);
  EXPECT_NE(find_query_field("date"), nullptr);
  EXPECT_EQ(find_query_field("signature"), nullptr);
  EXPECT_EQ(find_query_field("nonsense"), nullptr);
  auto names = query_field_names();
  EXPECT_NE(std::find(names.begin(), names.end(), "topic"), names.end());
}

TEST(Schema, FacetFieldsHaveSlots) {
  std::set<std::string_view> names;
  for (const Field* field : facet_fields()) {
    EXPECT_TRUE(field->has_slot());
    names.insert(field->name);
  }
  EXPECT_EQ(names, (std::set<std::string_view>{"date", "actor", "speaker", "topic"}));
}

TEST(Schema, PackedValuesRoundTrip) {
  std::vector<std::string> names = {"Marco Rubio", "Claudia Sheinbaum", "SRE"};
  std::string packed = pack_values(names);
  auto unpacked = unpack_values(packed);
  ASSERT_EQ(unpacked.size(), 3u);
  EXPECT_EQ(unpacked[0], "Marco Rubio");
  EXPECT_EQ(unpacked[2], "SRE");
  EXPECT_TRUE(unpack_values("").empty());
  EXPECT_EQ(pack_values(std::vector<std::string>{}), "");
}

TEST(Schema, Terms) {
  EXPECT_EQ(term(kSpeaker, "marco rubio"), "XSPmarco rubio");
  EXPECT_EQ(unique_term("/c/a.txt"), "Q/c/a.txt");
  // Over-long keys stay under Xapian's limit and stay distinct.
  std::string long_a(400, 'a'), long_b(400, 'a');
  long_b[0] = 'b';
  EXPECT_LE(unique_term(long_a).size(), 245u);
  EXPECT_NE(unique_term(long_a), unique_term(long_b));
  EXPECT_EQ(unique_term(long_a), unique_term(long_a));
}

TEST(Schema, DateSlotForm) {
  EXPECT_EQ(date_to_slot("2026-01-12"), "20260112");
  EXPECT_EQ(slot_to_date("20260112"), "2026-01-12");
}

}  // namespace
}  // namespace hemeroteca::schema
