#include "common/topic_classifier.h"

#include <gtest/gtest.h>

#include <set>

namespace hemeroteca {
namespace {

std::set<std::string> topics(std::string_view body, std::string_view title = "") {
  static Analyzer analyzer;
  AnalyzedText b = analyze_text(body, analyzer), t = analyze_text(title, analyzer);
  std::set<std::string> out;
  for (const TopicScore& score : score_topics(b, t, *ExtractionData::shared()))
    if (score.assigned) out.insert(score.name);
  return out;
}

TEST(TopicClassifier, MatchesThroughTheAnalysis) {
  // Accents, inflections and capitals do not matter.
  EXPECT_EQ(topics("El FENTANILO y los opioides; sobredosis y narcotrafico."),
            std::set<std::string>{"fentanilo y drogas"});
}

TEST(TopicClassifier, TitleWeighsMore) {
  EXPECT_TRUE(topics("Se habló de aranceles.").empty());
  EXPECT_EQ(topics("Se habló de aranceles.", "Aranceles al acero"),
            std::set<std::string>{"comercio, aranceles e inversiones"});
}

TEST(TopicClassifier, WeakTermsAloneDoNotSuffice) {
  EXPECT_TRUE(topics("La reunión, la llamada, la conversación, el diálogo, otra reunión y otra "
                     "llamada.")
                  .empty());
}

TEST(TopicClassifier, OutsideTheDomainNothing) {
  EXPECT_TRUE(topics("Los Rayados vencieron al América con dos goles en el segundo tiempo; el "
                     "ataque fue intenso y la afición celebró.")
                  .empty());
}

TEST(TopicClassifier, FalseFriendsOfATermsStemDoNotCount) {
  // "deportiva" shares the stem of "deportaciones", "importante" that of
  // "importaciones".
  EXPECT_TRUE(topics("La jornada deportiva fue importante. Lo importante fue la jornada "
                     "deportiva, dijo la prensa deportiva.")
                  .empty());
  EXPECT_EQ(topics("Las deportaciones crecieron. Hubo más deportaciones que nunca."),
            std::set<std::string>{"migración y deportaciones"});
}

TEST(TopicClassifier, LongTextsNeedProportionallyMore) {
  std::string filler;
  for (int i = 0; i < 400; ++i) filler += "palabra cualquiera de relleno aquí. ";
  EXPECT_FALSE(topics("fentanilo fentanilo fentanilo. ").empty());
  EXPECT_TRUE(topics("fentanilo fentanilo fentanilo. " + filler).empty());
}

}  // namespace
}  // namespace hemeroteca
