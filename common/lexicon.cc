#include "common/lexicon.h"

#include <mutex>
#include <sstream>

#include "common/data_files.h"
#include "common/text_normalize.h"

namespace hemeroteca {

std::shared_ptr<const Lexicon> Lexicon::load(const std::filesystem::path& dir) {
  return load([&](std::string_view name) { return dir / std::string(name); });
}

std::shared_ptr<const Lexicon> Lexicon::load(const FileResolver& file) {
  auto lexicon = std::make_shared<Lexicon>();
  std::string stopwords = read_data_file(file("stopwords_es.txt"));
  std::istringstream lines(stopwords);
  for (std::string line; std::getline(lines, line);) {
    std::string word = line.substr(0, line.find('|'));  // Snowball's comment mark
    while (!word.empty() && (word.back() == ' ' || word.back() == '\r' || word.back() == '\t'))
      word.pop_back();
    if (!word.empty() && word.front() != ' ')
      lexicon->stopwords_.insert(fold_accents(normalize_word(word)));
  }
  std::filesystem::path aliases_path = file("aliases.toml");
  std::string aliases = read_data_file(aliases_path);
  lexicon->aliases_.load_toml(aliases, aliases_path.string());
  lexicon->fingerprint_ = hemeroteca::fingerprint(stopwords + '\0' + aliases);
  return lexicon;
}

std::shared_ptr<const Lexicon> Lexicon::shared() {
  static std::mutex mutex;
  static std::shared_ptr<const Lexicon> lexicon;
  std::lock_guard<std::mutex> lock(mutex);
  if (!lexicon) lexicon = load(data_file);
  return lexicon;
}

}  // namespace hemeroteca
