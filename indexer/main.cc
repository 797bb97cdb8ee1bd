// hemeroteca-index: builds or updates the index of corpus folders.
// Wires command-line options to hemeroteca::update_index(); draws progress
// and prints the summary.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/article_analysis.h"
#include "common/cli_guard.h"
#include "common/config.h"
#include "common/data_files.h"
#include "common/errors.h"
#include "common/format_explain.h"
#include "common/format_json.h"
#include "common/indexing.h"
#include "common/paths.h"
#include "common/version.h"

namespace {

using hemeroteca::ExitCode;

struct Options {
  std::optional<std::string> db;
  std::vector<std::string> folders;
  std::vector<std::string> jsonl;
  std::uintmax_t max_file_bytes = hemeroteca::kDefaultMaxFileBytes;
  double lock_timeout = hemeroteca::kDefaultLockTimeoutSeconds;
  unsigned threads = 0;
  unsigned shards = 0;
  bool rebuild = false;
  bool quiet = false;
  bool json = false;
  std::optional<std::string> explain;
  std::optional<std::string> config;
  std::optional<std::string> data_dir;
};

// A live line on a terminal: files done, rate, time left. At most a few
// updates a second.
class TerminalProgress : public hemeroteca::IndexProgress {
 public:
  void on_start(std::size_t total) override {
    started_ = std::chrono::steady_clock::now();
    total_ = total;
  }
  void on_article_done(std::size_t done, std::size_t total) override {
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - started_).count();
    double rate = seconds > 0 ? done / seconds : 0;
    long left = rate > 0 ? static_cast<long>((total - done) / rate) : 0;
    std::fprintf(stderr, "\rhemeroteca-index: %zu/%zu articles, %.0f/s, %ld:%02ld left   ", done,
                 total, rate, left / 60, left % 60);
    std::fflush(stderr);
    drawn_ = true;
  }
  void finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  std::chrono::steady_clock::time_point started_, last_;
  std::size_t total_ = 0;
  bool drawn_ = false;
};

void print_summary(const hemeroteca::IndexSummary& summary, std::ostream& err) {
  for (const auto& warning : summary.warnings)
    err << "hemeroteca-index: warning: " << warning.path << ": " << warning.message << '\n';
  std::map<std::string_view, std::size_t> by_reason;
  for (const auto& skipped : summary.skipped) {
    err << "hemeroteca-index: skipped " << skipped.path << ": "
        << hemeroteca::skip_reason_name(skipped.reason) << " (" << skipped.detail << ")\n";
    ++by_reason[hemeroteca::skip_reason_name(skipped.reason)];
  }
  err << "hemeroteca-index: " << (summary.rebuilt ? "rebuilt: " : "") << summary.added << " added, "
      << summary.updated << " updated, " << summary.removed << " removed, " << summary.unchanged
      << " unchanged, " << summary.skipped.size() << " skipped";
  if (!by_reason.empty()) {
    err << " (";
    const char* sep = "";
    for (const auto& [reason, count] : by_reason) {
      err << sep << reason << ": " << count;
      sep = ", ";
    }
    err << ")";
  }
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", summary.seconds);
  err << "; " << summary.total_documents << " articles in the index; " << seconds << " s\n";
}

int explain(const Options& options) {
  hemeroteca::Analyzer analyzer;
  hemeroteca::Extractor extractor(analyzer);
  auto analyzed =
      hemeroteca::analyze_file(*options.explain, options.max_file_bytes, analyzer, extractor);
  if (options.json) {
    hemeroteca::write_json_line(hemeroteca::explain_json(*analyzed), std::cout);
  } else {
    hemeroteca::write_explain_text(*analyzed, std::cout);
  }
  return 0;
}

int run(const Options& options) {
  hemeroteca::Config config = hemeroteca::load_config(options.config);
  if (auto dir = options.data_dir ? options.data_dir : config.data_dir)
    hemeroteca::set_user_data_dir(*dir);
  if (options.explain) return explain(options);
  // Folders: the command line's, else the configuration's.
  const std::vector<std::string>& folders =
      options.folders.empty() && options.jsonl.empty() ? config.folders : options.folders;
  if (folders.empty() && options.jsonl.empty())
    throw hemeroteca::UsageError(
        "no corpus folder given",
        "usage: hemeroteca-index [--db PATH] CORPUS_DIR... (or folders in the configuration)");
  hemeroteca::IndexOptions index_options;
  index_options.db_path = hemeroteca::resolve_index_path(options.db, config.db);
  for (const auto& folder : folders) index_options.folders.emplace_back(folder);
  index_options.jsonl = options.jsonl;
  index_options.stdin_stream = &std::cin;
  index_options.max_file_bytes = options.max_file_bytes;
  index_options.lock_timeout_seconds = options.lock_timeout;
  index_options.rebuild = options.rebuild;
  index_options.threads = options.threads;
  index_options.shards = options.shards;

  TerminalProgress progress;
  bool live = !options.quiet && isatty(STDERR_FILENO);
  hemeroteca::IndexSummary summary =
      hemeroteca::update_index(index_options, live ? &progress : nullptr);
  progress.finish();
  if (options.json) {
    hemeroteca::write_json_line(hemeroteca::index_summary_json(summary), std::cout);
  } else if (!options.quiet) {
    print_summary(summary, std::cerr);
  } else if (!summary.skipped.empty()) {
    std::cerr << "hemeroteca-index: " << summary.skipped.size() << " files skipped\n";
  }
  return static_cast<int>(summary.skipped.empty() ? ExitCode::kOk : ExitCode::kNothing);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Builds or updates the hemeroteca index of folders of Spanish news articles.",
               "hemeroteca-index"};
  app.set_version_flag("--version", std::string("hemeroteca-index ") + hemeroteca::kVersion);
  app.footer(
      "Every regular .txt file under the folders (recursively) is one article. Runs are\n"
      "incremental: unchanged files are not read again, changed ones are re-indexed, the\n"
      "documents of deleted files are removed.\n"
      "Exit status: 0 every file indexed; 1 some files skipped (listed on stderr);\n"
      "2 usage error; 3 index unusable; 4 index locked by another indexer (after\n"
      "--lock-timeout); 6 index built by an incompatible version or other data files.");
  Options options;
  app.add_option("--db", options.db,
                 "Index path (default: $HEMEROTECA_DB, else $XDG_DATA_HOME/hemeroteca/index)");
  app.add_flag("--rebuild", options.rebuild,
               "Build a fresh index beside the live one and swap it in atomically");
  app.add_option("--jsonl", options.jsonl,
                 "Also index the articles of a JSONL file, one per line ({\"id\", \"body\", "
                 "\"title\", \"date\", \"source\", \"url\"}); - for stdin (repeatable)")
      ->option_text("FILE");
  app.add_option("--max-file-size", options.max_file_bytes, "Skip files larger than BYTES")
      ->default_val(hemeroteca::kDefaultMaxFileBytes)
      ->option_text("BYTES");
  app.add_option("--lock-timeout", options.lock_timeout,
                 "Seconds to wait for another indexer's lock on the index")
      ->default_val(hemeroteca::kDefaultLockTimeoutSeconds)
      ->check(CLI::NonNegativeNumber)
      ->option_text("SECONDS");
  app.add_option("--shards", options.shards,
                 "Split the index into N databases by a hash of each article's path, listed by "
                 "INDEX/XAPIANDB (default: as the index has; 1 for a new one; a change needs "
                 "--rebuild)")
      ->check(CLI::Range(1u, 256u))
      ->option_text("N");
  app.add_option("--threads", options.threads, "Threads analysing articles (default: one per core)")
      ->option_text("N");
  app.add_flag("-q,--quiet", options.quiet, "No progress line and no summary");
  app.add_flag("--json", options.json, "Print the summary (or --explain) as JSON on stdout");
  app.add_option("--explain", options.explain,
                 "Print what is extracted from FILE (date, speakers, actors, topics) and why; "
                 "the index is not touched")
      ->option_text("FILE");
  app.add_option("--config", options.config,
                 "Configuration file (default: $XDG_CONFIG_HOME/hemeroteca/config.toml)")
      ->option_text("FILE");
  app.add_option("--data-dir", options.data_dir,
                 "Folder of your own data files (gazetteer.toml, topics.toml ...), each read "
                 "instead of the installed one")
      ->option_text("DIR");
  app.add_option("CORPUS_DIR", options.folders,
                 "Folders of articles (default: the configuration's folders)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    return hemeroteca::report_usage_error("hemeroteca-index", std::cerr, e.what());
  }
  return hemeroteca::run_guarded("hemeroteca-index", std::cerr, [&] { return run(options); });
}
