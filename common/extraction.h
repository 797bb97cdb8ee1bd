// Extraction: dates, actors, speakers and topics of one article, with the
// evidence behind each (for hemeroteca-index --explain).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/actor_extractor.h"
#include "common/analysis.h"
#include "common/analyzed_text.h"
#include "common/article.h"
#include "common/date_extractor.h"
#include "common/extraction_data.h"
#include "common/topic_classifier.h"

namespace hemeroteca {

struct Evidence {
  std::string item;  // a name, a date, a topic
  std::string why;   // the phrase or sentence behind it
};

struct Extraction {
  DateExtraction dates;
  std::vector<Evidence> actors;    // most mentioned first
  std::vector<Evidence> speakers;  // first attribution first
  std::vector<TopicScore> topics;  // every scored topic; `assigned` ones apply
  bool transcript = false;
};

class Extractor {
 public:
  explicit Extractor(Analyzer& analyzer,
                     std::shared_ptr<const ExtractionData> data = ExtractionData::shared())
      : analyzer_(analyzer), data_(std::move(data)) {}

  // `body` and `title` are the article's body and title, analysed.
  Extraction extract(const Article& article, const AnalyzedText& body, const AnalyzedText& title);

  // Copies the extracted facts into the article's fields.
  static void apply(const Extraction& extraction, Article& article);

  const ExtractionData& data() const { return *data_; }

 private:
  Analyzer& analyzer_;
  std::shared_ptr<const ExtractionData> data_;
};

}  // namespace hemeroteca
