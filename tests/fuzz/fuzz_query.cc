// Query parsing and searching on any input: the query language (fields,
// date ranges, phrases, wildcards, operators, parentheses), filter values
// and batch lines, run against a real index of corpus/. Errors meant for
// the user (hemeroteca::Error) are fine; anything else is a bug.
//
// The first byte chooses what the rest is: a query; batch input (JSON or
// text lines); or filter values, one per line (from, to, speaker, actor,
// topic, like).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "common/batch.h"
#include "common/errors.h"
#include "common/format_json.h"
#include "common/indexing.h"
#include "common/search.h"
#include "common/utf8.h"
#include "tests/fuzz/fuzz_target.h"

namespace {

hemeroteca::Searcher* searcher = nullptr;

std::string line_of(std::istringstream& in) {
  std::string line;
  std::getline(in, line);
  return line;
}

void search_filters(std::string_view text) {
  std::istringstream in{std::string(text)};
  hemeroteca::SearchRequest request;
  request.filters.from = line_of(in);
  request.filters.to = line_of(in);
  for (std::vector<std::string>* values :
       {&request.filters.speakers, &request.filters.actors, &request.filters.topics})
    if (std::string value = line_of(in); !value.empty()) values->push_back(value);
  request.like = line_of(in);
  request.query = line_of(in);
  searcher->search(request);
}

char folder[] = "/tmp/hemeroteca-fuzz-query-XXXXXX";

void remove_folder() {
  delete searcher;
  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // A fresh index of the seed articles, in a folder of its own.
  if (mkdtemp(folder) == nullptr) std::abort();
  std::atexit(remove_folder);
  hemeroteca::IndexOptions options;
  options.db_path = std::filesystem::path(folder) / "index";
  options.folders = {std::filesystem::path(HEMEROTECA_SOURCE_DIR) / "corpus"};
  options.threads = 1;
  hemeroteca::update_index(options, nullptr);
  searcher = new hemeroteca::Searcher(options.db_path);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 3) {
      case 0: {
        hemeroteca::SearchRequest request;
        request.query = std::string(text);
        request.match_any = (data[0] & 4) != 0;
        request.apply_suggestion = (data[0] & 8) != 0;
        hemeroteca::SearchResult result = searcher->search(request);
        std::string json = hemeroteca::search_result_json(result);
        if (!hemeroteca::utf8::is_valid(json)) __builtin_trap();
        break;
      }
      case 1: {
        std::istringstream in{std::string(text)};
        std::ostringstream out;
        hemeroteca::run_batch(*searcher, hemeroteca::SearchRequest{}, in, out);
        if (!hemeroteca::utf8::is_valid(out.str())) __builtin_trap();
        break;
      }
      default:
        search_filters(text);
    }
  } catch (const hemeroteca::Error&) {
    // A clear message for the user: what bad input must give.
  }
  return 0;
}
