// Topics: which entries of the taxonomy (data/topics.toml) an article is
// about. See the comment at the top of topics.toml for the scoring rule.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/analyzed_text.h"
#include "common/extraction_data.h"

namespace hemeroteca {

struct TopicScore {
  std::string name;
  double score = 0;
  bool assigned = false;  // passed the thresholds
  // The words behind the score, as written, with their counts.
  std::vector<std::pair<std::string, int>> evidence;
};

// Every topic with a non-zero score, highest first.
std::vector<TopicScore> score_topics(const AnalyzedText& body, const AnalyzedText& title,
                                     const ExtractionData& data);

}  // namespace hemeroteca
