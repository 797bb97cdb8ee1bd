// hemeroteca-index: builds or updates the index of corpus folders.
// Wires command-line options to hemeroteca::update_index(); prints the
// summary.
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/article_analysis.h"
#include "common/cli_guard.h"
#include "common/errors.h"
#include "common/format_explain.h"
#include "common/indexing.h"
#include "common/paths.h"
#include "common/version.h"

namespace {

using hemeroteca::ExitCode;

struct Options {
  std::optional<std::string> db;
  std::vector<std::string> folders;
  std::uintmax_t max_file_bytes = hemeroteca::kDefaultMaxFileBytes;
  std::optional<std::string> explain;
  bool json = false;
};

int explain(const Options& options) {
  hemeroteca::Analyzer analyzer;
  hemeroteca::Extractor extractor(analyzer);
  auto analyzed =
      hemeroteca::analyze_file(*options.explain, options.max_file_bytes, analyzer, extractor);
  if (options.json) {
    std::cout << hemeroteca::explain_json(*analyzed).dump(
                     -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
  } else {
    hemeroteca::write_explain_text(*analyzed, std::cout);
  }
  return 0;
}

void print_summary(const hemeroteca::IndexSummary& summary, std::ostream& err) {
  for (const auto& warning : summary.warnings)
    err << "hemeroteca-index: warning: " << warning.path << ": " << warning.message << '\n';
  std::map<std::string_view, std::size_t> by_reason;
  for (const auto& skipped : summary.skipped) {
    err << "hemeroteca-index: skipped " << skipped.path << ": "
        << hemeroteca::skip_reason_name(skipped.reason) << " (" << skipped.detail << ")\n";
    ++by_reason[hemeroteca::skip_reason_name(skipped.reason)];
  }
  err << "hemeroteca-index: " << summary.added << " added, " << summary.updated << " updated, "
      << summary.removed << " removed, " << summary.unchanged << " unchanged, "
      << summary.skipped.size() << " skipped";
  if (!by_reason.empty()) {
    err << " (";
    const char* sep = "";
    for (const auto& [reason, count] : by_reason) {
      err << sep << reason << ": " << count;
      sep = ", ";
    }
    err << ")";
  }
  err << "; " << summary.total_documents << " articles in the index; " << summary.seconds << " s\n";
}

int run(const Options& options) {
  if (options.explain) return explain(options);
  if (options.folders.empty())
    throw hemeroteca::UsageError("no corpus folder given",
                                 "usage: hemeroteca-index [--db PATH] CORPUS_DIR...");
  hemeroteca::IndexOptions index_options;
  index_options.db_path = hemeroteca::resolve_index_path(options.db);
  for (const auto& folder : options.folders) index_options.folders.emplace_back(folder);
  index_options.max_file_bytes = options.max_file_bytes;
  hemeroteca::IndexSummary summary = hemeroteca::update_index(index_options);
  print_summary(summary, std::cerr);
  return static_cast<int>(summary.skipped.empty() ? ExitCode::kOk : ExitCode::kNothing);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Builds or updates the hemeroteca index of folders of Spanish news articles.",
               "hemeroteca-index"};
  app.set_version_flag("--version", std::string("hemeroteca-index ") + hemeroteca::kVersion);
  app.footer(
      "Every regular .txt file under the folders (recursively) is one article.\n"
      "Exit status: 0 all files indexed; 1 some files skipped (listed on stderr);\n"
      "2 usage error; 3 index unusable; 4 index locked by another indexer;\n"
      "6 index built by an incompatible version.");
  Options options;
  app.add_option("--db", options.db,
                 "Index path (default: $HEMEROTECA_DB, else "
                 "$XDG_DATA_HOME/hemeroteca/index)");
  app.add_option("--max-file-size", options.max_file_bytes,
                 "Skip files larger than this many bytes")
      ->default_val(hemeroteca::kDefaultMaxFileBytes);
  app.add_option("--explain", options.explain,
                 "Print what is extracted from FILE (date, speakers, actors, topics) and why; "
                 "the index is not touched")
      ->option_text("FILE");
  app.add_flag("--json", options.json, "Print JSON (with --explain)");
  app.add_option("CORPUS_DIR", options.folders, "Folders of articles");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    return hemeroteca::report_usage_error("hemeroteca-index", std::cerr, e.what());
  }
  return hemeroteca::run_guarded("hemeroteca-index", std::cerr, [&] { return run(options); });
}
