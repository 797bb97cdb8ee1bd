// Evaluates the extractors: precision and recall of speakers, actors and
// topics and the accuracy of dates against gold annotations, and what the
// transcript speaker labels of a folder resolve to.
//
//   eval_extraction GOLD.toml CORPUS_DIR [TRANSCRIPTS_DIR]
#include <cstdio>
#include <iostream>
#include <map>
#include <set>

#include "common/article_analysis.h"
#include "common/corpus.h"
#include "common/extraction_data.h"
#include "common/transcript.h"
#include "tests/support/gold.h"

using namespace hemeroteca;
using testing::GoldArticle;
using testing::Score;

namespace {

std::set<std::string> names(const std::vector<Evidence>& items) {
  std::set<std::string> out;
  for (const Evidence& item : items) out.insert(item.item);
  return out;
}

void print_difference(const char* what, const std::set<std::string>& extracted,
                      const std::set<std::string>& gold) {
  for (const std::string& item : extracted)
    if (!gold.count(item)) std::cout << "    extra " << what << ": " << item << "\n";
  for (const std::string& item : gold)
    if (!extracted.count(item)) std::cout << "    missed " << what << ": " << item << "\n";
}

void print_score(const char* what, const Score& score) {
  std::printf("%-9s precision %.3f (%zu/%zu)  recall %.3f (%zu/%zu)\n", what, score.precision(),
              score.correct, score.found, score.recall(), score.correct, score.expected);
}

int evaluate_gold(const std::filesystem::path& gold_path, const std::filesystem::path& corpus) {
  Analyzer analyzer;
  Extractor extractor(analyzer);
  Score speakers, actors, topics;
  Score strict_speakers, strict_actors;  // the annotators' exact spelling
  std::size_t dates_right = 0, articles = 0;
  std::vector<GoldArticle> spelt = testing::load_gold(gold_path);
  std::vector<GoldArticle> entities = testing::load_gold(gold_path, ExtractionData::shared().get());
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const GoldArticle& gold = entities[i];
    auto analyzed = analyze_file(corpus / gold.file, 1 << 26, analyzer, extractor);
    const Extraction& x = analyzed->extraction;
    std::set<std::string> assigned;
    for (const TopicScore& topic : x.topics)
      if (topic.assigned) assigned.insert(topic.name);
    ++articles;
    bool date_ok = analyzed->article.date == gold.date;
    dates_right += date_ok;
    std::cout << gold.file << ": date " << analyzed->article.date << " ("
              << analyzed->article.date_source << ")"
              << (date_ok ? "" : "  WRONG, gold " + gold.date) << "\n";
    print_difference("speaker", names(x.speakers), gold.speakers);
    print_difference("actor", names(x.actors), gold.actors);
    print_difference("topic", assigned, gold.topics);
    speakers.add(names(x.speakers), gold.speakers);
    actors.add(names(x.actors), gold.actors);
    strict_speakers.add(names(x.speakers), spelt[i].speakers);
    strict_actors.add(names(x.actors), spelt[i].actors);
    topics.add(assigned, gold.topics);
  }
  std::cout << "\n";
  print_score("speakers", speakers);
  print_score("actors", actors);
  print_score("topics", topics);
  std::cout << "as spelt in the gold (no gazetteer aliases):\n";
  print_score("speakers", strict_speakers);
  print_score("actors", strict_actors);
  std::printf("dates     %zu/%zu right\n", dates_right, articles);
  return 0;
}

void evaluate_transcripts(const std::filesystem::path& folder) {
  std::vector<SkippedFile> skipped;
  std::vector<CorpusFile> files = list_corpus(folder, skipped);
  auto data = ExtractionData::shared();
  std::map<std::string, std::size_t> by_how;
  std::size_t transcripts = 0, turns_labels = 0;
  std::set<std::string> speakers;
  for (const CorpusFile& file : files) {
    TextFile text = read_text_file(file.path, 1 << 28);
    if (!text.ok()) continue;
    TranscriptSpeakers found = transcript_speakers(text.text, *data, "");
    transcripts += found.is_transcript;
    for (const TranscriptTurnLabel& label : found.labels) {
      ++by_how[label.how];
      ++turns_labels;
    }
    speakers.insert(found.speakers.begin(), found.speakers.end());
  }
  std::cout << "\ntranscripts in " << folder.string() << ": " << files.size() << " files, "
            << transcripts << " transcripts, " << turns_labels
            << " distinct speaker labels (per file), " << speakers.size() << " distinct speakers\n";
  for (const auto& [how, count] : by_how)
    std::printf("  %-11s %6zu  (%.1f%%)\n", how.c_str(), count, 100.0 * count / turns_labels);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: eval_extraction GOLD.toml CORPUS_DIR [TRANSCRIPTS_DIR]\n";
    return 2;
  }
  evaluate_gold(argv[1], argv[2]);
  if (argc > 3) evaluate_transcripts(argv[3]);
  return 0;
}
