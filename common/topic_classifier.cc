#include "common/topic_classifier.h"

#include <algorithm>
#include <map>

namespace hemeroteca {
namespace {

struct Hits {
  double score = 0;
  bool strong = false;
  std::map<std::string, int> evidence;
};

// Counts the matches of `phrases` in `text` for one topic, longest phrases
// first, a word counting once per topic.
void count(const AnalyzedText& text, const std::vector<Phrase>& phrases, double weight, bool strong,
           std::vector<bool>& used, Hits& hits) {
  std::vector<const Phrase*> ordered;
  for (const Phrase& phrase : phrases) ordered.push_back(&phrase);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Phrase* a, const Phrase* b) { return a->size() > b->size(); });
  for (const Phrase* phrase : ordered) {
    for (std::size_t t = 0; t < text.size(); ++t) {
      if (text.tokens[t].overlay || used[t] || text.terms[t] != phrase->front()) continue;
      std::size_t k = t, matched = 0;
      std::vector<std::size_t> positions;
      while (matched < phrase->size() && k < text.size()) {
        if (text.tokens[k].overlay) {
          ++k;
          continue;
        }
        if (used[k] || text.terms[k] != (*phrase)[matched]) break;
        positions.push_back(k);
        ++matched;
        ++k;
      }
      if (matched < phrase->size()) continue;
      for (std::size_t p : positions) used[p] = true;
      hits.score += weight;
      hits.strong |= strong;
      std::string written(text.span(positions.front(), positions.back()));
      ++hits.evidence[written];
    }
  }
}

}  // namespace

std::vector<TopicScore> score_topics(const AnalyzedText& body, const AnalyzedText& title,
                                     const ExtractionData& data) {
  const TopicSettings& settings = data.topic_settings;
  std::size_t words = 0;
  for (const Token& token : body.tokens) words += !token.overlay;
  for (const Token& token : title.tokens) words += !token.overlay;
  std::vector<TopicScore> out;
  for (const TopicDefinition& topic : data.topics) {
    Hits hits;
    for (const auto* text : {&title, &body}) {
      double factor = text == &title ? settings.title_weight : 1.0;
      std::vector<bool> used(text->size(), false);
      count(*text, topic.terms, factor, true, used, hits);
      count(*text, topic.weak, factor * settings.weak_weight, false, used, hits);
    }
    if (hits.score <= 0) continue;
    TopicScore score{topic.name, hits.score, false, {}};
    double needed = std::max(settings.min_score, settings.min_per_1000_words * words / 1000.0);
    score.assigned = hits.strong && hits.score >= needed;
    for (const auto& [written, n] : hits.evidence) score.evidence.emplace_back(written, n);
    std::sort(score.evidence.begin(), score.evidence.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    out.push_back(std::move(score));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TopicScore& a, const TopicScore& b) { return a.score > b.score; });
  return out;
}

}  // namespace hemeroteca
