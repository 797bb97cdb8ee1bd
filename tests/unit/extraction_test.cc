// The extractors together on one article: what Extractor adds to the
// separate modules (transcript turns and the statements reported in them).
#include "common/extraction.h"

#include <gtest/gtest.h>

#include "common/article_analysis.h"

namespace hemeroteca {
namespace {

using Names = std::vector<std::string>;

Names speakers_of(const std::string& text) {
  static Analyzer analyzer;
  static Extractor extractor(analyzer);
  Article article;
  article.text = text;
  article.date = "2026-02-17";
  article.date_source = "header";
  return analyze_article(std::move(article), analyzer, extractor)->article.speakers;
}

TEST(Extraction, TranscriptSpeakersAreTheLabelledPeopleAndThoseTheyQuoteByName) {
  Names speakers = speakers_of(
      "PRESIDENTA CLAUDIA SHEINBAUM PARDO: Buenos días.\n\n"
      "PREGUNTA: Presidenta, el senador republicano Thomas Whitaker Reyes publicó ayer en X que "
      "México \"no merece un trato preferencial\". ¿Hay alguna solicitud?\n\n"
      "PRESIDENTA CLAUDIA SHEINBAUM PARDO: No. Lo dijo muy claro el secretario, y la "
      "dependencia informó que todo sigue igual. Sheinbaum Pardo no cambia de opinión.\n\n"
      "PREGUNTA: Gracias.\n");
  EXPECT_EQ(speakers, (Names{"Claudia Sheinbaum", "Thomas Whitaker Reyes"}))
      << "a description ('el secretario', 'la dependencia') is too loose in spoken turns";
}

TEST(Extraction, ATranscriptPronounCarriesTheNameOfTheSentenceBefore) {
  Names speakers = speakers_of(
      "PRESIDENTA CLAUDIA SHEINBAUM PARDO: Buenos días.\n\n"
      "SECRETARIO DE ECONOMÍA, MARCELO EBRARD CASAUBÓN: Gracias. Estuvimos en Washington con el "
      "representante comercial, el embajador Jamieson Greer. Él nos planteó que su "
      "preocupación es el acero.\n\n"
      "PREGUNTA: Gracias.\n");
  EXPECT_EQ(speakers, (Names{"Claudia Sheinbaum", "Marcelo Ebrard", "Jamieson Greer"}));
}

TEST(Extraction, ArticlesKeepEveryAttribution) {
  Names speakers = speakers_of(
      "El canciller Juan Ramón de la Fuente dijo que habrá acuerdo. «Vamos bien», "
      "añadió el diplomático.\n");
  EXPECT_EQ(speakers, Names{"Juan Ramón de la Fuente"});
}

}  // namespace
}  // namespace hemeroteca
