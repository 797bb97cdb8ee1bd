#include "common/article_analysis.h"

#include "common/article_parser.h"
#include "common/errors.h"
#include "common/text_file.h"

namespace hemeroteca {

std::unique_ptr<AnalyzedArticle> analyze_article(Article article, Analyzer& analyzer,
                                                 Extractor& extractor) {
  auto analyzed = std::make_unique<AnalyzedArticle>();
  analyzed->article = std::move(article);
  Article& a = analyzed->article;
  analyzed->body = analyze_text(a.body(), analyzer);
  analyzed->title = analyze_text(a.title, analyzer);
  analyzed->extraction = extractor.extract(a, analyzed->body, analyzed->title);
  Extractor::apply(analyzed->extraction, a);
  return analyzed;
}

std::unique_ptr<AnalyzedArticle> analyze_file(const std::filesystem::path& path,
                                              std::uintmax_t max_bytes, Analyzer& analyzer,
                                              Extractor& extractor) {
  TextFile file = read_text_file(path, max_bytes);
  if (!file.ok())
    throw UsageError("cannot read " + path.string() + ": " +
                     std::string(skip_reason_name(file.skip)) + " (" + file.detail + ")");
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec).lexically_normal();
  Article article = parse_article(std::move(file.text), path.filename().string());
  article.key = absolute.string();
  article.path = absolute.string();
  return analyze_article(std::move(article), analyzer, extractor);
}

}  // namespace hemeroteca
