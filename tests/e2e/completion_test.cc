// Shell completion: bash completes options, their values, query fields and
// the names the index holds; the zsh script is valid zsh.
#include <gtest/gtest.h>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kScripts = fs::path(HEMEROTECA_SOURCE_DIR) / "scripts" / "completion";

class Completion : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    index_corpus(*dir_ / "index");
  }
  static void TearDownTestSuite() { delete dir_; }

  // What bash offers for the words typed, the last being completed.
  static std::set<std::string> complete(const std::vector<std::string>& words) {
    std::string script = "source '" + (kScripts / "hemeroteca.bash").string() + "'\nCOMP_WORDS=(";
    for (const std::string& word : words) script += " '" + word + "'";
    script += " )\nCOMP_CWORD=" + std::to_string(words.size() - 1) +
              "\n_hemeroteca_search\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    ProcessOptions options;
    options.env["PATH"] = fs::path(HEMEROTECA_SEARCH_BIN).parent_path().string() + ":/usr/bin:/bin";
    options.env["HEMEROTECA_DB"] = (*dir_ / "index").string();
    ProcessResult result = run_process({"/bin/bash", "-c", script}, options);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::set<std::string> offered;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);)
      if (!line.empty()) offered.insert(line);
    return offered;
  }
  static TempDir* dir_;
};

TempDir* Completion::dir_ = nullptr;

TEST_F(Completion, OptionsAndTheirValues) {
  std::set<std::string> options = complete({"hemeroteca-search", "--fa"});
  EXPECT_EQ(options, (std::set<std::string>{"--facets", "--facet-limit"}));
  EXPECT_EQ(complete({"hemeroteca-search", "--sort", ""}),
            (std::set<std::string>{"relevance", "date", "-date"}));
}

TEST_F(Completion, QueryFields) {
  std::set<std::string> fields = complete({"hemeroteca-search", "spe"});
  EXPECT_EQ(fields, std::set<std::string>{"speaker:"});
}

TEST_F(Completion, NamesFromTheIndex) {
  std::set<std::string> speakers = complete({"hemeroteca-search", "speaker:ma"});
  EXPECT_TRUE(speakers.count("speaker:\"Marco Rubio\"")) << *speakers.begin();
  std::set<std::string> flag = complete({"hemeroteca-search", "--topic", "sob"});
  EXPECT_EQ(flag, std::set<std::string>{"soberanía"});
}

TEST(CompletionScripts, ZshScriptIsValid) {
  // zsh comes with scripts/install-deps.sh.
  std::string zsh = fs::exists("/usr/bin/zsh") ? "/usr/bin/zsh" : "/bin/zsh";
  ProcessResult result = run_process({zsh, "-n", (kScripts / "_hemeroteca").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

}  // namespace
}  // namespace hemeroteca::testing
