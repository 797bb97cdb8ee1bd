// The corpus reader: header lines, body offset, title from the first
// sentence, on any text.
#include <string>

#include "common/article_parser.h"
#include "common/utf8.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  hemeroteca::ArticleHeader header = hemeroteca::parse_header(text);
  if (header.body_offset > text.size()) __builtin_trap();
  hemeroteca::Article article = hemeroteca::parse_article(text, "fuzz.txt");
  if (!hemeroteca::utf8::is_valid(text)) return 0;
  // From valid text, the title is valid text.
  if (!hemeroteca::utf8::is_valid(article.title)) __builtin_trap();
  hemeroteca::first_sentence(article.body());
  return 0;
}
