// The data the analysis reads: the stopword list and the alias table, loaded
// once from the data folder and shared (read-only) by every Analyzer.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "common/aliases.h"

namespace hemeroteca {

class Lexicon {
 public:
  // Where each data file is: its path by name.
  using FileResolver = std::function<std::filesystem::path(std::string_view)>;

  // Loads stopwords_es.txt and aliases.toml from `dir`; throws DataFileError.
  static std::shared_ptr<const Lexicon> load(const std::filesystem::path& dir);
  static std::shared_ptr<const Lexicon> load(const FileResolver& file);

  // The lexicon of the data files (data_file()), loaded on first use.
  static std::shared_ptr<const Lexicon> shared();

  // `folded` is an accent-folded, case-folded word.
  bool is_stopword(std::string_view folded) const {
    return stopwords_.count(std::string(folded)) > 0;
  }
  const AliasTable& aliases() const { return aliases_; }

  // Identifies the data files' contents; part of the analysis settings.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  std::unordered_set<std::string> stopwords_;
  AliasTable aliases_;
  std::string fingerprint_;
};

}  // namespace hemeroteca
