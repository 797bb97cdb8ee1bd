// hemeroteca-search: ranked searches over a hemeroteca index.
// Wires command-line options to hemeroteca::Searcher and the formatters.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "common/batch.h"
#include "common/cli_guard.h"
#include "common/config.h"
#include "common/data_files.h"
#include "common/errors.h"
#include "common/format_json.h"
#include "common/format_text.h"
#include "common/paths.h"
#include "common/search.h"
#include "common/version.h"

namespace {

using hemeroteca::ExitCode;

// A count: a whole number, 0 or more (CLI11 would wrap "-3" around).
const CLI::Validator kCount(
    [](const std::string& value) -> std::string {
      bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos &&
                    value.size() < 10;
      return digits ? std::string() : "\"" + value + "\" is not a whole number, 0 or more";
    },
    "N");

struct Options {
  std::optional<std::string> db;
  std::vector<std::string> words;
  std::string format = "text";
  bool json = false;
  bool null_separated = false;
  bool facets = false;
  std::string date_facet = "auto";
  std::size_t facet_limit = 10;
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool any = false;
  std::string sort = "relevance";
  std::string from;
  std::string to;
  std::vector<std::string> speakers;
  std::vector<std::string> actors;
  std::vector<std::string> topics;
  std::string like;
  bool batch = false;
  bool info = false;
  std::string color = "auto";
  std::optional<bool> correct;  // unset: decided by the output format
  bool snippets = true;
  double shard_timeout = 10;
  bool allow_partial = false;
  std::optional<std::string> config;
  std::optional<std::string> data_dir;
  std::string values;  // --values FIELD
};

void warn_missing_shards(const std::vector<hemeroteca::MissingShard>& missing) {
  for (const auto& shard : missing)
    std::cerr << "hemeroteca-search: warning: partial results: shard " << shard.label
              << " left out (" << shard.reason << ")\n";
}

std::string join(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) {
    if (!text.empty()) text.push_back(' ');
    text += word;
  }
  return text;
}

bool use_color(const std::string& color) {
  if (color == "always") return true;
  if (color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

hemeroteca::SearchRequest request_from(const Options& options) {
  hemeroteca::SearchRequest request;
  request.query = join(options.words);
  request.limit = options.limit;
  request.offset = options.offset;
  request.match_any = options.any;
  request.sort = hemeroteca::parse_sort(options.sort);
  request.filters.from = options.from;
  request.filters.to = options.to;
  request.filters.speakers = options.speakers;
  request.filters.actors = options.actors;
  request.filters.topics = options.topics;
  request.like = options.like;
  bool text = options.format == "text";
  request.facets = !text || options.facets;
  request.date_facet = hemeroteca::parse_date_granularity(options.date_facet);
  request.facet_limit = options.facet_limit;
  request.snippets = options.snippets && (options.format == "text" || options.format == "json" ||
                                          options.format == "jsonl");
  // People reading text want the likely results; scripts want what they
  // asked for (the suggestion is in the JSON either way).
  request.apply_suggestion = options.correct.value_or(text);
  return request;
}

int print_info(hemeroteca::Searcher& searcher, const Options& options) {
  hemeroteca::IndexInfo info = searcher.info(options.facet_limit);
  warn_missing_shards(info.missing_shards);
  if (options.format == "json") {
    hemeroteca::write_json_line(hemeroteca::index_info_json(info), std::cout);
  } else {
    hemeroteca::write_info_text(info, std::cout);
  }
  return static_cast<int>(ExitCode::kOk);
}

int search(hemeroteca::Searcher& searcher, const Options& options) {
  hemeroteca::SearchResult result = searcher.search(request_from(options));
  for (const auto& warning : result.warnings)
    std::cerr << "hemeroteca-search: warning: " << warning << '\n';
  warn_missing_shards(result.missing_shards);
  char separator = options.null_separated ? '\0' : '\n';
  if (options.format == "json") {
    hemeroteca::write_json_line(hemeroteca::search_result_json(result), std::cout);
  } else if (options.format == "jsonl") {
    for (const auto& hit : result.hits)
      hemeroteca::write_json_line(hemeroteca::hit_json(hit), std::cout);
  } else if (options.format == "paths") {
    hemeroteca::write_paths(result, separator, std::cout);
  } else if (options.format == "ids") {
    hemeroteca::write_ids(result, separator, std::cout);
  } else {
    hemeroteca::write_text(result, {use_color(options.color), options.facets}, std::cout);
  }
  return static_cast<int>(result.total > 0 ? ExitCode::kOk : ExitCode::kNothing);
}

// Defaults from the configuration file for what the command line left out.
void apply_config(const hemeroteca::Config& config, const CLI::App& app, Options& options) {
  if (app.count("--limit") == 0 && config.limit) options.limit = *config.limit;
  if (app.count("--facets") == 0 && config.facets) options.facets = *config.facets;
  if (app.count("--date-facet") == 0 && config.date_facet) options.date_facet = *config.date_facet;
  if (app.count("--facet-limit") == 0 && config.facet_limit)
    options.facet_limit = *config.facet_limit;
  if (app.count("--color") == 0 && config.color) options.color = *config.color;
  if (!options.data_dir) options.data_dir = config.data_dir;
  if (options.color != "auto" && options.color != "always" && options.color != "never")
    throw hemeroteca::UsageError(config.source.string() +
                                 ": search.color must be auto, always or never");
}

// Every value of a name field, one per line (for shell completion).
int print_values(hemeroteca::Searcher& searcher, const std::string& field) {
  hemeroteca::IndexInfo info = searcher.info(0);
  for (const hemeroteca::Facet& facet : info.facets)
    if (facet.name == field)
      for (const hemeroteca::FacetValue& value : facet.values) std::cout << value.value << '\n';
  return static_cast<int>(ExitCode::kOk);
}

int run(Options options, const CLI::App& app) {
  hemeroteca::Config config = hemeroteca::load_config(options.config);
  apply_config(config, app, options);
  if (options.data_dir) hemeroteca::set_user_data_dir(*options.data_dir);
  if (options.json) options.format = "json";
  hemeroteca::Searcher searcher(hemeroteca::resolve_index_path(options.db, config.db),
                                {options.shard_timeout, options.allow_partial});
  int code = 0;
  if (!options.values.empty()) {
    code = print_values(searcher, options.values);
  } else if (options.info) {
    code = print_info(searcher, options);
  } else if (options.batch) {
    hemeroteca::SearchRequest defaults = request_from(options);
    defaults.facets = true;
    defaults.apply_suggestion = options.correct.value_or(false);
    hemeroteca::BatchSummary summary =
        hemeroteca::run_batch(searcher, defaults, std::cin, std::cout);
    warn_missing_shards(summary.missing_shards);
    if (summary.errors > 0)
      std::cerr << "hemeroteca-search: " << summary.errors << " of " << summary.queries
                << " batch lines failed (see their \"error\")\n";
    code = static_cast<int>(summary.errors > 0 ? ExitCode::kUsage : ExitCode::kOk);
  } else {
    code = search(searcher, options);
  }
  std::cout.flush();
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Ranked searches over a hemeroteca index of Spanish news articles.",
               "hemeroteca-search"};
  app.set_version_flag("--version", std::string("hemeroteca-search ") + hemeroteca::kVersion);
  app.footer(
      "Query syntax (man hemeroteca-query): words (AND), \"phrases\", +word, -word,\n"
      "AND/OR/NOT, ( ), fentan*,\n"
      "title:, speaker:, actor:, topic:, source:, id:, path:, date_source:,\n"
      "date:2026-01-12 / 2026-01 / 2026 / 2026-01-10..2026-01-15, mentions: (same forms).\n"
      "Exit status: 0 something matched; 1 nothing matched; 2 usage or query error (in\n"
      "--batch: some line failed); 3 index missing or unreadable; 5 a shard of a sharded\n"
      "index did not answer (see --allow-partial); 6 index built by an incompatible\n"
      "version or with other data files.");
  Options options;
  app.add_option("--db", options.db,
                 "Index path (default: $HEMEROTECA_DB, else $XDG_DATA_HOME/hemeroteca/index)");
  app.add_option("--format", options.format, "Output: text, json, jsonl, paths or ids")
      ->check(CLI::IsMember({"text", "json", "jsonl", "paths", "ids"}));
  app.add_flag("--json", options.json, "Same as --format json (see docs/json-output.md)");
  app.add_flag("-0,--null", options.null_separated,
               "With --format paths or ids: end each item with NUL instead of a newline");
  app.add_option("--limit", options.limit, "Number of results to show")
      ->default_val(10)
      ->check(kCount);
  app.add_option("--offset", options.offset, "Number of results to skip")
      ->default_val(0)
      ->check(kCount);
  app.add_flag("--any", options.any, "Join words with OR instead of AND");
  app.add_option("--sort", options.sort, "relevance, date (oldest first) or -date (newest first)")
      ->default_val("relevance");
  app.add_option("--from", options.from, "Only articles dated on or after DATE (YYYY[-MM[-DD]])");
  app.add_option("--to", options.to, "Only articles dated on or before DATE (YYYY[-MM[-DD]])");
  app.add_option("--speaker", options.speakers, "Only articles quoting NAME (repeatable: any of)");
  app.add_option("--actor", options.actors, "Only articles mentioning NAME (repeatable: any of)");
  app.add_option("--topic", options.topics, "Only articles about TOPIC (repeatable: any of)");
  app.add_option("--like", options.like, "List the articles most similar to the article ID");
  app.add_flag("--facets", options.facets, "Show facet counts (text output; JSON always has them)");
  app.add_option(
         "--date-facet", options.date_facet,
         "Date facet buckets: day, month, year, or auto (by the span of the matches: days up "
         "to three months, months up to three years, else years)")
      ->default_val("auto");
  app.add_option("--facet-limit", options.facet_limit,
                 "Values per speaker, actor and topic facet (0: all)")
      ->default_val(10)
      ->check(kCount);
  app.add_flag("--batch", options.batch,
               "Read one query per line (text or JSON) from stdin; write one JSON line each");
  app.add_flag("--info,--stats", options.info, "Describe the index (articles, dates, settings)");
  app.add_option("--color", options.color, "Colour in text output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_val("auto");
  bool correct = false;
  CLI::Option* correct_flag =
      app.add_flag("--correct,!--no-correct", correct,
                   "When nothing matches, show the results of the spelling suggestion "
                   "(default: on for text output, off otherwise)");
  app.add_flag("!--no-snippets", options.snippets, "Do not compute snippets (faster)");
  app.add_option("--shard-timeout", options.shard_timeout,
                 "Seconds to wait for a remote shard to connect or answer")
      ->default_val(10)
      ->check(CLI::PositiveNumber);
  app.add_flag("--allow-partial", options.allow_partial,
               "When a shard does not answer, search the others and say so (else exit 5)");
  app.add_option("--config", options.config,
                 "Configuration file (default: $XDG_CONFIG_HOME/hemeroteca/config.toml)")
      ->option_text("FILE");
  app.add_option("--data-dir", options.data_dir,
                 "Folder of your own data files, each read instead of the installed one")
      ->option_text("DIR");
  app.add_option("--values", options.values,
                 "Print every value of a field of the index, one per line, most frequent first")
      ->check(CLI::IsMember({"speaker", "actor", "topic"}))
      ->option_text("FIELD");
  app.add_option("QUERY", options.words, "Words, \"phrases\", field:value filters");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    return hemeroteca::report_usage_error("hemeroteca-search", std::cerr, e.what());
  }
  if (correct_flag->count() > 0) options.correct = correct;
  return hemeroteca::run_guarded("hemeroteca-search", std::cerr, [&] { return run(options, app); });
}
