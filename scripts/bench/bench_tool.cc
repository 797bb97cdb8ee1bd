// The benchmark's measuring instrument.
//
//   bench_tool measure -- CMD ARGS...
//       runs CMD; prints "SECONDS MAX_RSS_KB EXIT"
//   bench_tool batch FORMAT QUERIES RESULTS -- CMD ARGS...
//       runs CMD once, writes it the queries one by one (FORMAT: tsv, or
//       hemeroteca / hemeroteca-nofacets: JSON lines for --batch), reads one
//       line back for each, timing it; writes the ids of each answer to
//       RESULTS (a line per query) and prints "P50 P95 P99 MAX_RSS_KB" in ms
//   bench_tool spawn ENGINE DB QUERIES [BINARY]
//       one process per query (ENGINE: hemeroteca, hemeroteca-nosnippets,
//       quest, sqlite3); prints
//       "P50 P95 P99"
//   bench_tool mrr HEADLINES RESULTS
//       MRR@10: line i of RESULTS holds the ids found for headline i
//   bench_tool strip-accents < IN > OUT
//       drops acute accents and diaereses (ñ kept)
//   bench_tool report RESULTS COMMAND MACHINE RUNS
//       renders RESULTS ("CORPUS\tENGINE\tMETRIC\tVALUE" lines, several
//       runs each) as docs/BENCHMARKS.md: medians, ratios, targets
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "fts5_query.h"
#include "report.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Query {
  std::string text, from, to;
};

std::vector<Query> read_queries(const std::string& path) {
  std::ifstream in(path);
  std::vector<Query> queries;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    Query q;
    std::istringstream fields(line);
    std::getline(fields, q.text, '\t');
    std::getline(fields, q.from, '\t');
    std::getline(fields, q.to, '\t');
    queries.push_back(q);
  }
  return queries;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t rank = static_cast<std::size_t>(p / 100.0 * values.size() + 0.999999);
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

pid_t spawn(const std::vector<std::string>& argv, int in_fd, int out_fd) {
  pid_t pid = fork();
  if (pid == 0) {
    if (in_fd >= 0) dup2(in_fd, 0);
    if (out_fd >= 0) dup2(out_fd, 1);
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 2);
    if (out_fd < 0) dup2(null, 1);
    for (int fd = 3; fd < 1024; ++fd) close(fd);  // the pipes' other ends
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  return pid;
}

int measure(const std::vector<std::string>& argv) {
  auto start = Clock::now();
  pid_t pid = spawn(argv, -1, -1);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("%.3f %ld %d\n", seconds, usage.ru_maxrss,
              WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return 0;
}

std::string json_line(const Query& q, bool facets) {
  nlohmann::json line = {{"query", q.text}, {"limit", 10}, {"facets", facets}};
  if (!q.from.empty()) {
    line["from"] = q.from;
    line["to"] = q.to;
  }
  return line.dump();
}

// The ids of an answer line: tab-separated, or hemeroteca's JSON.
std::string ids_of(const std::string& line, bool json) {
  if (!json) return line;
  nlohmann::json answer = nlohmann::json::parse(line, nullptr, false);
  std::string ids;
  if (answer.is_object() && answer.contains("results"))
    for (const auto& hit : answer["results"])
      ids += (ids.empty() ? "" : "\t") + hit["id"].get<std::string>();
  return ids;
}

int batch(const std::string& format, const std::string& queries_path,
          const std::string& results_path, const std::vector<std::string>& argv) {
  std::vector<Query> queries = read_queries(queries_path);
  int to_child[2], from_child[2];
  if (pipe(to_child) || pipe(from_child)) return 1;
  pid_t pid = spawn(argv, to_child[0], from_child[1]);
  close(to_child[0]);
  close(from_child[1]);
  FILE* out = fdopen(to_child[1], "w");
  FILE* in = fdopen(from_child[0], "r");
  bool json = format != "tsv";
  std::ofstream results(results_path);
  std::vector<double> latencies;
  char* line = nullptr;
  std::size_t capacity = 0;
  for (const Query& q : queries) {
    std::string request =
        json ? json_line(q, format == "hemeroteca") : q.text + "\t" + q.from + "\t" + q.to;
    auto start = Clock::now();
    std::fputs((request + "\n").c_str(), out);
    std::fflush(out);
    ssize_t n = getline(&line, &capacity, in);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (n <= 0) break;
    std::string answer(line, static_cast<std::size_t>(n));
    if (!answer.empty() && answer.back() == '\n') answer.pop_back();
    results << ids_of(answer, json) << '\n';
  }
  std::fclose(out);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  std::fclose(in);
  free(line);
  std::printf("%.3f %.3f %.3f %ld\n", percentile(latencies, 50), percentile(latencies, 95),
              percentile(latencies, 99), usage.ru_maxrss);
  return 0;
}

std::vector<std::string> spawn_argv(const std::string& engine, const std::string& db,
                                    const Query& q, const std::string& binary) {
  if (engine.starts_with("hemeroteca")) {
    std::vector<std::string> argv = {binary, "--db", db, "--json", "--limit", "10"};
    if (engine == "hemeroteca-nosnippets") argv.push_back("--no-snippets");
    if (!q.from.empty()) argv.insert(argv.end(), {"--from", q.from, "--to", q.to});
    argv.push_back(q.text);
    return argv;
  }
  if (engine == "quest")  // quest has no date filter: it runs the words alone
    return {"quest", "-d", db, "-s", "spanish", "-m", "10", q.text};
  // sqlite3 CLI
  auto quote = [](const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  };
  std::string sql =
      "SELECT id FROM articles WHERE articles MATCH " + quote(bench::fts5_match(q.text, true)) +
      (q.from.empty() ? "" : " AND date BETWEEN " + quote(q.from) + " AND " + quote(q.to)) +
      " ORDER BY bm25(articles) LIMIT 10;";
  return {"sqlite3", db, sql};
}

int spawn_each(const std::string& engine, const std::string& db, const std::string& queries_path,
               const std::string& binary) {
  std::vector<double> latencies;
  for (const Query& q : read_queries(queries_path)) {
    auto start = Clock::now();
    pid_t pid = spawn(spawn_argv(engine, db, q, binary), -1, -1);
    int status = 0;
    waitpid(pid, &status, 0);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::printf("%.3f %.3f %.3f\n", percentile(latencies, 50), percentile(latencies, 95),
              percentile(latencies, 99));
  return 0;
}

int mrr(const std::string& headlines_path, const std::string& results_path) {
  std::ifstream headlines(headlines_path), results(results_path);
  double sum = 0;
  std::size_t n = 0;
  std::string headline, result;
  while (std::getline(headlines, headline) && std::getline(results, result)) {
    std::string target = headline.substr(0, headline.find('\t'));
    std::istringstream ids(result);
    std::string id;
    for (int rank = 1; rank <= 10 && std::getline(ids, id, '\t'); ++rank)
      if (id == target) {
        sum += 1.0 / rank;
        break;
      }
    ++n;
  }
  std::printf("%.4f %zu\n", n ? sum / n : 0.0, n);
  return 0;
}

int strip_accents() {
  const std::pair<std::string, std::string> kFold[] = {
      {"á", "a"}, {"é", "e"}, {"í", "i"}, {"ó", "o"}, {"ú", "u"}, {"ü", "u"},
      {"Á", "A"}, {"É", "E"}, {"Í", "I"}, {"Ó", "O"}, {"Ú", "U"}, {"Ü", "U"}};
  for (std::string line; std::getline(std::cin, line);) {
    for (const auto& [from, to] : kFold)
      for (std::size_t at; (at = line.find(from)) != std::string::npos;)
        line.replace(at, from.size(), to);
    std::cout << line << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  auto after_dashes = [&](std::size_t from) {
    auto dashes = std::find(args.begin() + static_cast<long>(from), args.end(), "--");
    return dashes == args.end() ? std::vector<std::string>()
                                : std::vector<std::string>(dashes + 1, args.end());
  };
  if (!args.empty() && args[0] == "measure") return measure(after_dashes(1));
  if (args.size() >= 5 && args[0] == "batch")
    return batch(args[1], args[2], args[3], after_dashes(4));
  if (args.size() >= 4 && args[0] == "spawn")
    return spawn_each(args[1], args[2], args[3], args.size() > 4 ? args[4] : "");
  if (args.size() == 3 && args[0] == "mrr") return mrr(args[1], args[2]);
  if (!args.empty() && args[0] == "strip-accents") return strip_accents();
  if (args.size() == 5 && args[0] == "report")
    return bench::report(args[1], args[2], args[3], args[4]);
  std::cerr << "usage: bench_tool measure|batch|spawn|mrr|strip-accents ... (see the source)\n";
  return 2;
}
