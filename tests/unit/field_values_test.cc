#include "common/field_values.h"

#include <gtest/gtest.h>

#include <set>

namespace hemeroteca {
namespace {

TEST(FacetKey, FoldsCaseAccentsAndSpaces) {
  EXPECT_EQ(facet_key("Marco  RUBIO"), "marco rubio");
  EXPECT_EQ(facet_key("  Juan Ramón de la Fuente "), "juan ramon de la fuente");
  EXPECT_EQ(facet_key("Cárteles y crimen organizado"), "carteles y crimen organizado");
}

class NameFilter : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add("a", {"Marco Rubio", "Mariana Castillo Ortega"}, {"fentanilo y drogas"});
    add("b", {"Claudia Sheinbaum"}, {"tráfico de armas", "cárteles y crimen organizado"});
  }

  void add(const std::string& id, const std::vector<std::string>& speakers,
           const std::vector<std::string>& topics) {
    Xapian::Document doc;
    doc.add_boolean_term("XID" + id);
    for (const auto& s : speakers)
      doc.add_boolean_term(schema::term(schema::kSpeaker, facet_key(s)));
    for (const auto& t : topics) doc.add_boolean_term(schema::term(schema::kTopic, facet_key(t)));
    db_.add_document(doc);
  }

  std::set<std::string> ids(const schema::Field& field, std::string_view value) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(name_filter(field, value, db_, ExtractionData::shared().get()));
    std::set<std::string> out;
    Xapian::MSet mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it)
      for (auto t = it.get_document().termlist_begin(); t != it.get_document().termlist_end(); ++t)
        if ((*t).starts_with("XID")) out.insert((*t).substr(3));
    return out;
  }

  Xapian::WritableDatabase db_;
};

using Ids = std::set<std::string>;

TEST_F(NameFilter, GazetteerAliasesNameTheirActor) {
  EXPECT_EQ(ids(schema::kSpeaker, "rubio"), Ids{"a"});
  EXPECT_EQ(ids(schema::kSpeaker, "Marco Rubio"), Ids{"a"});
  EXPECT_EQ(ids(schema::kSpeaker, "marco antonio rubio garcía"), Ids{"a"});
  EXPECT_EQ(ids(schema::kSpeaker, "@SecRubio"), Ids{"a"});
  EXPECT_EQ(ids(schema::kSpeaker, "sheinbaum pardo"), Ids{"b"});
}

TEST_F(NameFilter, PartialNamesMatchTheValuesContainingThem) {
  EXPECT_EQ(ids(schema::kSpeaker, "castillo"), Ids{"a"});
  EXPECT_EQ(ids(schema::kTopic, "fentanilo"), Ids{"a"});
  EXPECT_EQ(ids(schema::kTopic, "carteles"), Ids{"b"});
  EXPECT_EQ(ids(schema::kTopic, "Cárteles y crimen organizado"), Ids{"b"});
  EXPECT_EQ(ids(schema::kTopic, "armas"), Ids{"b"});
  EXPECT_EQ(ids(schema::kSpeaker, "nadie"), Ids{});
}

}  // namespace
}  // namespace hemeroteca
