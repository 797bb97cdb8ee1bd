// The analysis path on any bytes (queries arrive as the caller wrote them):
// normalising, folding, tokenising, stemming, accent candidates, aliases,
// and highlighting.
#include <string>

#include "common/analysis.h"
#include "common/analyzed_text.h"
#include "common/snippet.h"
#include "common/text_normalize.h"
#include "common/tokenizer.h"
#include "tests/fuzz/fuzz_target.h"

namespace {
hemeroteca::Analyzer* analyzer = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  analyzer = new hemeroteca::Analyzer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<hemeroteca::Token> tokens = hemeroteca::tokenize(text);
  hemeroteca::HighlightTerms highlight;
  for (const hemeroteca::Token& token : tokens) {
    if (token.start > token.end || token.end > text.size()) __builtin_trap();
    hemeroteca::fold_accents(hemeroteca::normalize_word(token.form));
    for (const std::string& term : analyzer->query_terms(token)) highlight.terms.push_back(term);
    analyzer->term(token);
    if (highlight.terms.size() > 64) break;
  }
  hemeroteca::AnalyzedText analyzed = hemeroteca::analyze_text(text, *analyzer);
  hemeroteca::make_snippet(text, highlight, *analyzer);
  return 0;
}
