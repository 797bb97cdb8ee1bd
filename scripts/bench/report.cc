#include "report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace bench {
namespace {

// Median of every run of one (corpus, engine, metric).
class Figures {
 public:
  explicit Figures(const std::string& path) {
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
      std::istringstream fields(line);
      std::string corpus, engine, metric, value;
      if (!std::getline(fields, corpus, '\t') || !std::getline(fields, engine, '\t') ||
          !std::getline(fields, metric, '\t') || !std::getline(fields, value))
        continue;
      if (std::find(corpora_.begin(), corpora_.end(), corpus) == corpora_.end())
        corpora_.push_back(corpus);
      runs_[{corpus, engine, metric}].push_back(std::stod(value));
    }
  }

  const std::vector<std::string>& corpora() const { return corpora_; }

  // Corpora that were indexed and timed; the others only served known-item
  // search (their articles are another corpus's plus a few), so they get no
  // row in the timing tables.
  std::vector<std::string> timed_corpora() const {
    std::vector<std::string> timed;
    for (const std::string& c : corpora_)
      if (get(c, "corpus", "files")) timed.push_back(c);
    return timed;
  }

  std::optional<double> get(const std::string& corpus, const std::string& engine,
                            const std::string& metric) const {
    auto found = runs_.find({corpus, engine, metric});
    if (found == runs_.end() || found->second.empty()) return std::nullopt;
    std::vector<double> values = found->second;
    std::sort(values.begin(), values.end());
    std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

 private:
  struct Key {
    std::string corpus, engine, metric;
    bool operator<(const Key& o) const {
      return std::tie(corpus, engine, metric) < std::tie(o.corpus, o.engine, o.metric);
    }
  };
  std::vector<std::string> corpora_;
  std::map<Key, std::vector<double>> runs_;
};

std::string fixed(std::optional<double> value, int decimals) {
  if (!value) return "–";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value);
  return buffer;
}

std::optional<double> ratio(std::optional<double> a, std::optional<double> b) {
  if (!a || !b || *b == 0) return std::nullopt;
  return *a / *b;
}

std::optional<double> scaled(std::optional<double> value, double factor) {
  if (!value) return std::nullopt;
  return *value * factor;
}

std::string times(std::optional<double> value) {
  return value ? fixed(value, 2) + "×" : "–";
}

const std::map<std::string, std::string> kEngineNames = {
    {"hemeroteca", "hemeroteca (2 threads, extraction on)"},
    {"hemeroteca-1core", "hemeroteca, 1 thread"},
    {"plain-xapian", "plain Xapian"},
    {"omindex", "omindex"},
    {"fts5", "SQLite FTS5"},
    {"quest", "quest (omindex's index)"},
    {"sqlite3", "sqlite3 CLI"},
};

std::string engine_name(const std::string& engine) {
  auto found = kEngineNames.find(engine);
  return found == kEngineNames.end() ? engine : found->second;
}

void indexing_table(std::ostream& out, const Figures& f, const std::string& c) {
  std::optional<double> bytes = f.get(c, "corpus", "bytes"), files = f.get(c, "corpus", "files");
  std::optional<double> plain_s = f.get(c, "plain-xapian", "index_s");
  std::optional<double> plain_size = f.get(c, "plain-xapian", "size_bytes");
  out << "| indexer | index s | × plain Xapian | MB/s | articles/s | peak RSS MB | index MB | "
         "index / corpus | × plain Xapian | no-change s | no-change / full |\n"
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (std::string engine : {"plain-xapian", "hemeroteca", "hemeroteca-1core", "omindex", "fts5"}) {
    std::optional<double> s = f.get(c, engine, "index_s"), size = f.get(c, engine, "size_bytes");
    std::optional<double> noop = f.get(c, engine, "noop_s");
    out << "| " << engine_name(engine) << " | " << fixed(s, 1) << " | " << times(ratio(s, plain_s))
        << " | " << fixed(scaled(ratio(bytes, s), 1e-6), 2) << " | " << fixed(ratio(files, s), 0)
        << " | " << fixed(scaled(f.get(c, engine, "index_rss_kb"), 1.0 / 1024), 0) << " | "
        << fixed(scaled(size, 1e-6), 1) << " | " << fixed(ratio(size, bytes), 2) << " | "
        << times(ratio(size, plain_size)) << " | " << fixed(noop, 2) << " | "
        << (noop ? fixed(scaled(ratio(noop, s), 100), 2) + " %" : "–") << " |\n";
  }
  out << '\n';
}

void query_tables(std::ostream& out, const Figures& f, const std::string& c) {
  std::optional<double> plain = f.get(c, "plain-xapian", "batch_p50_ms");
  std::optional<double> plain99 = f.get(c, "plain-xapian", "batch_p99_ms");
  out << "| in one process (batch) | p50 ms | p95 ms | p99 ms | p50 × plain Xapian | "
         "p99 × plain Xapian | peak RSS MB |\n|---|---:|---:|---:|---:|---:|---:|\n";
  const std::pair<std::string, std::string> batch_engines[] = {
      {"plain-xapian", "plain Xapian (top 10 ids, AND)"},
      {"hemeroteca", "hemeroteca: top 10, exact total, 4 facets over the whole match (JSON)"},
      {"hemeroteca-snippets", "hemeroteca: the same with snippets (reads each result's file)"},
      {"hemeroteca-nofacets", "hemeroteca: top 10, exact total, no facets"},
      {"hemeroteca-nofacets-snippets", "hemeroteca: no facets, with snippets"},
      {"fts5", "SQLite FTS5 (top 10 ids by bm25, AND)"}};
  for (const auto& [engine, name] : batch_engines) {
    std::optional<double> p50 = f.get(c, engine, "batch_p50_ms");
    std::optional<double> p99 = f.get(c, engine, "batch_p99_ms");
    out << "| " << name << " | " << fixed(p50, 3) << " | "
        << fixed(f.get(c, engine, "batch_p95_ms"), 3) << " | " << fixed(p99, 3) << " | "
        << times(ratio(p50, plain)) << " | " << times(ratio(p99, plain99)) << " | "
        << fixed(scaled(f.get(c, engine, "batch_rss_kb"), 1.0 / 1024), 0) << " |\n";
  }
  out << '\n';
  std::optional<double> quest = f.get(c, "quest", "spawn_p50_ms");
  out << "| one process per query | p50 ms | p95 ms | p99 ms | p50 × quest |\n"
         "|---|---:|---:|---:|---:|\n";
  const std::pair<std::string, std::string> spawn_engines[] = {
      {"quest", "quest (omindex's index, top 10)"},
      {"hemeroteca", "hemeroteca-search --json (4 facets, snippets)"},
      {"hemeroteca-nosnippets", "hemeroteca-search --json --no-snippets (4 facets)"},
      {"sqlite3", "sqlite3 CLI (FTS5, top 10)"}};
  for (const auto& [engine, name] : spawn_engines) {
    std::optional<double> p50 = f.get(c, engine, "spawn_p50_ms");
    out << "| " << name << " | " << fixed(p50, 2) << " | "
        << fixed(f.get(c, engine, "spawn_p95_ms"), 2) << " | "
        << fixed(f.get(c, engine, "spawn_p99_ms"), 2) << " | " << times(ratio(p50, quest))
        << " |\n";
  }
  out << '\n';
}

void known_item_table(std::ostream& out, const Figures& f) {
  bool any = false;
  for (const std::string& c : f.corpora()) any |= f.get(c, "hemeroteca", "mrr_accents").has_value();
  if (!any) return;
  out << "## Ranking: known-item search\n\n"
         "A headline as the query, its article (indexed without it) as the answer; MRR@10. "
         "On a synthetic corpus the headlines are written from each article's lead (the first "
         "500 articles); on `real-headlines` they are the headlines of the news in "
         "`scripts/bench/known-items/` (30 stories, each told by 5 outlets: near-duplicates) "
         "and `tests/gold/`, written by people who had not seen the engine, searched among "
         "all of them (and, where named, a synthetic corpus). \"No accents\" strips "
         "á é í ó ú ü from the query (ñ kept). hemeroteca runs its default (AND, relaxed to "
         "ranked OR when AND finds nothing or, for five words or more, less than a page); the "
         "baselines run OR, their best.\n\n"
         "| corpus | queries | engine | MRR@10 | MRR@10, no accents |\n|---|---:|---|---:|---:|\n";
  for (const std::string& c : f.corpora())
    for (std::string engine : {"hemeroteca", "plain-xapian", "fts5"})
      if (f.get(c, engine, "mrr_accents"))
        out << "| " << c << " | " << fixed(f.get(c, "corpus", "known_items"), 0) << " | "
            << engine_name(engine) << " | " << fixed(f.get(c, engine, "mrr_accents"), 3) << " | "
            << fixed(f.get(c, engine, "mrr_plain"), 3) << " |\n";
  out << '\n';
}

struct Target {
  std::string what;
  std::optional<double> value;
  double limit;
  std::string unit;
  bool strict = false;  // "below" rather than "at most"
};

std::vector<Target> targets(const Figures& f, const std::string& c) {
  auto get = [&](const std::string& e, const std::string& m) { return f.get(c, e, m); };
  return {
      {"full index ≤ 0.7 × omindex (2 threads, extraction on)",
       ratio(get("hemeroteca", "index_s"), get("omindex", "index_s")), 0.7, "×"},
      {"full index on 1 thread ≤ 1.3 × plain Xapian",
       ratio(get("hemeroteca-1core", "index_s"), get("plain-xapian", "index_s")), 1.3, "×"},
      {"no-change re-index ≤ 3 % of the full build",
       scaled(ratio(get("hemeroteca", "noop_s"), get("hemeroteca", "index_s")), 100), 3, " %"},
      {"index size ≤ 1.0 × plain Xapian",
       ratio(get("hemeroteca", "size_bytes"), get("plain-xapian", "size_bytes")), 1.0, "×"},
      {"batch p50, 4 facets (no snippets) ≤ 1.5 × plain Xapian",
       ratio(get("hemeroteca", "batch_p50_ms"), get("plain-xapian", "batch_p50_ms")), 1.5, "×"},
      {"batch p50, 4 facets (no snippets) ≤ 0.5 × SQLite FTS5",
       ratio(get("hemeroteca", "batch_p50_ms"), get("fts5", "batch_p50_ms")), 0.5, "×"},
      {"batch p99, 4 facets (no snippets) ≤ 3 × plain Xapian",
       ratio(get("hemeroteca", "batch_p99_ms"), get("plain-xapian", "batch_p99_ms")), 3, "×"},
      {"one process per query p50 ≤ 1.5 × quest",
       ratio(get("hemeroteca", "spawn_p50_ms"), get("quest", "spawn_p50_ms")), 1.5, "×"},
      {"one process per query p50 < sqlite3 CLI",
       ratio(get("hemeroteca", "spawn_p50_ms"), get("sqlite3", "spawn_p50_ms")), 1.0, "×", true},
      {"indexer peak RSS ≤ 1 GiB", scaled(get("hemeroteca", "index_rss_kb"), 1.0 / 1024), 1024,
       " MB"},
  };
}

void targets_table(std::ostream& out, const Figures& f) {
  const std::vector<std::string> corpora = f.timed_corpora();
  if (corpora.empty()) return;
  out << "## Targets\n\n| target |";
  for (const std::string& c : corpora) out << ' ' << c << " |";
  out << "\n|---|";
  for (std::size_t i = 0; i < corpora.size(); ++i) out << "---:|";
  out << '\n';
  std::vector<std::vector<Target>> by_corpus;
  for (const std::string& c : corpora) by_corpus.push_back(targets(f, c));
  for (std::size_t t = 0; t < by_corpus.front().size(); ++t) {
    out << "| " << by_corpus.front()[t].what << " |";
    for (const auto& corpus_targets : by_corpus) {
      const Target& target = corpus_targets[t];
      if (!target.value) {
        out << " – |";
        continue;
      }
      bool met = target.strict ? *target.value < target.limit : *target.value <= target.limit;
      out << ' ' << fixed(target.value, target.unit == " MB" ? 0 : 2) << target.unit
          << (met ? " ✅" : " ❌") << " |";
    }
    out << '\n';
  }
  out << '\n';
}

}  // namespace

int report(const std::string& results, const std::string& command, const std::string& machine,
           const std::string& runs) {
  Figures f(results);
  if (f.corpora().empty()) {
    std::cerr << "bench_tool report: no figures in " << results << '\n';
    return 1;
  }
  std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  std::ostream& out = std::cout;
  out << "# Benchmarks\n\n"
         "Written by `"
      << command << "` on " << date << ".\n\nMachine: " << machine
      << ".\n\nEvery figure is the median of " << runs
      << " runs; every ratio compares two engines measured in the same run (absolute times "
         "drift by ±20 % between runs on shared machines). Page cache warm. Queries: the "
         "generator's fixed set (1–4 words, phrases, date-filtered queries), the same for every "
         "engine. Plain Xapian and FTS5 print the ids of the top 10; hemeroteca prints them in "
         "JSON with each article's stored fields, the exact total and (unless said otherwise) the "
         "four facets over the whole match; rows \"with snippets\" also read each result's file "
         "to cut a snippet. `quest` has no date filter and runs those queries' words alone. The "
         "targets' batch rows are hemeroteca with facets and without snippets (the same page of "
         "results as the baselines, plus the facets).\n\n";
  out << "## Corpora\n\n| corpus | articles | MB |\n|---|---:|---:|\n";
  for (const std::string& c : f.timed_corpora())
    out << "| " << c << " | " << fixed(f.get(c, "corpus", "files"), 0) << " | "
        << fixed(scaled(f.get(c, "corpus", "bytes"), 1e-6), 1) << " |\n";
  out << '\n';
  targets_table(out, f);
  for (const std::string& c : f.timed_corpora()) {
    out << "## " << c << "\n\n";
    indexing_table(out, f, c);
    query_tables(out, f, c);
  }
  known_item_table(out, f);
  return 0;
}

}  // namespace bench
