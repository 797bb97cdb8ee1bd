#include "common/article_parser.h"

#include <gtest/gtest.h>

#include "common/text_file.h"
#include "tests/support/temp_dir.h"

namespace hemeroteca {
namespace {

struct HeaderCase {
  const char* name;
  const char* text;
  const char* date;
  const char* title;
  const char* source;
  const char* url;
  const char* body_starts;
};

void PrintTo(const HeaderCase& c, std::ostream* os) {
  *os << c.name;
}

class HeaderVariants : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(HeaderVariants, ParsesFieldsAndBody) {
  const HeaderCase& c = GetParam();
  ArticleHeader header = parse_header(c.text);
  EXPECT_EQ(header.date, c.date);
  EXPECT_EQ(header.title, c.title);
  EXPECT_EQ(header.source, c.source);
  EXPECT_EQ(header.url, c.url);
  EXPECT_TRUE(std::string_view(c.text).substr(header.body_offset).starts_with(c.body_starts))
      << "body: " << std::string_view(c.text).substr(header.body_offset);
}

INSTANTIATE_TEST_SUITE_P(
    Article, HeaderVariants,
    ::testing::Values(
        HeaderCase{"no_header", "El secretario dijo algo.", "", "", "", "", "El secretario"},
        HeaderCase{"inline_date_like_seeds", " date 2026-01-12 El secretario de Estado.",
                   "2026-01-12", "", "", "", "El secretario"},
        HeaderCase{"date_own_line", "date 2026-01-12\nCuerpo.", "2026-01-12", "", "", "",
                   "Cuerpo."},
        HeaderCase{"date_with_colon", "date: 2026-01-12\nCuerpo.", "2026-01-12", "", "", "",
                   "Cuerpo."},
        HeaderCase{"date_upper_case", "DATE 2026-01-12\nCuerpo.", "2026-01-12", "", "", "",
                   "Cuerpo."},
        HeaderCase{"transcript_style",
                   "date 2025-01-10\ntitle: Versión estenográfica\n\nPRESIDENTA: Hola.",
                   "2025-01-10", "Versión estenográfica", "", "", "PRESIDENTA: Hola."},
        HeaderCase{"all_headers_any_order",
                   "url: https://example.org/a\nsource: Milenio\ntitle:  Un título  \ndate "
                   "2026-02-01\n\nTexto.",
                   "2026-02-01", "Un título", "Milenio", "https://example.org/a", "Texto."},
        HeaderCase{"invalid_date_is_dropped", "date 2026-13-45\nTexto.", "", "", "", "", "Texto."},
        HeaderCase{"word_date_in_body_is_not_a_header", "dated material\nTexto.", "", "", "", "",
                   "dated material"},
        HeaderCase{"date_without_iso_value_is_body", "date of birth unknown", "", "", "", "",
                   "date of birth"},
        HeaderCase{"header_only_at_start", "Texto.\ntitle: no es cabecera", "", "", "", "",
                   "Texto."},
        HeaderCase{"leading_blank_lines", "\n\n  \ttitle: T\nCuerpo", "", "T", "", "", "Cuerpo"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ArticleHeader, InvalidDateLeavesAWarning) {
  ArticleHeader header = parse_header("date 2026-02-30\nTexto.");
  EXPECT_EQ(header.date, "");
  ASSERT_EQ(header.warnings.size(), 1u);
  EXPECT_NE(header.warnings[0].find("2026-02-30"), std::string::npos);
}

TEST(FirstSentence, StopsAtTheFirstSentenceEnd) {
  EXPECT_EQ(first_sentence("Primera frase. Segunda frase."), "Primera frase.");
  EXPECT_EQ(first_sentence("¿Qué pasó? Nada."), "¿Qué pasó?");
  EXPECT_EQ(first_sentence("Una línea\nOtra línea."), "Una línea");
}

TEST(FirstSentence, AbbreviationsDoNotEndTheSentence) {
  EXPECT_EQ(first_sentence("El Departamento de Estado de EE. UU. pidió resultados. Luego."),
            "El Departamento de Estado de EE. UU. pidió resultados.");
  EXPECT_EQ(first_sentence("Se verán en Washington D.C. en febrero. Fin."),
            "Se verán en Washington D.C. en febrero.");
}

TEST(FirstSentence, NumbersAndDomainsDoNotEndTheSentence) {
  EXPECT_EQ(first_sentence("Subió 3.5 por ciento según gob.mx hoy. Fin."),
            "Subió 3.5 por ciento según gob.mx hoy.");
}

TEST(FirstSentence, LongSentencesAreCutAtAWordBoundary) {
  std::string title = first_sentence(
      "El secretario de Estado de Estados Unidos, Marco Rubio, y el canciller mexicano, Juan "
      "Ramón de la Fuente, sostuvieron una llamada telefónica el domingo para revisar.",
      60);
  EXPECT_LE(title.size(), 60u + 3);
  EXPECT_TRUE(title.ends_with("\xE2\x80\xA6"));
  EXPECT_EQ(title.find("Rubio,\xE2\x80\xA6"), std::string::npos) << "cut keeps trailing comma";
  EXPECT_TRUE(title.starts_with("El secretario de Estado de Estados Unidos, Marco Rubio"));
}

TEST(ParseArticle, TitleFromHeaderElseFirstSentence) {
  Article with_header = parse_article("title: Titular\nCuerpo del artículo. Más.", "a.txt");
  EXPECT_EQ(with_header.title, "Titular");
  EXPECT_FALSE(with_header.title_in_body);
  Article without = parse_article(" date 2026-01-12 Cuerpo del artículo. Más.", "b.txt");
  EXPECT_EQ(without.title, "Cuerpo del artículo.");
  EXPECT_TRUE(without.title_in_body);
  EXPECT_EQ(without.date, "2026-01-12");
  EXPECT_EQ(without.date_source, "header");
  EXPECT_EQ(without.body(), "Cuerpo del artículo. Más.");
  EXPECT_EQ(without.id, "b.txt");
}

TEST(ParseArticle, NoDateMeansDateSourceNone) {
  Article article = parse_article("Texto sin fecha.", "c.txt");
  EXPECT_EQ(article.date, "");
  EXPECT_EQ(article.date_source, "none");
}

// The five seed articles: two start with the inline date header, three have
// none.
TEST(ParseArticle, SeedArticles) {
  struct Seed {
    const char* file;
    const char* date;
    const char* title_start;
  };
  const Seed seeds[] = {
      {"000_cb0d0d3e700154b1.txt", "2026-01-12", "El secretario de Estado de Estados Unidos"},
      {"001_4d1c72fe2da7e519.txt", "2026-01-16", "Tras la pasada llamada"},
      {"002_784ec795567202d7.txt", "", "El secretario de Estado de Estados Unidos, Marco Rubio"},
      {"003_8f34801e5629ecf3.txt", "", "La Administración encabezada"},
      {"004_2d24295e93382dda.txt", "",
       "Tuvimos una muy buena conversación con el presidente de Estados Unidos, Donald Trump."},
  };
  for (const Seed& seed : seeds) {
    TextFile file = read_text_file(testing::corpus_dir() / seed.file, 1 << 20);
    ASSERT_TRUE(file.ok()) << seed.file << ": " << file.detail;
    Article article = parse_article(file.text, seed.file);
    EXPECT_EQ(article.date, seed.date) << seed.file;
    EXPECT_TRUE(article.title.starts_with(seed.title_start)) << seed.file << ": " << article.title;
    EXPECT_FALSE(article.body().starts_with("date")) << seed.file;
    EXPECT_FALSE(article.body().starts_with(" ")) << seed.file;
  }
}

}  // namespace
}  // namespace hemeroteca
