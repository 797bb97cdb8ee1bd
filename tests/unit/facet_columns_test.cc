#include "common/facet_columns.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "common/errors.h"
#include "tests/support/temp_dir.h"

namespace hemeroteca {
namespace {

using testing::TempDir;

// A document's facet values, as the indexer stores them in the slots.
struct Values {
  std::string date;  // YYYYMMDD or ""
  std::vector<std::string> speakers, actors, topics;
};

Values random_values(std::mt19937& rng) {
  static const std::vector<std::string> kNames = {
      "Marco Rubio",         "Claudia Sheinbaum", "Donald Trump",       "Juan Ramón de la Fuente",
      "Omar García Harfuch", "Cártel de Sinaloa", "Gobierno de México", "Estados Unidos"};
  static const std::vector<std::string> kTopics = {"fentanilo", "armas", "seguridad", "migración"};
  Values v;
  if (rng() % 5 != 0)
    v.date = std::to_string(2025 + rng() % 2) + "0" + std::to_string(1 + rng() % 9) +
             std::to_string(10 + rng() % 19);
  for (std::size_t i = rng() % 3; i > 0; --i) v.speakers.push_back(kNames[rng() % kNames.size()]);
  for (std::size_t i = rng() % 6; i > 0; --i) v.actors.push_back(kNames[rng() % kNames.size()]);
  for (std::size_t i = rng() % 3; i > 0; --i) v.topics.push_back(kTopics[rng() % kTopics.size()]);
  return v;
}

Xapian::Document document(const Values& v) {
  Xapian::Document doc;
  doc.add_term("x");
  if (!v.date.empty()) doc.add_value(schema::kDate.slot, v.date);
  if (!v.speakers.empty()) doc.add_value(schema::kSpeaker.slot, schema::pack_values(v.speakers));
  if (!v.actors.empty()) doc.add_value(schema::kActor.slot, schema::pack_values(v.actors));
  if (!v.topics.empty()) doc.add_value(schema::kTopic.slot, schema::pack_values(v.topics));
  return doc;
}

// The facets of `docids` counted the slow, obvious way from the slots.
std::map<std::string, std::map<std::string, Xapian::doccount>> expected_counts(
    const Xapian::Database& db, const std::vector<Xapian::docid>& docids, DateGranularity by) {
  std::map<std::string, std::map<std::string, Xapian::doccount>> counts;
  std::size_t date_bytes = by == DateGranularity::kDay ? 8 : by == DateGranularity::kMonth ? 6 : 4;
  for (Xapian::docid docid : docids) {
    Xapian::Document doc = db.get_document(docid);
    std::string date = doc.get_value(schema::kDate.slot);
    if (!date.empty()) ++counts["date"][format_date_bucket(date.substr(0, date_bytes))];
    for (const schema::Field* field : {&schema::kActor, &schema::kSpeaker, &schema::kTopic}) {
      std::set<std::string_view> names;
      std::string packed = doc.get_value(field->slot);
      for (std::string_view name : schema::unpack_values(packed)) names.insert(name);
      for (std::string_view name : names) ++counts[std::string(field->name)][std::string(name)];
    }
  }
  return counts;
}

std::map<std::string, std::map<std::string, Xapian::doccount>> as_maps(
    const std::vector<Facet>& facets) {
  std::map<std::string, std::map<std::string, Xapian::doccount>> counts;
  for (const Facet& facet : facets)
    for (const FacetValue& value : facet.values) counts[facet.name][value.value] = value.count;
  return counts;
}

std::vector<Xapian::docid> every_document(const Xapian::Database& db) {
  std::vector<Xapian::docid> docids;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) docids.push_back(*it);
  return docids;
}

class FacetColumnsTest : public ::testing::Test {
 protected:
  // `n` random documents (several blocks), columns written as the indexer
  // does: touched, then flushed before each commit.
  Xapian::WritableDatabase build(const std::string& name, std::size_t n, unsigned seed) {
    Xapian::WritableDatabase db((dir_ / name).string(), Xapian::DB_CREATE_OR_OVERWRITE);
    std::mt19937 rng(seed);
    FacetColumnWriter writer;
    for (std::size_t i = 0; i < n; ++i) {
      writer.touch(db.add_document(document(random_values(rng))));
      if (i % 700 == 699) {
        writer.flush(db);
        db.commit();
      }
    }
    writer.flush(db);
    db.commit();
    return db;
  }

  TempDir dir_;
};

TEST_F(FacetColumnsTest, CountsMatchTheSlotsOverEveryDocumentAndSubsets) {
  auto db = build("db", 2500, 7);
  FacetColumns columns({db});
  std::vector<Xapian::docid> all = every_document(db);
  for (DateGranularity by :
       {DateGranularity::kDay, DateGranularity::kMonth, DateGranularity::kYear})
    EXPECT_EQ(as_maps(columns.count(all, by, 0)), expected_counts(db, all, by));
  std::mt19937 rng(3);
  for (int round = 0; round < 5; ++round) {
    std::vector<Xapian::docid> some;
    for (Xapian::docid docid : all)
      if (rng() % 7 == 0) some.push_back(docid);
    EXPECT_EQ(as_maps(columns.count(some, DateGranularity::kDay, 0)),
              expected_counts(db, some, DateGranularity::kDay));
  }
}

TEST_F(FacetColumnsTest, DatesComeInOrderAndNamesByCountThenValue) {
  auto db = build("db", 1500, 11);
  FacetColumns columns({db});
  auto facets = columns.count(every_document(db), DateGranularity::kMonth, 3);
  ASSERT_EQ(facets.size(), 4u);
  for (const Facet& facet : facets) {
    if (facet.name == "date") {
      EXPECT_TRUE(std::is_sorted(facet.values.begin(), facet.values.end(),
                                 [](auto& a, auto& b) { return a.value < b.value; }));
      continue;
    }
    EXPECT_LE(facet.values.size(), 3u) << facet.name;
    for (std::size_t i = 1; i < facet.values.size(); ++i) {
      const FacetValue &a = facet.values[i - 1], &b = facet.values[i];
      EXPECT_TRUE(a.count > b.count || (a.count == b.count && a.value < b.value)) << facet.name;
    }
  }
}

// The first `limit` of `counts` by count, then name: what a facet must show.
std::vector<std::pair<std::string, Xapian::doccount>> top(
    const std::map<std::string, Xapian::doccount>& counts, std::size_t limit) {
  std::vector<std::pair<std::string, Xapian::doccount>> values(counts.begin(), counts.end());
  std::stable_sort(values.begin(), values.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (values.size() > limit) values.resize(limit);
  return values;
}

TEST_F(FacetColumnsTest, TheFirstValuesAreTheRightOnesTiesIncluded) {
  auto a = build("a", 1500, 21);
  auto b = build("b", 700, 22);
  Xapian::Database combined;
  combined.add_database(a);
  combined.add_database(b);
  for (bool sharded : {false, true}) {
    Xapian::Database db = sharded ? combined : Xapian::Database(a);
    FacetColumns columns(sharded ? std::vector<Xapian::Database>{a, b}
                                 : std::vector<Xapian::Database>{a});
    std::vector<Xapian::docid> all = every_document(db);
    std::mt19937 rng(5);
    for (int round = 0; round < 6; ++round) {
      std::vector<Xapian::docid> some;
      for (Xapian::docid docid : all)
        if (rng() % (round + 2) == 0) some.push_back(docid);
      std::size_t limit = 1 + round % 4;
      auto expected = expected_counts(db, some, DateGranularity::kDay);
      for (const Facet& facet : columns.count(some, DateGranularity::kDay, limit)) {
        if (facet.name == "date") continue;
        std::vector<std::pair<std::string, Xapian::doccount>> got;
        for (const FacetValue& value : facet.values) got.emplace_back(value.value, value.count);
        EXPECT_EQ(got, top(expected[facet.name], limit)) << facet.name << " sharded " << sharded;
      }
    }
  }
}

TEST_F(FacetColumnsTest, ChangedAndDeletedDocumentsAreCountedAfresh) {
  auto db = build("db", 2200, 5);
  std::mt19937 rng(99);
  FacetColumnWriter writer;
  for (Xapian::docid docid : {3u, 1025u, 2200u}) {
    db.delete_document(docid);
    writer.touch(docid);
  }
  Values rubio;
  rubio.date = "20300101";
  rubio.speakers = {"Alguien Nuevo"};
  for (Xapian::docid docid : {10u, 2000u}) {
    db.replace_document(docid, document(rubio));
    writer.touch(docid);
  }
  writer.flush(db);
  db.commit();
  FacetColumns columns({db});
  std::vector<Xapian::docid> all = every_document(db);
  auto counts = as_maps(columns.count(all, DateGranularity::kDay, 0));
  EXPECT_EQ(counts, expected_counts(db, all, DateGranularity::kDay));
  EXPECT_EQ(counts["speaker"]["Alguien Nuevo"], 2u);
  EXPECT_EQ(columns.date(10), 20300101u);
  EXPECT_EQ(columns.date(3), 0u);
}

TEST_F(FacetColumnsTest, ShardsAreCountedThroughTheCombinedNumbering) {
  auto a = build("a", 1300, 1);
  auto b = build("b", 900, 2);
  auto c = build("c", 40, 3);
  Xapian::Database combined;
  for (auto* shard : {&a, &b, &c}) combined.add_database(*shard);
  FacetColumns columns({a, b, c});
  std::vector<Xapian::docid> all = every_document(combined);
  EXPECT_EQ(all.size(), 2240u);
  EXPECT_EQ(as_maps(columns.count(all, DateGranularity::kYear, 0)),
            expected_counts(combined, all, DateGranularity::kYear));
  for (Xapian::docid docid : all)
    EXPECT_EQ(columns.date(docid) == 0,
              combined.get_document(docid).get_value(schema::kDate.slot).empty());
}

TEST_F(FacetColumnsTest, RewriteAllRebuildsEveryBlock) {
  auto db = build("db", 1100, 4);
  std::string prefix(schema::metadata::kFacetColumns);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
    db.set_metadata(*it, "garbage");
  db.set_metadata(prefix + "speaker/b999", "stale");
  FacetColumnWriter::rewrite_all(db);
  db.commit();
  EXPECT_EQ(db.get_metadata(prefix + "speaker/b999"), "");
  FacetColumns columns({db});
  std::vector<Xapian::docid> all = every_document(db);
  EXPECT_EQ(as_maps(columns.count(all, DateGranularity::kDay, 0)),
            expected_counts(db, all, DateGranularity::kDay));
}

TEST_F(FacetColumnsTest, ADamagedBlockIsReportedNotMisread) {
  auto db = build("db", 10, 8);
  std::string key = std::string(schema::metadata::kFacetColumns) + "actor/b0";
  std::string good = db.get_metadata(key);
  ASSERT_GT(good.size(), 12u);
  std::string offset_past_end = good;
  offset_past_end[10] = '\xff';  // document 0 ends past the block's numbers
  offset_past_end[11] = '\x7f';
  std::string unknown_name = good;
  unknown_name.back() = '\xfe';  // a name number beyond the dictionary
  for (const std::string& bad : {std::string("\x02\x00\x05"), good.substr(0, good.size() - 1),
                                 offset_past_end, unknown_name}) {
    db.set_metadata(key, bad);
    db.commit();
    FacetColumns columns({db});
    EXPECT_THROW(columns.count(every_document(db), DateGranularity::kDay, 0),
                 IndexIncompatibleError);
  }
}

}  // namespace
}  // namespace hemeroteca
