// Gold annotations of articles (tests/gold/*.toml) and their comparison with
// what the extractors find.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace hemeroteca {
struct ExtractionData;
}

namespace hemeroteca::testing {

struct GoldArticle {
  std::string file;
  std::string date;
  std::string date_source;
  std::set<std::string> speakers;
  std::set<std::string> actors;
  std::set<std::string> topics;
};

// With `gazetteer`, a speaker or actor the annotator wrote as one of a
// gazetteer actor's aliases ("Claudia Sheinbaum Pardo", "DEA") counts as that
// actor's canonical name, as a search filter on it would.
std::vector<GoldArticle> load_gold(const std::filesystem::path& path,
                                   const ExtractionData* gazetteer = nullptr);

// Counts for precision and recall, summed over articles (micro average).
struct Score {
  std::size_t found = 0;     // items extracted
  std::size_t expected = 0;  // items in the gold
  std::size_t correct = 0;   // in both
  void add(const std::set<std::string>& extracted, const std::set<std::string>& gold);
  double precision() const { return found ? double(correct) / found : 1.0; }
  double recall() const { return expected ? double(correct) / expected : 1.0; }
};

}  // namespace hemeroteca::testing
