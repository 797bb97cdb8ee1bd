// Spanish analysis end to end, on corpus/: accents either way, ñ kept,
// stemming, stopwords, aliases, highlighting, suggestions, and the check
// that an index analysed with other settings is refused.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

class SpanishAnalysis : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    index_corpus(db());
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::filesystem::path db() { return *dir_ / "index"; }

  // Ids found by `query` (exit 0 or 1 allowed; the JSON is checked).
  static std::set<std::string> ids(const std::string& query) {
    ProcessResult result = run_search({"--db", db().string(), "--json", "--limit", "100", query});
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << query << ": " << result.err;
    nlohmann::json json = nlohmann::json::parse(result.out, nullptr, false);
    EXPECT_TRUE(json.is_object()) << query;
    return result_ids(json);
  }

  static std::vector<std::string> marked_words(const std::string& query) {
    nlohmann::json out = search_json(db(), {query});
    std::vector<std::string> words;
    for (const auto& hit : out["results"]) {
      // Offsets are in code points: decode to UTF-32 to cut.
      std::u32string snippet;
      std::string bytes = hit["snippet"];
      for (std::size_t i = 0; i < bytes.size();) {
        unsigned char c = bytes[i];
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (bytes[i + k] & 0x3F);
        snippet.push_back(cp);
        i += len;
      }
      for (const auto& span : hit["highlights"]) {
        std::u32string part =
            snippet.substr(span[0], span[1].get<std::size_t>() - span[0].get<std::size_t>());
        std::string utf8;
        for (char32_t cp : part) {
          if (cp < 0x80) {
            utf8 += static_cast<char>(cp);
          } else if (cp < 0x800) {
            utf8 += static_cast<char>(0xC0 | (cp >> 6));
            utf8 += static_cast<char>(0x80 | (cp & 0x3F));
          } else {
            utf8 += static_cast<char>(0xE0 | (cp >> 12));
            utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (cp & 0x3F));
          }
        }
        words.push_back(utf8);
      }
    }
    return words;
  }

  static std::unique_ptr<TempDir> dir_;
};
std::unique_ptr<TempDir> SpanishAnalysis::dir_;

TEST_F(SpanishAnalysis, AccentedAndUnaccentedQueriesFindTheSameArticles) {
  const std::pair<const char*, const char*> pairs[] = {
      {"soberanía", "soberania"},     {"cooperación", "cooperacion"},
      {"cancillería", "cancilleria"}, {"intervención", "intervencion"},
      {"telefónica", "telefonica"},   {"México", "mexico"},
      {"países", "paises"},           {"Ramón", "ramon"},
  };
  for (const auto& [accented, plain] : pairs) {
    std::set<std::string> with = ids(accented);
    EXPECT_FALSE(with.empty()) << accented;
    EXPECT_EQ(with, ids(plain)) << accented << " / " << plain;
  }
}

TEST_F(SpanishAnalysis, InflectionsFindTheSameArticles) {
  const std::vector<std::vector<const char*>> groups = {
      {"cárteles", "cártel", "carteles", "cartel"},
      {"narcoterrorismo", "narcoterroristas"},
      {"llamada", "llamadas"},
      {"intervenciones", "intervención"},
  };
  for (const auto& group : groups) {
    std::set<std::string> first = ids(group[0]);
    EXPECT_FALSE(first.empty()) << group[0];
    for (const char* form : group) EXPECT_EQ(ids(form), first) << form << " vs " << group[0];
  }
}

TEST_F(SpanishAnalysis, CapitalsBehaveTheSameAnywhereInTheQuery) {
  std::set<std::string> expected = ids("soberanía mexicanos");
  EXPECT_FALSE(expected.empty());
  for (const char* query : {"MÉXICO soberanía", "México soberanía", "mexico soberanía",
                            "soberanía MÉXICO", "soberanía mexico"})
    EXPECT_EQ(ids(query), ids("soberanía méxico")) << query;
  EXPECT_EQ(ids("MEXICANOS soberanía"), expected);
}

TEST_F(SpanishAnalysis, EñeIsKept) {
  std::set<std::string> year = ids("año");
  EXPECT_FALSE(year.empty());
  EXPECT_TRUE(ids("ano").empty()) << "ano must not find año";
}

TEST_F(SpanishAnalysis, PhrasesKeepTheirStopwords) {
  EXPECT_EQ(ids("\"en México gobierna el pueblo\""),
            std::set<std::string>{"000_cb0d0d3e700154b1.txt"});
  EXPECT_EQ(ids("\"de la Fuente\"").size(), 5u);
  // Required (+), a phrase is never relaxed into its words.
  EXPECT_TRUE(ids("+\"el pueblo gobierna en México\"").empty());
  // Outside phrases, stopwords do not restrict the match.
  EXPECT_EQ(ids("pueblo de la de"), ids("pueblo"));
}

TEST_F(SpanishAnalysis, AliasesFindEveryForm) {
  // Only 003 writes "EE. UU."; all five say "Estados Unidos".
  std::set<std::string> all = ids("\"Estados Unidos\"");
  EXPECT_EQ(all.size(), 5u);
  EXPECT_EQ(ids("\"EE. UU.\""), all);
  EXPECT_EQ(ids("EEUU"), all);
  EXPECT_EQ(ids("EUA"), all);
  // "SRE" written in 001, 002, 003; the others write "Relaciones Exteriores".
  EXPECT_EQ(ids("SRE"), ids("\"Secretaría de Relaciones Exteriores\""));
  // "DOS" (Department of State) only in capitals: "dos" is a number.
  EXPECT_NE(ids("DOS"), ids("dos"));
}

TEST_F(SpanishAnalysis, HighlightsMarkTheOriginalWords) {
  std::vector<std::string> marked = marked_words("soberania");
  ASSERT_FALSE(marked.empty());
  // The accented original ("soberanía", "soberanías"), from an unaccented query.
  for (const std::string& word : marked) EXPECT_TRUE(word.starts_with("soberanía")) << word;
  std::vector<std::string> inflected = marked_words("cartel");
  EXPECT_NE(std::find(inflected.begin(), inflected.end(), "cárteles"), inflected.end());
  std::vector<std::string> alias = marked_words("\"EE. UU.\"");
  EXPECT_NE(std::find(alias.begin(), alias.end(), "Estados Unidos"), alias.end());
  std::vector<std::string> phrase = marked_words("\"mano dura\"");
  EXPECT_EQ(phrase, std::vector<std::string>{"mano dura"});
}

TEST_F(SpanishAnalysis, SpellingSuggestionsRestoreAccents) {
  const std::pair<const char*, const char*> cases[] = {
      {"Sheinbam", "Sheinbaum"}, {"fentanylo", "fentanilo"}, {"soverania", "soberanía"}};
  for (const auto& [typo, expected] : cases) {
    nlohmann::json out = search_json(db(), {typo}, 1);
    EXPECT_EQ(out["suggestion"], expected) << typo;
    EXPECT_EQ(out["total"], 0) << "JSON keeps the query's own results";
    EXPECT_EQ(out["suggestion_applied"], false);
  }
  nlohmann::json none = search_json(db(), {"soberanía"});
  EXPECT_TRUE(none["suggestion"].is_null());
}

TEST_F(SpanishAnalysis, TextOutputShowsAndAppliesTheSuggestion) {
  ProcessResult result = run_search({"--db", db().string(), "Sheinbam"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("se muestran los de «Sheinbaum»"), std::string::npos) << result.out;
  ProcessResult strict = run_search({"--db", db().string(), "--no-correct", "Sheinbam"});
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.out.find("¿Quisiste decir: Sheinbaum?"), std::string::npos) << strict.out;
}

TEST(AnalysisSettings, IndexAnalysedDifferentlyIsRefused) {
  TempDir dir;
  // A copy of the data files with one more alias: the analysis changes.
  std::filesystem::path data = dir / "data";
  std::filesystem::copy(std::filesystem::path(HEMEROTECA_SOURCE_DIR) / "data", data);
  std::filesystem::permissions(data / "aliases.toml", std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  index_corpus(dir / "index");
  {
    std::ofstream aliases(data / "aliases.toml", std::ios::app);
    aliases << "\n[[alias]]\ncanonical = \"Marco Rubio\"\nforms = [\"@SecRubio\"]\n";
  }
  ProcessOptions options;
  options.env["HEMEROTECA_DATA_DIR"] = data.string();
  ProcessResult search = run_search({"--db", (dir / "index").string(), "Rubio"}, options);
  EXPECT_EQ(search.exit_code, 6) << search.err;
  EXPECT_NE(search.err.find("other analysis settings"), std::string::npos) << search.err;
  EXPECT_NE(search.err.find("--rebuild"), std::string::npos) << search.err;
  ProcessResult index =
      run_index({"--db", (dir / "index").string(), corpus_dir().string()}, options);
  EXPECT_EQ(index.exit_code, 6) << index.err;
}

}  // namespace
}  // namespace hemeroteca::testing
