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

// Counts, in one pass over `text`, the matches of every topic's terms: at
// each word, the longest term of each topic that starts there; a word
// counts once per topic.
void count(const AnalyzedText& text, const ExtractionData& data, double factor,
           std::vector<Hits>& hits) {
  std::vector<std::size_t> used_until(data.topics.size(), 0);
  for (std::size_t t = 0; t < text.size(); ++t) {
    if (text.tokens[t].overlay) continue;
    auto bucket = data.topic_terms_by_first.find(text.terms[t]);
    if (bucket == data.topic_terms_by_first.end()) continue;
    if (data.topic_settings.false_friends.count(text.folded[t])) continue;
    for (const TopicTermPhrase& term : bucket->second) {  // longest first
      std::size_t topic = term.topic;
      if (used_until[topic] > t) continue;
      std::size_t k = t, matched = 0, last = t;
      while (matched < term.terms.size() && k < text.size()) {
        if (text.tokens[k].overlay) {
          ++k;
          continue;
        }
        if (text.terms[k] != term.terms[matched]) break;
        last = k++;
        ++matched;
      }
      if (matched < term.terms.size()) continue;
      used_until[topic] = last + 1;
      Hits& h = hits[topic];
      h.score += factor * (term.weak ? data.topic_settings.weak_weight : 1.0);
      h.strong |= !term.weak;
      ++h.evidence[std::string(text.span(t, last))];
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
  std::vector<Hits> all(data.topics.size());
  count(title, data, settings.title_weight, all);
  count(body, data, 1.0, all);
  std::vector<TopicScore> out;
  for (std::size_t i = 0; i < data.topics.size(); ++i) {
    const TopicDefinition& topic = data.topics[i];
    const Hits& hits = all[i];
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
