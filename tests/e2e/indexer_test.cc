// hemeroteca-index end to end: incremental runs, atomic rebuilds, crash
// safety, locking, bad files, output for scripts, JSONL input.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>

#include "tests/e2e/e2e_support.h"
#include "tests/support/synthetic.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

TEST(Indexer, IncrementalAddModifyDelete) {
  TempDir dir;
  fs::path corpus = dir / "corpus";
  fs::copy(corpus_dir(), corpus);
  nlohmann::json first = index_json(dir / "index", {corpus.string()});
  EXPECT_EQ(first["added"], 5);

  nlohmann::json again = index_json(dir / "index", {corpus.string()});
  EXPECT_EQ(again["unchanged"], 5);
  EXPECT_EQ(again["added"], 0);

  // Touched but identical: not re-indexed.
  fs::last_write_time(corpus / "000_cb0d0d3e700154b1.txt", fs::file_time_type::clock::now());
  EXPECT_EQ(index_json(dir / "index", {corpus.string()})["unchanged"], 5);

  write(corpus / "001_4d1c72fe2da7e519.txt", "Texto nuevo sobre el huachicol.\n");
  fs::remove(corpus / "002_784ec795567202d7.txt");
  write(corpus / "nuevo/005.txt", "Otro artículo sobre el huachicol.\n");
  nlohmann::json changed = index_json(dir / "index", {corpus.string()});
  EXPECT_EQ(changed["added"], 1);
  EXPECT_EQ(changed["updated"], 1);
  EXPECT_EQ(changed["removed"], 1);
  EXPECT_EQ(changed["unchanged"], 3);
  EXPECT_EQ(changed["total"], 5);
  EXPECT_EQ(ids_of(dir / "index", "huachicol"),
            (std::set<std::string>{"001_4d1c72fe2da7e519.txt", "nuevo/005.txt"}));
  EXPECT_TRUE(ids_of(dir / "index", "id:002_784ec795567202d7.txt").empty());
}

TEST(Indexer, ChangedDataFilesReextractEveryArticle) {
  TempDir dir;
  index_json(dir / "index", {corpus_dir().string()});
  fs::path data = dir / "data";
  fs::copy(fs::path(HEMEROTECA_SOURCE_DIR) / "data", data);
  fs::permissions(data / "topics.toml", fs::perms::owner_write, fs::perm_options::add);
  std::ofstream(data / "topics.toml", std::ios::app)
      << "\n[[topic]]\nname = \"telefonía\"\nterms = [\"llamada telefónica\"]\n";
  ProcessOptions options;
  options.env["HEMEROTECA_DATA_DIR"] = data.string();
  nlohmann::json rerun = index_json(dir / "index", {corpus_dir().string()}, 0, options);
  EXPECT_EQ(rerun["updated"], 5);
}

TEST(Indexer, RebuildSwapsWhileSearchesGoOn) {
  TempDir dir;
  fs::path corpus = write_synthetic_corpus(dir / "corpus", 1500);
  index_json(dir / "index", {corpus.string()});
  std::atomic<bool> stop{false};
  std::atomic<int> searches{0}, failures{0};
  std::thread searcher([&] {
    while (!stop) {
      ProcessResult result =
          run_search({"--db", (dir / "index").string(), "--json", "--limit", "1", "fentanilo"});
      ++searches;
      if (result.exit_code != 0) ++failures;
    }
  });
  nlohmann::json rebuilt = index_json(dir / "index", {"--rebuild", corpus.string()});
  stop = true;
  searcher.join();
  EXPECT_EQ(rebuilt["rebuilt"], true);
  EXPECT_EQ(rebuilt["added"], 1500);
  EXPECT_GT(searches, 0);
  EXPECT_EQ(failures, 0) << "of " << searches << " searches during the rebuild";
  EXPECT_EQ(article_count(dir / "index"), 1500);
  // Nothing left beside the index but its lock file.
  std::set<std::string> siblings;
  for (const auto& entry : fs::directory_iterator(dir.path()))
    siblings.insert(entry.path().filename().string());
  EXPECT_EQ(siblings, (std::set<std::string>{"corpus", "index", "index.lock"}));
}

// With several threads a first build writes shards side by side and merges
// them: the index must answer exactly as one written by a single writer,
// before and after incremental runs.
TEST(Indexer, ShardedBuildAnswersAsASingleWriterBuild) {
  TempDir dir;
  fs::path corpus = write_synthetic_corpus(dir / "corpus", 2500, 0, 60);
  index_json(dir / "one", {"--threads", "1", corpus.string()});
  index_json(dir / "two", {"--threads", "2", corpus.string()});
  auto same_answers = [&](const std::string& when) {
    EXPECT_EQ(article_count(dir / "one"), article_count(dir / "two")) << when;
    for (std::string query : {"fentanilo", "armas frontera", "\"secretario de\"", "articulo17",
                              "date:2025-01", "soberania OR cartel"}) {
      nlohmann::json a = search_json(dir / "one", {"--facet-limit", "0", query});
      nlohmann::json b = search_json(dir / "two", {"--facet-limit", "0", query});
      EXPECT_EQ(a["total"], b["total"]) << when << ": " << query;
      EXPECT_EQ(a["facets"], b["facets"]) << when << ": " << query;
      EXPECT_EQ(ids_of(dir / "one", query), ids_of(dir / "two", query)) << when << ": " << query;
    }
  };
  same_answers("first build");
  for (int n : {3, 900, 2001}) fs::remove(corpus / ("a" + std::to_string(n) + ".txt"));
  write(corpus / "a10.txt", synthetic_article(99999, 80));
  write_synthetic_corpus(corpus, 3, 5000, 60);
  for (const char* db : {"one", "two"}) {
    nlohmann::json run = index_json(dir / db, {corpus.string()});
    EXPECT_EQ(run["removed"], 3) << db;
    EXPECT_EQ(run["added"], 3) << db;
    EXPECT_EQ(run["updated"], 1) << db;
  }
  same_answers("after an update");
}

TEST(Indexer, KilledMidRunLeavesAUsableIndexAndTheNextRunCompletesIt) {
  TempDir dir;
  fs::path corpus = write_synthetic_corpus(dir / "corpus", 300);
  index_json(dir / "index", {corpus.string()});
  write_synthetic_corpus(corpus, 4000, 300, 400);
  // Kill runs at growing moments (early ones before any commit, later ones
  // between commits), each time checking that the index opens and holds a
  // whole number of committed batches' worth of articles.
  int kills = 0;
  for (int attempt = 0; attempt < 6; ++attempt) {
    BackgroundProcess indexer({HEMEROTECA_INDEX_BIN, "--db", (dir / "index").string(), "--threads",
                               "1", corpus.string()});
    std::this_thread::sleep_for(std::chrono::milliseconds(150 + 250 * attempt));
    if (!indexer.running()) break;
    indexer.kill(SIGKILL);
    EXPECT_EQ(indexer.wait(), -1);
    ++kills;
    int after_kill = article_count(dir / "index");
    EXPECT_GE(after_kill, 300);
    EXPECT_LE(after_kill, 4300);
  }
  EXPECT_GE(kills, 1) << "the indexer finished before it could be killed";
  nlohmann::json resumed = index_json(dir / "index", {corpus.string()});
  EXPECT_EQ(resumed["total"], 4300);
  EXPECT_EQ(article_count(dir / "index"), 4300);
  EXPECT_EQ(ids_of(dir / "index", "articulo4299").size(), 1u) << "no duplicates";
  EXPECT_EQ(ids_of(dir / "index", "articulo0").size(), 1u);
}

TEST(Indexer, SecondIndexerWaitsThenGivesUp) {
  TempDir dir;
  fs::path corpus = write_synthetic_corpus(dir / "corpus", 300);
  index_json(dir / "index", {corpus.string()});
  // The first indexer holds the lock while it waits for its JSONL input on a
  // named pipe: it stays busy exactly as long as the test wants, however
  // fast the machine.
  fs::path pipe = dir / "articles.fifo";
  ASSERT_EQ(mkfifo(pipe.c_str(), 0600), 0);
  BackgroundProcess first({HEMEROTECA_INDEX_BIN, "--db", (dir / "index").string(), "--jsonl",
                           pipe.string(), corpus.string()});
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  ASSERT_TRUE(first.running());
  auto started = std::chrono::steady_clock::now();
  ProcessResult second =
      run_index({"--db", (dir / "index").string(), "--lock-timeout", "1", corpus.string()});
  double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(second.exit_code, 4) << second.err;
  EXPECT_NE(second.err.find("locked"), std::string::npos) << second.err;
  EXPECT_GE(waited, 0.9);
  // A patient second indexer gets its turn once the first one is done.
  std::thread feeder([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    std::ofstream(pipe)
        << R"({"id": "from-pipe", "body": "Un art\u00edculo llegado por la tuber\u00eda."})"
        << "\n";
  });
  ProcessResult patient =
      run_index({"--db", (dir / "index").string(), "--lock-timeout", "120", corpus.string()});
  feeder.join();
  EXPECT_EQ(patient.exit_code, 0) << patient.err;
  EXPECT_EQ(first.wait(), 0);
  EXPECT_EQ(article_count(dir / "index"), 301);
}

// The number of lines of `path` once it has at least `lines` (waits).
std::vector<std::string> lines_of(const fs::path& path, std::size_t lines) {
  std::vector<std::string> out;
  for (int tries = 0; tries < 600 && out.size() < lines; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    out.clear();
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) out.push_back(line);
  }
  return out;
}

TEST(Indexer, ALongLivedBatchSearcherSeesUpdatesAndRebuilds) {
  TempDir dir;
  fs::path corpus = write_synthetic_corpus(dir / "corpus", 30);
  index_json(dir / "index", {corpus.string()});
  fs::path requests = dir / "requests.fifo", answers = dir / "answers.jsonl";
  ASSERT_EQ(mkfifo(requests.c_str(), 0600), 0);
  ProcessOptions options;
  options.stdin_path = requests.string();
  options.stdout_path = answers.string();
  BackgroundProcess searcher({HEMEROTECA_SEARCH_BIN, "--db", (dir / "index").string(), "--batch",
                              "--no-snippets", "--limit", "0"},
                             options);
  std::ofstream ask(requests);
  auto total_after = [&](std::size_t answered) {
    ask << "{\"query\": \"\", \"from\": \"1900\"}" << std::endl;
    std::vector<std::string> lines = lines_of(answers, answered + 1);
    if (lines.size() <= answered) return -1;
    return nlohmann::json::parse(lines[answered])["total"].get<int>();
  };
  EXPECT_EQ(total_after(0), 30);
  write_synthetic_corpus(corpus, 10, 30);
  index_json(dir / "index", {corpus.string()});
  EXPECT_EQ(total_after(1), 40) << "an update is seen";
  write_synthetic_corpus(corpus, 5, 40);
  index_json(dir / "index", {"--rebuild", corpus.string()});
  EXPECT_EQ(total_after(2), 45) << "a rebuilt index is seen";
  ask.close();
  EXPECT_EQ(searcher.wait(), 0);
}

TEST(Indexer, BadFilesAreSkippedWithTheirReason) {
  TempDir dir;
  fs::path corpus = dir / "corpus";
  fs::copy(corpus_dir(), corpus);
  write(corpus / "latin1.txt",
        "La soberan\xED"
        "a de M\xE9xico y el a\xF1o del huachicol.\n");
  write(corpus / "crlf_bom.txt", "\xEF\xBB\xBFtitle: Con BOM\r\n\r\nCuerpo con huachicol.\r\n");
  write(corpus / "binary.txt", std::string("ab\0cd\0ef", 8));
  write(corpus / "empty.txt", "");
  write(corpus / "huge.txt", std::string(20000, 'a') + " huachicol");
  fs::create_symlink(dir / "missing.txt", corpus / "broken.txt");
  write(corpus / "unreadable.txt", "No debería leerse huachicol.\n");
  chmod((corpus / "unreadable.txt").c_str(), 0);
  mkfifo((corpus / "fifo.txt").c_str(), 0644);
  // Root reads every file: run the indexer as another user then.
  ProcessOptions options;
  options.as_nobody = true;
  if (running_as_root()) {
    fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);
    fs::permissions(corpus, fs::perms::all, fs::perm_options::add);
  }
  nlohmann::json out =
      index_json(dir / "index", {"--max-file-size", "10000", corpus.string()}, 1, options);
  std::map<std::string, std::string> reasons;
  for (const auto& skip : out["skipped"])
    reasons[fs::path(skip["path"].get<std::string>()).filename().string()] = skip["reason"];
  EXPECT_EQ(reasons["binary.txt"], "binary");
  EXPECT_EQ(reasons["empty.txt"], "empty");
  EXPECT_EQ(reasons["huge.txt"], "too-large");
  EXPECT_EQ(reasons["broken.txt"], "broken-link");
  EXPECT_EQ(reasons["unreadable.txt"], "unreadable");
  EXPECT_EQ(reasons["fifo.txt"], "not-a-file");
  EXPECT_EQ(out["added"], 7) << "the five seeds, the Latin-1 file and the BOM file: " << out.dump();
  bool latin1_warning = false;
  for (const auto& warning : out["warnings"])
    latin1_warning |= warning["path"].get<std::string>().ends_with("latin1.txt");
  EXPECT_TRUE(latin1_warning);
  EXPECT_EQ(ids_of(dir / "index", "huachicol"),
            (std::set<std::string>{"latin1.txt", "crlf_bom.txt"}));
  EXPECT_EQ(ids_of(dir / "index", "soberania año huachicol"), std::set<std::string>{"latin1.txt"});
}

TEST(Indexer, AFileThatBecomesUnreadableKeepsItsPreviousVersion) {
  TempDir dir;
  fs::path corpus = dir / "corpus";
  write(corpus / "a.txt", "Primera versión sobre el huachicol.\n");
  ProcessOptions options;
  options.as_nobody = true;
  if (running_as_root()) {
    fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);
    fs::permissions(corpus, fs::perms::all, fs::perm_options::add);
    fs::permissions(corpus / "a.txt", fs::perms::all, fs::perm_options::add);
  }
  index_json(dir / "index", {corpus.string()}, 0, options);
  write(corpus / "a.txt", "Segunda versión.\n");
  chmod((corpus / "a.txt").c_str(), 0);
  nlohmann::json out = index_json(dir / "index", {corpus.string()}, 1, options);
  ASSERT_EQ(out["skipped"].size(), 1u);
  EXPECT_EQ(out["skipped"][0]["reason"], "unreadable");
  ASSERT_EQ(out["warnings"].size(), 1u);
  EXPECT_NE(out["warnings"][0]["message"].get<std::string>().find("previous version"),
            std::string::npos);
  EXPECT_EQ(ids_of(dir / "index", "huachicol"), std::set<std::string>{"a.txt"});
}

TEST(Indexer, SummaryForPeopleAndForScripts) {
  TempDir dir;
  ProcessResult quiet =
      run_index({"--db", (dir / "index").string(), "--quiet", corpus_dir().string()});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_TRUE(quiet.err.empty()) << quiet.err;
  EXPECT_TRUE(quiet.out.empty());
  ProcessResult plain = run_index({"--db", (dir / "index").string(), corpus_dir().string()});
  EXPECT_NE(plain.err.find("5 unchanged"), std::string::npos) << plain.err;
  EXPECT_EQ(plain.err.find('\r'), std::string::npos) << "no progress line off a terminal";
  nlohmann::json json = index_json(dir / "index", {corpus_dir().string()});
  for (const char* key : {"added", "updated", "removed", "unchanged", "skipped", "seconds"})
    EXPECT_TRUE(json.contains(key)) << key;
}

TEST(Indexer, JsonlInput) {
  TempDir dir;
  fs::path records = dir / "articles.jsonl";
  write(records,
        "{\"id\": \"n1\", \"title\": \"Aranceles al acero\", \"date\": \"2026-02-10\", "
        "\"body\": \"Trump anunció aranceles al acero mexicano.\", \"source\": \"Milenio\", "
        "\"url\": \"https://example.org/n1\"}\n"
        "not json\n"
        "{\"id\": \"n2\", \"body\": \"Sheinbaum respondió a los aranceles.\"}\n");
  nlohmann::json out = index_json(dir / "index", {"--jsonl", records.string()}, 1);
  EXPECT_EQ(out["added"], 2);
  ASSERT_EQ(out["skipped"].size(), 1u);
  EXPECT_EQ(out["skipped"][0]["reason"], "invalid-record");
  nlohmann::json hit = search_json(dir / "index", {"id:n1"})["results"][0];
  EXPECT_EQ(hit["title"], "Aranceles al acero");
  EXPECT_EQ(hit["date"], "2026-02-10");
  EXPECT_EQ(hit["source"], "Milenio");
  EXPECT_EQ(hit["url"], "https://example.org/n1");
  EXPECT_EQ(search_json(dir / "index", {"source:milenio"})["total"], 1);
  // From stdin, unchanged records are not re-indexed.
  ProcessOptions options;
  options.stdin_data =
      "{\"id\": \"n2\", \"body\": \"Sheinbaum respondió a los aranceles.\"}\n"
      "{\"id\": \"n3\", \"body\": \"Nuevo texto.\"}\n";
  nlohmann::json again = index_json(dir / "index", {"--jsonl", "-"}, 0, options);
  EXPECT_EQ(again["unchanged"], 1);
  EXPECT_EQ(again["added"], 1);
}

TEST(Indexer, InfoShowsLastUpdateAndFolders) {
  TempDir dir;
  index_corpus(dir / "index");
  nlohmann::json info =
      nlohmann::json::parse(run_search({"--db", (dir / "index").string(), "--info", "--json"}).out);
  EXPECT_FALSE(info["last_update"].is_null());
  ASSERT_EQ(info["folders"].size(), 1u);
  EXPECT_EQ(info["folders"][0], fs::absolute(corpus_dir()).lexically_normal().string());
}

}  // namespace
}  // namespace hemeroteca::testing
