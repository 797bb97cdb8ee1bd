// An article read, analysed and extracted, ready to become a document: the
// one place where text is tokenised for indexing, so that the indexer, the
// extractors and --explain share the work.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>

#include "common/analysis.h"
#include "common/analyzed_text.h"
#include "common/article.h"
#include "common/extraction.h"

namespace hemeroteca {

struct AnalyzedArticle {
  Article article;
  AnalyzedText body;   // views into article.text
  AnalyzedText title;  // views into article.title
  Extraction extraction;

  AnalyzedArticle() = default;
  AnalyzedArticle(const AnalyzedArticle&) = delete;  // the views must not move
  AnalyzedArticle& operator=(const AnalyzedArticle&) = delete;
};

// Analyses `article`, runs the extractors and fills the article's extracted
// fields (date when the header had none, mentioned dates, actors, speakers,
// topics).
std::unique_ptr<AnalyzedArticle> analyze_article(Article article, Analyzer& analyzer,
                                                 Extractor& extractor);

// Reads, parses and analyses one file (its id is its file name). Throws
// UsageError saying why when the file cannot be indexed.
std::unique_ptr<AnalyzedArticle> analyze_file(const std::filesystem::path& path,
                                              std::uintmax_t max_bytes, Analyzer& analyzer,
                                              Extractor& extractor);

}  // namespace hemeroteca
