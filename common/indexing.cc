#include "common/indexing.h"

#include <chrono>

#include "common/article_analysis.h"
#include "common/article_parser.h"
#include "common/document_builder.h"
#include "common/index_db.h"
#include "common/schema.h"

namespace hemeroteca {

IndexSummary update_index(const IndexOptions& options, IndexProgress* progress) {
  auto started = std::chrono::steady_clock::now();
  IndexSummary summary;

  std::vector<CorpusFile> files;
  for (const auto& folder : options.folders) {
    std::vector<CorpusFile> found = list_corpus(folder, summary.skipped);
    files.insert(files.end(), found.begin(), found.end());
  }
  if (progress) progress->on_start(files.size());

  Analyzer analyzer;
  Xapian::WritableDatabase db = open_index_for_writing(options.db_path, analyzer.settings());
  DocumentBuilder builder(analyzer);
  Extractor extractor(analyzer);
  Vocabulary vocabulary;
  db.set_metadata(std::string(schema::metadata::kExtraction), extractor.data().fingerprint);
  std::size_t done = 0;
  for (const CorpusFile& file : files) {
    TextFile text = read_text_file(file.path, options.max_file_bytes);
    if (!text.ok()) {
      summary.skipped.push_back({file.path.string(), text.skip, text.detail});
    } else {
      Article parsed = parse_article(std::move(text.text), file.id);
      parsed.key = file.path.string();
      parsed.path = file.path.string();
      for (const std::string& warning : text.warnings)
        summary.warnings.push_back({parsed.path, warning});
      for (const std::string& warning : parsed.warnings)
        summary.warnings.push_back({parsed.path, warning});
      auto analyzed = analyze_article(std::move(parsed), analyzer, extractor);
      const Article& article = analyzed->article;
      std::string key_term = schema::unique_term(article.key);
      bool existed = db.term_exists(key_term);
      db.replace_document(key_term,
                          builder.build(article, &vocabulary, &analyzed->body, &analyzed->title));
      ++(existed ? summary.updated : summary.added);
    }
    if (progress) progress->on_file_done(++done, files.size());
  }
  vocabulary.flush_spelling(db);
  vocabulary.write_display_forms(db, analyzer);
  db.commit();
  summary.total_documents = db.get_doccount();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace hemeroteca
