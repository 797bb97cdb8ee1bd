// Sharded indexes end to end: --shards N, stub files, shards served by
// Xapian's own xapian-tcpsrv, shards that are down or slow. The reference
// for every answer is an index of one database built from the same files.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/e2e/e2e_support.h"
#include "tests/support/synthetic.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

// Queries and options covering what a shard could change: ranking, exact
// totals, sorting, paging, facets, phrases, wildcards, filters, relaxation.
const std::vector<std::vector<std::string>> kProbes = {
    {"fentanilo"},
    {"armas frontera"},
    {"\"secretario de\""},
    {"fentan*"},
    {"soberania OR cartel", "--sort", "date"},
    {"seguridad", "--sort", "-date", "--offset", "3", "--limit", "7"},
    {"date:2025-01", "--date-facet", "month"},
    {"Rubio", "--facet-limit", "0", "--date-facet", "year"},
    {"--speaker", "Claudia Sheinbaum", "--topic", "seguridad"},
    {"México Estados Unidos acuerdo inexistentepalabra"},
    {"--like", "seed-000_cb0d0d3e700154b1.txt"},
};

// A search's JSON with what may differ between databases removed (docids
// number documents per database).
nlohmann::json answer(const fs::path& db, const std::vector<std::string>& probe,
                      std::vector<std::string> extra = {}) {
  std::vector<std::string> args = probe;
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back("--no-snippets");
  nlohmann::json json = search_json(db, args, 0);
  if (json.contains("results"))
    for (auto& hit : json["results"]) hit.erase("docid");
  return json;
}

// Every probe answers the same on `db` as on `reference`.
void expect_same_answers(const fs::path& reference, const fs::path& db, const std::string& when,
                         std::vector<std::string> extra = {}) {
  for (const auto& probe : kProbes) {
    nlohmann::json expected = answer(reference, probe, extra);
    nlohmann::json got = answer(db, probe, extra);
    // The differences as a JSON patch: short enough to read in a failure.
    nlohmann::json patch = nlohmann::json::diff(expected, got);
    if (patch.size() > 5) patch.erase(patch.begin() + 5, patch.end());
    EXPECT_TRUE(patch.empty()) << when << ": " << probe.front() << ": " << patch.dump();
    EXPECT_GT(expected.value("total", 0), 0) << "a probe that finds nothing: " << probe.front();
  }
}

// A corpus with real articles (speakers, topics) and many generated ones.
fs::path make_corpus(const fs::path& folder) {
  write_synthetic_corpus(folder, 400, 0, 120);
  for (const auto& entry : fs::directory_iterator(corpus_dir()))
    fs::copy(entry.path(), folder / ("seed-" + entry.path().filename().string()));
  return folder;
}

std::vector<std::string> stub_lines(const fs::path& stub) {
  std::ifstream in(stub);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string executable(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');)
    if (access((fs::path(dir) / name).c_str(), X_OK) == 0) return (fs::path(dir) / name).string();
  return {};
}

// A TCP port nobody listens on now.
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  close(fd);
  return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

// xapian-tcpsrv serving one shard on loopback while it lives.
class ShardServer {
 public:
  explicit ShardServer(const fs::path& shard) : port_(free_port()) {
    std::string tcpsrv = executable("xapian-tcpsrv");
    EXPECT_FALSE(tcpsrv.empty()) << "xapian-tcpsrv missing: run scripts/install-deps.sh";
    server_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{tcpsrv, "--port", std::to_string(port_), "--interface",
                                 "127.0.0.1", "--quiet", shard.string()});
    for (int tries = 0; tries < 100 && !accepts_connections(port_); ++tries)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  // Signals the server and the processes it forked for its connections.
  void signal(int number) {
    for (const auto& entry : fs::directory_iterator("/proc")) {
      std::ifstream stat(entry.path() / "stat");
      std::string pid, name, state;
      int parent = 0;
      if (stat >> pid >> name >> state >> parent && parent == server_->pid())
        ::kill(std::stoi(pid), number);
    }
    server_->kill(number);
  }

 private:
  int port_;
  std::unique_ptr<BackgroundProcess> server_;
};

TEST(Sharding, ShardedIndexAnswersExactlyLikeOneDatabase) {
  TempDir dir;
  fs::path corpus = make_corpus(dir / "corpus");
  index_json(dir / "one", {corpus.string()});
  nlohmann::json built = index_json(dir / "sharded", {"--shards", "3", corpus.string()});
  EXPECT_EQ(built["added"], 405);
  EXPECT_EQ(stub_lines(dir / "sharded" / "XAPIANDB"),
            (std::vector<std::string>{"auto shard-00", "auto shard-01", "auto shard-02"}));
  nlohmann::json info = search_json(dir / "sharded", {"--info"});
  ASSERT_EQ(info["shards"].size(), 3u);
  int sum = 0;
  for (const auto& shard : info["shards"]) {
    EXPECT_GT(shard["articles"].get<int>(), 60) << "a stable hash spreads articles evenly";
    sum += shard["articles"].get<int>();
  }
  EXPECT_EQ(sum, 405);
  expect_same_answers(dir / "one", dir / "sharded", "first build");

  // Updates go to the article's shard: nothing duplicated, nothing lost.
  for (int n : {3, 150, 299}) fs::remove(corpus / ("a" + std::to_string(n) + ".txt"));
  write(corpus / "a10.txt", synthetic_article(99999, 80));
  write_synthetic_corpus(corpus, 3, 5000, 60);
  for (const char* db : {"one", "sharded"}) {
    nlohmann::json run = index_json(dir / db, {corpus.string()});
    EXPECT_EQ(run["removed"], 3) << db;
    EXPECT_EQ(run["added"], 3) << db;
    EXPECT_EQ(run["updated"], 1) << db;
    EXPECT_EQ(run["unchanged"], 401) << db;
  }
  EXPECT_EQ(article_count(dir / "sharded"), 405);
  expect_same_answers(dir / "one", dir / "sharded", "after an update");

  nlohmann::json rebuilt = index_json(dir / "sharded", {"--rebuild", corpus.string()});
  EXPECT_EQ(rebuilt["added"], 405);
  EXPECT_EQ(stub_lines(dir / "sharded" / "XAPIANDB").size(), 3u) << "a rebuild keeps the count";
  expect_same_answers(dir / "one", dir / "sharded", "after a rebuild");
}

TEST(Sharding, ADifferentShardCountIsRefusedUnlessRebuilding) {
  TempDir dir;
  fs::path corpus = make_corpus(dir / "corpus");
  index_json(dir / "one", {corpus.string()});
  index_json(dir / "sharded", {"--shards", "3", corpus.string()});

  ProcessResult two =
      run_index({"--db", (dir / "sharded").string(), "--shards", "2", corpus.string()});
  EXPECT_EQ(two.exit_code, 6);
  EXPECT_NE(two.err.find("has 3 shards, not 2"), std::string::npos) << two.err;
  EXPECT_NE(two.err.find("--rebuild --shards 2"), std::string::npos) << two.err;
  ProcessResult split =
      run_index({"--db", (dir / "one").string(), "--shards", "2", corpus.string()});
  EXPECT_EQ(split.exit_code, 6);
  EXPECT_NE(split.err.find("has 1 shard, not 2"), std::string::npos) << split.err;
  EXPECT_EQ(index_json(dir / "sharded", {corpus.string()})["unchanged"], 405)
      << "no --shards: the index's own count";

  nlohmann::json resharded =
      index_json(dir / "sharded", {"--rebuild", "--shards", "2", corpus.string()});
  EXPECT_EQ(resharded["added"], 405);
  EXPECT_EQ(stub_lines(dir / "sharded" / "XAPIANDB").size(), 2u);
  expect_same_answers(dir / "one", dir / "sharded", "resharded to 2");
  index_json(dir / "sharded", {"--rebuild", "--shards", "1", corpus.string()});
  EXPECT_FALSE(fs::exists(dir / "sharded" / "XAPIANDB")) << "one shard is one database";
  expect_same_answers(dir / "one", dir / "sharded", "back to one database");
}

TEST(Sharding, AShardIndexedOnItsOwnTakesOnlyItsArticles) {
  TempDir dir;
  fs::path corpus = make_corpus(dir / "corpus");
  index_json(dir / "sharded", {"--shards", "2", corpus.string()});
  write_synthetic_corpus(corpus, 40, 7000, 60);
  // As on a shard server's machine: each shard updated by its own indexer.
  nlohmann::json first = index_json(dir / "sharded" / "shard-00", {corpus.string()});
  nlohmann::json second = index_json(dir / "sharded" / "shard-01", {corpus.string()});
  EXPECT_EQ(first["added"].get<int>() + second["added"].get<int>(), 40);
  EXPECT_GT(first["added"].get<int>(), 5);
  EXPECT_GT(second["added"].get<int>(), 5);
  index_json(dir / "one", {corpus.string()});
  expect_same_answers(dir / "one", dir / "sharded", "shards updated one by one");
  ProcessResult refused = run_index(
      {"--db", (dir / "sharded" / "shard-00").string(), "--shards", "2", corpus.string()});
  EXPECT_EQ(refused.exit_code, 2) << refused.err;
}

class RemoteShards : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_ = make_corpus(dir_ / "corpus");
    index_json(dir_ / "one", {corpus_.string()});
    index_json(dir_ / "sharded", {"--shards", "3", corpus_.string()});
    servers_.push_back(std::make_unique<ShardServer>(dir_ / "sharded" / "shard-01"));
    servers_.push_back(std::make_unique<ShardServer>(dir_ / "sharded" / "shard-02"));
    // A stub written by hand: one local shard, two served.
    write(stub_, "auto sharded/shard-00\nremote " + servers_[0]->address() + "\nremote " +
                     servers_[1]->address() + "\n");
  }

  TempDir dir_;
  fs::path corpus_;
  fs::path stub_ = dir_ / "mixed.stub";
  std::vector<std::unique_ptr<ShardServer>> servers_;
};

TEST_F(RemoteShards, AnswerExactlyLikeOneDatabase) {
  expect_same_answers(dir_ / "one", stub_, "local and remote shards");
  expect_same_answers(dir_ / "one", stub_, "any word", {"--any"});
  nlohmann::json info = search_json(stub_, {"--info"});
  ASSERT_EQ(info["shards"].size(), 3u);
  EXPECT_EQ(info["shards"][1]["shard"], servers_[0]->address());
  EXPECT_EQ(info["articles"], 405);
  EXPECT_EQ(info["facets"], search_json(dir_ / "one", {"--info"})["facets"]);
}

TEST_F(RemoteShards, AShardThatIsDownIsNamedOrLeftOutWhenAllowed) {
  std::string down = servers_[1]->address();
  servers_[1].reset();  // stopped
  ProcessResult refused = run_search({"--db", stub_.string(), "fentanilo"});
  EXPECT_EQ(refused.exit_code, 5);
  EXPECT_NE(refused.err.find(down), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--allow-partial"), std::string::npos) << refused.err;

  nlohmann::json partial = search_json(stub_, {"--allow-partial", "fentanilo"});
  EXPECT_EQ(partial["partial"], true);
  ASSERT_EQ(partial["missing_shards"].size(), 1u);
  EXPECT_EQ(partial["missing_shards"][0]["shard"], down);
  // The answer of the shards that are up.
  write(dir_ / "up.stub", "auto sharded/shard-00\nremote " + servers_[0]->address() + "\n");
  nlohmann::json up = search_json(dir_ / "up.stub", {"fentanilo"});
  EXPECT_EQ(partial["total"], up["total"]);
  EXPECT_EQ(partial["facets"], up["facets"]);
  EXPECT_EQ(up["partial"], false);
  EXPECT_FALSE(up.contains("missing_shards"));
  ProcessResult warned = run_search({"--db", stub_.string(), "--allow-partial", "fentanilo"});
  EXPECT_EQ(warned.exit_code, 0);
  EXPECT_NE(warned.err.find("partial results: shard " + down), std::string::npos) << warned.err;
}

TEST_F(RemoteShards, AShardThatHangsTimesOut) {
  servers_[0]->signal(SIGSTOP);  // accepts connections, never answers
  auto started = std::chrono::steady_clock::now();
  ProcessResult refused = run_search({"--db", stub_.string(), "--shard-timeout", "1", "fentanilo"});
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(refused.exit_code, 5);
  EXPECT_NE(refused.err.find(servers_[0]->address()), std::string::npos) << refused.err;
  EXPECT_LT(seconds, 10) << "--shard-timeout 1 was not kept";
  nlohmann::json partial =
      search_json(stub_, {"--shard-timeout", "1", "--allow-partial", "fentanilo"});
  EXPECT_EQ(partial["partial"], true);
  EXPECT_EQ(partial["missing_shards"][0]["shard"], servers_[0]->address());
  servers_[0]->signal(SIGCONT);
}

TEST_F(RemoteShards, AShardThatStopsMidBatchFailsItsLinesOrIsLeftOut) {
  // The searcher connects, answers the first line, then the shard hangs.
  std::string fifo = (dir_ / "queries").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  for (bool allow_partial : {false, true}) {
    fs::path out = dir_ / (allow_partial ? "partial.jsonl" : "strict.jsonl");
    std::vector<std::string> argv{HEMEROTECA_SEARCH_BIN, "--db", stub_.string(), "--batch",
                                  "--shard-timeout",     "1",    "--no-snippets"};
    if (allow_partial) argv.push_back("--allow-partial");
    std::string command;
    for (const std::string& arg : argv) command += "'" + arg + "' ";
    command += "< '" + fifo + "' > '" + out.string() + "' 2>/dev/null";
    BackgroundProcess batch({"/bin/sh", "-c", command});
    {
      std::ofstream queries(fifo);
      queries << "fentanilo" << std::endl;
      std::this_thread::sleep_for(std::chrono::milliseconds(700));
      servers_[0]->signal(SIGSTOP);
      queries << "armas" << std::endl;
    }
    batch.wait();
    servers_[0]->signal(SIGCONT);
    std::ifstream in(out);
    std::vector<nlohmann::json> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(lines.size(), 2u) << "allow_partial " << allow_partial;
    EXPECT_EQ(lines[0]["partial"], false);
    if (allow_partial) {
      EXPECT_EQ(lines[1]["partial"], true);
      EXPECT_EQ(lines[1]["missing_shards"][0]["shard"], servers_[0]->address());
    } else {
      EXPECT_EQ(lines[1]["exit_code"], 5) << lines[1].dump();
      EXPECT_NE(lines[1]["error"].get<std::string>().find(servers_[0]->address()),
                std::string::npos);
    }
  }
}

}  // namespace
}  // namespace hemeroteca::testing
