// The configuration file and the user's own data files, end to end:
// precedence flag > environment > configuration > built-in default.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

class Config : public ::testing::Test {
 protected:
  void SetUp() override {
    config_ = dir_ / "config.toml";
    write(config_, "db = \"" + (dir_ / "index").string() + "\"\nfolders = [\"" +
                       corpus_dir().string() + "\"]\n[search]\nlimit = 2\nfacet_limit = 1\n");
  }
  ProcessOptions with_config_home() const {
    ProcessOptions options;
    fs::create_directories(dir_ / "xdg" / "hemeroteca");
    fs::copy_file(config_, dir_ / "xdg" / "hemeroteca" / "config.toml",
                  fs::copy_options::overwrite_existing);
    options.env["XDG_CONFIG_HOME"] = (dir_ / "xdg").string();
    options.unset_env.push_back("HEMEROTECA_DB");
    return options;
  }
  TempDir dir_;
  fs::path config_;
};

TEST_F(Config, TheIndexerTakesIndexAndFoldersFromIt) {
  ProcessResult run = run_index({"--json"}, with_config_home());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["added"], 5);
  EXPECT_TRUE(fs::exists(dir_ / "index"));
}

TEST_F(Config, SearchDefaultsComeFromItAndFlagsWin) {
  ASSERT_EQ(run_index({"--config", config_.string(), "--quiet"}).exit_code, 0);
  ProcessResult from_config = run_search({"--json", "fentanilo"}, with_config_home());
  ASSERT_EQ(from_config.exit_code, 0) << from_config.err;
  nlohmann::json json = nlohmann::json::parse(from_config.out);
  EXPECT_EQ(json["results"].size(), 2u) << "limit = 2";
  EXPECT_EQ(json["facets"]["speaker"].size(), 1u) << "facet_limit = 1";
  ProcessResult flag = run_search({"--json", "--limit", "4", "fentanilo"}, with_config_home());
  EXPECT_EQ(nlohmann::json::parse(flag.out)["results"].size(), 4u) << "the flag wins";
  // The environment's index wins over the configuration's.
  ProcessOptions env = with_config_home();
  env.unset_env.clear();
  env.env["HEMEROTECA_DB"] = (dir_ / "elsewhere").string();
  EXPECT_EQ(run_search({"--json", "fentanilo"}, env).exit_code, 3) << "no index there";
}

TEST_F(Config, ErrorsNameTheFile) {
  write(config_, "[search]\nlimit = \"many\"\n");
  ProcessResult run = run_search({"--config", config_.string(), "fentanilo"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("config.toml: search.limit must be a whole number"), std::string::npos)
      << run.err;
  ProcessResult missing = run_search({"--config", (dir_ / "nothere.toml").string(), "x"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no configuration file"), std::string::npos) << missing.err;
}

TEST_F(Config, OwnDataFilesReplaceTheInstalledOnes) {
  // A taxonomy of one topic of the user's own, given by the configuration.
  fs::path data = dir_ / "my-data";
  write(data / "topics.toml",
        "[settings]\nmin_score = 1.0\n\n[[topic]]\nname = \"vigilancia de prueba\"\n"
        "terms = [\"fentanilo\"]\n");
  write(config_,
        "db = \"" + (dir_ / "index").string() + "\"\ndata_dir = \"" + data.string() + "\"\n");
  ASSERT_EQ(run_index({"--config", config_.string(), "--quiet", corpus_dir().string()}).exit_code,
            0);
  ProcessResult run =
      run_search({"--config", config_.string(), "--json", "--topic", "vigilancia de prueba"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["total"], 5);
  // Without the user's data, the index was built with other data files.
  ProcessResult plain = run_search({"--db", (dir_ / "index").string(), "fentanilo"});
  EXPECT_EQ(plain.exit_code, 0) << "extraction data do not change the analysis: " << plain.err;
}

}  // namespace
}  // namespace hemeroteca::testing
