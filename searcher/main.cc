// hemeroteca-search: ranked searches over a hemeroteca index.
// Wires command-line options to hemeroteca::Searcher and a formatter.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "common/cli_guard.h"
#include "common/errors.h"
#include "common/format_json.h"
#include "common/format_text.h"
#include "common/paths.h"
#include "common/search.h"
#include "common/version.h"

namespace {

using hemeroteca::ExitCode;

struct Options {
  std::optional<std::string> db;
  std::vector<std::string> words;
  bool json = false;
  bool facets = false;
  std::optional<bool> correct;  // unset: decided by the output format
  std::size_t limit = 10;
  std::size_t offset = 0;
};

std::string join(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) {
    if (!text.empty()) text.push_back(' ');
    text += word;
  }
  return text;
}

bool stdout_wants_color() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

int run(const Options& options) {
  hemeroteca::SearchRequest request;
  request.query = join(options.words);
  request.limit = options.limit;
  request.offset = options.offset;
  // People reading text want the likely results; scripts want what they
  // asked for (the suggestion is in the JSON either way).
  request.apply_suggestion = options.correct.value_or(!options.json);
  hemeroteca::Searcher searcher(hemeroteca::resolve_index_path(options.db));
  hemeroteca::SearchResult result = searcher.search(request);
  if (options.json) {
    hemeroteca::write_json_line(hemeroteca::search_result_json(result), std::cout);
  } else {
    for (const auto& warning : result.warnings)
      std::cerr << "hemeroteca-search: warning: " << warning << '\n';
    hemeroteca::write_text(result, {stdout_wants_color(), options.facets}, std::cout);
  }
  std::cout.flush();
  return static_cast<int>(result.total > 0 ? ExitCode::kOk : ExitCode::kNothing);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Ranked searches over a hemeroteca index of Spanish news articles.",
               "hemeroteca-search"};
  app.set_version_flag("--version", std::string("hemeroteca-search ") + hemeroteca::kVersion);
  app.footer(
      "Exit status: 0 something matched; 1 nothing matched; 2 usage or query error;\n"
      "3 index missing or unreadable; 6 index built by an incompatible version.");
  Options options;
  app.add_option("--db", options.db,
                 "Index path (default: $HEMEROTECA_DB, else "
                 "$XDG_DATA_HOME/hemeroteca/index)");
  app.add_flag("--json", options.json, "Print one JSON object (see docs/json-output.md)");
  app.add_flag("--facets", options.facets, "Show facet counts after the results (text output)");
  bool correct = false;
  CLI::Option* correct_flag =
      app.add_flag("--correct,!--no-correct", correct,
                   "When nothing matches, show the results of the spelling suggestion "
                   "(default: on for text output, off for JSON)");
  app.add_option("--limit", options.limit, "Number of results to show")->default_val(10);
  app.add_option("--offset", options.offset, "Number of results to skip")->default_val(0);
  app.add_option("QUERY", options.words, "Words, \"phrases\", field:value filters");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(ExitCode::kUsage);
  }
  if (correct_flag->count() > 0) options.correct = correct;
  return hemeroteca::run_guarded("hemeroteca-search", std::cerr, [&] { return run(options); });
}
