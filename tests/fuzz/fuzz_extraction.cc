// Actors, speakers, transcripts and topics on any text, through the
// indexer's own path (analyze_article).
#include <string>

#include "common/article_analysis.h"
#include "common/article_parser.h"
#include "common/text_file.h"
#include "common/utf8.h"
#include "tests/fuzz/fuzz_target.h"

namespace {
hemeroteca::Analyzer* analyzer = nullptr;
hemeroteca::Extractor* extractor = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  analyzer = new hemeroteca::Analyzer();
  extractor = new hemeroteca::Extractor(*analyzer);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hemeroteca::TextFile file =
      hemeroteca::decode_text(std::string(reinterpret_cast<const char*>(data), size));
  if (!file.ok()) return 0;
  auto analyzed = hemeroteca::analyze_article(
      hemeroteca::parse_article(std::move(file.text), "fuzz.txt"), *analyzer, *extractor);
  for (const auto* names :
       {&analyzed->article.actors, &analyzed->article.speakers, &analyzed->article.topics})
    for (const std::string& name : *names)
      if (name.empty() || !hemeroteca::utf8::is_valid(name)) __builtin_trap();
  return 0;
}
