#include "common/document_builder.h"

#include <gtest/gtest.h>

#include "common/article_parser.h"
#include "common/document_data.h"
#include "common/schema.h"
#include "tests/support/temp_dir.h"

namespace hemeroteca {
namespace {

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

Article sample() {
  Article article = parse_article(
      "date 2026-01-12\ntitle: Rubio llama a De la Fuente\n\nEl "
      "secretario habló de cárteles.",
      "sub/a.txt");
  article.key = "/corpus/sub/a.txt";
  article.path = "/corpus/sub/a.txt";
  article.speakers = {"Marco Rubio"};
  article.actors = {"Marco Rubio", "Juan Ramón de la Fuente"};
  article.topics = {"cárteles y crimen organizado"};
  article.mentioned_dates = {"2026-01-11"};
  return article;
}

TEST(DocumentBuilder, WritesTermsValuesAndData) {
  Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  Xapian::Document doc = builder.build(sample());
  EXPECT_TRUE(has_term(doc, "Q/corpus/sub/a.txt"));
  EXPECT_TRUE(has_term(doc, "XIDsub/a.txt"));
  EXPECT_TRUE(has_term(doc, analyzer.term("cárteles")));
  EXPECT_TRUE(has_term(doc, "S" + analyzer.term("rubio")));
  EXPECT_TRUE(has_term(doc, analyzer.term("rubio"))) << "header title searchable by default";
  EXPECT_TRUE(has_term(doc, "XSPmarco rubio"));
  EXPECT_TRUE(has_term(doc, "XAjuan ramon de la fuente"));
  EXPECT_TRUE(has_term(doc, "XMD20260111"));
  EXPECT_TRUE(has_term(doc, "XDSheader"));
  EXPECT_EQ(doc.get_value(schema::kDate.slot), "20260112");
  std::string packed = doc.get_value(schema::kActor.slot);
  auto actors = schema::unpack_values(packed);
  ASSERT_EQ(actors.size(), 2u);
  EXPECT_EQ(actors[1], "Juan Ramón de la Fuente");

  Article stored = decode_document_data(doc.get_data());
  EXPECT_EQ(stored.id, "sub/a.txt");
  EXPECT_EQ(stored.title, "Rubio llama a De la Fuente");
  EXPECT_EQ(stored.date, "2026-01-12");
  EXPECT_EQ(stored.speakers, std::vector<std::string>{"Marco Rubio"});
  EXPECT_TRUE(stored.text.starts_with("El secretario"));
}

TEST(DocumentBuilder, IndexesAliasesAndFoldedStems) {
  Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  Article article = parse_article("La cooperación con EE. UU. y la SRE.", "x.txt");
  article.key = "/x.txt";
  Xapian::Document doc = builder.build(article);
  EXPECT_TRUE(has_term(doc, "cooper"));
  EXPECT_FALSE(has_term(doc, "cooperación"));
  EXPECT_TRUE(has_term(doc, "XALestados unidos"));
  EXPECT_TRUE(has_term(doc, "XALsecretaria de relaciones exteriores"));
  // The alias term sits at the position of the form's first word.
  auto positions = [&](const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return std::vector<Xapian::termpos>(it.positionlist_begin(), it.positionlist_end());
  };
  EXPECT_EQ(positions("XALestados unidos"), positions("ee"));
}

TEST(DocumentBuilder, RecordsVocabularyForSpelling) {
  Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  Vocabulary vocabulary;
  Article article = parse_article("Soberanía y soberanía de la nación, 2026.", "x.txt");
  builder.build(article, &vocabulary);
  testing::TempDir dir;  // the in-memory backend has no spelling table
  Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE);
  vocabulary.flush_spelling(db);
  vocabulary.write_display_forms(db);
  EXPECT_EQ(db.get_spelling_suggestion("soverania"), "soberania");
  EXPECT_EQ(display_form(db, "soberania"), "soberanía") << "on a tie, lower case wins";
  EXPECT_EQ(db.get_spelling_suggestion("nacion"), "");  // known word: no suggestion
}

TEST(DocumentBuilder, DisplayFormsAvoidCapitals) {
  Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  Vocabulary vocabulary;
  builder.build(parse_article("SHEINBAUM: hola. SHEINBAUM: sí. Dijo Sheinbaum.", "x.txt"),
                &vocabulary);
  testing::TempDir dir;
  Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE);
  vocabulary.write_display_forms(db);
  EXPECT_EQ(display_form(db, "sheinbaum"), "Sheinbaum");
}

TEST(DocumentBuilder, TitleWordsWeighMore) {
  Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  Xapian::Document doc = builder.build(sample());
  auto wdf = [&](const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it.get_wdf();
  };
  EXPECT_GT(wdf(analyzer.term("rubio")), wdf(analyzer.term("secretario")));
}

TEST(DocumentBuilder, TheLeadWeighsMoreThanTheRest) {
  std::string body = "El cártel lavó dinero.";
  for (int i = 0; i < 20; ++i) body += " Otra frase sin nombres.";
  body += " El fentanilo llegó.";
  Article article = parse_article("title: Un titular\n\n" + body, "a.txt");
  Analyzer analyzer;
  Xapian::Document doc = DocumentBuilder(analyzer).build(article);
  auto wdf = [&](const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it.get_wdf();
  };
  EXPECT_EQ(wdf(analyzer.term("cártel")), 1 + kLeadWdfBoost) << "in the lead";
  EXPECT_EQ(wdf(analyzer.term("fentanilo")), 1u) << kLeadWords << " words later";
}

}  // namespace
}  // namespace hemeroteca
