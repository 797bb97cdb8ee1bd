// The extractors against the gold annotations (tests/gold): the seeds and
// seven development sets in other styles, six of them written blind.
#include <gtest/gtest.h>

#include <iostream>

#include "common/article_analysis.h"
#include "common/extraction_data.h"
#include "tests/support/gold.h"

namespace hemeroteca {
namespace {

struct Totals {
  testing::Score speakers, actors, topics;
  std::size_t dates_right = 0, articles = 0;
};

// With `every_date`, each article's date must be right; otherwise the caller
// checks how many are.
Totals evaluate(const std::string& gold_file, const std::string& corpus, bool every_date = true) {
  std::filesystem::path root(HEMEROTECA_SOURCE_DIR);
  Analyzer analyzer;
  Extractor extractor(analyzer);
  Totals totals;
  for (const testing::GoldArticle& gold :
       testing::load_gold(root / gold_file, ExtractionData::shared().get())) {
    auto analyzed = analyze_file(root / corpus / gold.file, 1 << 26, analyzer, extractor);
    const Extraction& x = analyzed->extraction;
    std::set<std::string> speakers, actors, topics;
    for (const Evidence& e : x.speakers) speakers.insert(e.item);
    for (const Evidence& e : x.actors) actors.insert(e.item);
    for (const TopicScore& t : x.topics)
      if (t.assigned) topics.insert(t.name);
    totals.speakers.add(speakers, gold.speakers);
    totals.actors.add(actors, gold.actors);
    totals.topics.add(topics, gold.topics);
    if (every_date) {
      EXPECT_EQ(analyzed->article.date, gold.date) << gold.file;
      EXPECT_EQ(analyzed->article.date_source, gold.date_source) << gold.file;
    }
    totals.dates_right += analyzed->article.date == gold.date;
    ++totals.articles;
  }
  std::cout << "[gold " << gold_file << "] speakers P " << totals.speakers.precision() << " R "
            << totals.speakers.recall() << "; actors P " << totals.actors.precision() << " R "
            << totals.actors.recall() << "; topics P " << totals.topics.precision() << " R "
            << totals.topics.recall() << "; dates " << totals.dates_right << "/" << totals.articles
            << "\n";
  return totals;
}

// A gold set and the level the extractors must keep on it.
struct GoldSet {
  const char* name;
  const char* gold;
  const char* corpus;
  double speaker_precision, speaker_recall, actor_recall;
  int dates_wrong;  // dates known to be out of reach (see the set's notes)
};

void PrintTo(const GoldSet& set, std::ostream* os) {
  *os << set.name;
}

class ExtractionGold : public ::testing::TestWithParam<GoldSet> {};

TEST_P(ExtractionGold, KeepsItsLevel) {
  const GoldSet& set = GetParam();
  Totals totals = evaluate(set.gold, set.corpus, /*every_date=*/set.dates_wrong == 0);
  EXPECT_GE(totals.speakers.precision(), set.speaker_precision);
  EXPECT_GE(totals.speakers.recall(), set.speaker_recall);
  EXPECT_GE(totals.actors.recall(), set.actor_recall);
  EXPECT_GE(totals.dates_right + set.dates_wrong, totals.articles);
}

// dev2 to dev12 were written blind, each measured once before any rule was
// changed for it, then used for development. Speakers when first measured:
// dev4 P 0.812 R 0.765; dev5 P 0.818 R 0.750; dev6 P 0.925 R 0.831 (dates
// 9/10); dev7, after every rule the others brought, P 0.865 R 0.865 (dates
// 7/10); then, each after the rules of the sets before it, dev8 (G) P 0.889
// R 0.667, dev9 (H) P 0.904 R 0.770, dev10 (I) P 0.843 R 0.694, dev11 (J)
// P 0.899 R 0.887, dev12 (K) P 0.892 R 0.881; and, on the session's final
// rules, dev13 (L) P 0.905 R 0.893, dev14 (M) P 0.949 R 0.925, dev15 (N)
// P 0.871 R 0.783, dev16 (O) P 0.865 R 0.842; after the changes they
// brought, dev17 (P) P 0.871 R 0.847, dev18 (Q) P 0.857 R 0.825. The
// next session: dev19 (R) P 0.905 R 0.817, dev20 (S) P 0.909 R 0.814 early
// on; dev21 (T) P 0.856 R 0.865, dev22 (U) P 0.875 R 0.805 midway; dev23
// (V) P 0.886 R 0.873, dev24 (W) P 0.891 R 0.872, dev25 (X) P 0.945
// R 0.802 later; dev26 (Y) P 0.868 R 0.790 near the end; dev27 (Z) P 0.932
// R 0.861 on the last rules. The session after: dev29 (AB) P 0.918 R 0.841,
// dev30 (AC) P 0.864 R 0.864, dev28 (AA) P 0.907 R 0.895, in that order;
// on its last rules dev31 (AD) P 0.947 R 0.847, dev32 (AE) P 0.894 R 0.894.
// The next: dev33 (AF) P 0.934 R 0.924, dev34 (AG) P 0.945 R 0.885, dev35
// (AH) P 0.915 R 0.844 on its first rules; dev36 (AI) P 0.927 R 0.938 after
// the first fixes; dev39 (AL) P 0.957 R 0.859, dev37 (AJ) P 0.896 R 0.863,
// dev38 (AK) P 0.932 R 0.896 midway; late, dev40 (AM) P 0.952 R 0.952,
// dev41 (AN) P 0.960 R 0.878, dev43 (AP, whose gold names institutions with
// countries the articles do not give) P 0.806 R 0.730; on the last rules
// dev42 (AO) P 0.908 R 0.885, dev44 (AQ) P 0.920 R 0.841, dev45 (AR)
// P 0.958 R 0.932, dev46 (AS) P 0.932 R 0.901. The next, midway: dev47
// (AT) P 0.963 R 0.952, dev48 (AU) P 0.943 R 0.911, dev49 (AV) P 0.974
// R 0.871, dev50 (AW) P 0.925 R 0.934; after their fixes, dev51 (AX)
// P 0.905 R 0.905, dev52 (AY) P 0.978 R 0.989 (dates 11/12), dev53 (AZ)
// P 0.909 R 0.909, dev54 (BA) P 0.951 R 0.975; near the end, dev55 (BB)
// P 0.844 R 0.915 (dates 11/12), dev56 (BC) P 0.919 R 0.958, dev57 (BD)
// P 0.915 R 0.956, dev58 (BF) P 0.987 R 0.904.
INSTANTIATE_TEST_SUITE_P(
    Sets, ExtractionGold,
    ::testing::Values(
        GoldSet{"seeds", "tests/gold/seeds.toml", "corpus", 0.9, 0.9, 0.9, 0},
        GoldSet{"dev", "tests/gold/dev.toml", "tests/gold/dev", 0.9, 0.9, 0.85, 0},
        GoldSet{"wire_and_regional_styles", "tests/gold/dev2.toml", "tests/gold/dev2", 0.9, 0.9,
                0.85, 0},
        GoldSet{"outlets_across_countries", "tests/gold/dev3.toml", "tests/gold/dev3", 0.9, 0.9,
                0.85, 0},
        GoldSet{"transcript_and_americas", "tests/gold/dev4.toml", "tests/gold/dev4", 0.9, 0.8,
                0.85, 0},
        GoldSet{"fifth_set", "tests/gold/dev5.toml", "tests/gold/dev5", 0.85, 0.85, 0.8, 0},
        // e10 is dated only as "two weeks after" another date.
        GoldSet{"sixth_set", "tests/gold/dev6.toml", "tests/gold/dev6", 0.9, 0.85, 0.85, 1},
        GoldSet{"seventh_set", "tests/gold/dev7.toml", "tests/gold/dev7", 0.85, 0.85, 0.85, 0},
        // g10 gives no year at all; the extractor completes one.
        GoldSet{"set_g", "tests/gold/dev8.toml", "tests/gold/dev8", 0.95, 0.9, 0.85, 1},
        GoldSet{"set_h", "tests/gold/dev9.toml", "tests/gold/dev9", 0.9, 0.9, 0.8, 0},
        // i04's only year is an old one; i08's dateline gives the day only.
        GoldSet{"set_i", "tests/gold/dev10.toml", "tests/gold/dev10", 0.9, 0.8, 0.8, 2},
        GoldSet{"set_j", "tests/gold/dev11.toml", "tests/gold/dev11", 0.9, 0.9, 0.85, 0},
        // k11 is dated only as "two weeks before" a future meeting.
        GoldSet{"set_k", "tests/gold/dev12.toml", "tests/gold/dev12", 0.9, 0.9, 0.85, 1},
        // l11 and m10 are dated only relative to other days ("dos días después",
        // "el próximo miércoles 11").
        GoldSet{"set_l", "tests/gold/dev13.toml", "tests/gold/dev13", 0.9, 0.9, 0.8, 1},
        GoldSet{"set_m", "tests/gold/dev14.toml", "tests/gold/dev14", 0.9, 0.9, 0.8, 1},
        GoldSet{"set_n", "tests/gold/dev15.toml", "tests/gold/dev15", 0.9, 0.75, 0.85, 0},
        GoldSet{"set_o", "tests/gold/dev16.toml", "tests/gold/dev16", 0.85, 0.8, 0.85, 0},
        // Measured blind at the end of the session; not yet worked on.
        GoldSet{"set_p", "tests/gold/dev17.toml", "tests/gold/dev17", 0.85, 0.8, 0.8, 1},
        GoldSet{"set_q", "tests/gold/dev18.toml", "tests/gold/dev18", 0.85, 0.8, 0.85, 0},
        // Written blind for the next session, measured once each (see the
        // files' headers), then worked on.
        GoldSet{"set_r", "tests/gold/dev19.toml", "tests/gold/dev19", 0.95, 0.9, 0.7, 0},
        GoldSet{"set_s", "tests/gold/dev20.toml", "tests/gold/dev20", 0.95, 0.9, 0.75, 0},
        GoldSet{"set_t", "tests/gold/dev21.toml", "tests/gold/dev21", 0.85, 0.85, 0.8, 0},
        GoldSet{"set_u", "tests/gold/dev22.toml", "tests/gold/dev22", 0.9, 0.8, 0.8, 0},
        GoldSet{"set_v", "tests/gold/dev23.toml", "tests/gold/dev23", 0.9, 0.85, 0.7, 0},
        GoldSet{"set_w", "tests/gold/dev24.toml", "tests/gold/dev24", 0.9, 0.9, 0.75, 0},
        // x11's dateline has no year and the text names two seasons.
        GoldSet{"set_x", "tests/gold/dev25.toml", "tests/gold/dev25", 0.95, 0.8, 0.7, 1},
        GoldSet{"set_y", "tests/gold/dev26.toml", "tests/gold/dev26", 0.9, 0.8, 0.75, 0},
        // Measured blind on the session's last rules. z09 takes a meeting
        // announced for later ("el 3 de marzo ... se reunirán") for its date.
        GoldSet{"set_z", "tests/gold/dev27.toml", "tests/gold/dev27", 0.9, 0.85, 0.85, 1},
        // The next session's, each measured once blind, then worked on.
        GoldSet{"set_aa", "tests/gold/dev28.toml", "tests/gold/dev28", 0.9, 0.85, 0.8, 0},
        GoldSet{"set_ab", "tests/gold/dev29.toml", "tests/gold/dev29", 0.9, 0.8, 0.7, 0},
        GoldSet{"set_ac", "tests/gold/dev30.toml", "tests/gold/dev30", 0.85, 0.85, 0.7, 0},
        // Measured blind on the session's last rules.
        GoldSet{"set_ad", "tests/gold/dev31.toml", "tests/gold/dev31", 0.9, 0.8, 0.75, 0},
        GoldSet{"set_ae", "tests/gold/dev32.toml", "tests/gold/dev32", 0.85, 0.85, 0.75, 0},
        GoldSet{"set_af", "tests/gold/dev33.toml", "tests/gold/dev33", 0.9, 0.9, 0.8, 0},
        GoldSet{"set_ag", "tests/gold/dev34.toml", "tests/gold/dev34", 0.9, 0.9, 0.8, 0},
        GoldSet{"set_ah", "tests/gold/dev35.toml", "tests/gold/dev35", 0.9, 0.9, 0.75, 0},
        GoldSet{"set_ai", "tests/gold/dev36.toml", "tests/gold/dev36", 0.9, 0.9, 0.85, 0},
        GoldSet{"set_aj", "tests/gold/dev37.toml", "tests/gold/dev37", 0.85, 0.85, 0.75, 0},
        GoldSet{"set_ak", "tests/gold/dev38.toml", "tests/gold/dev38", 0.9, 0.9, 0.8, 0},
        GoldSet{"set_al", "tests/gold/dev39.toml", "tests/gold/dev39", 0.95, 0.95, 0.8, 0},
        GoldSet{"set_am", "tests/gold/dev40.toml", "tests/gold/dev40", 0.9, 0.9, 0.85, 0},
        GoldSet{"set_an", "tests/gold/dev41.toml", "tests/gold/dev41", 0.9, 0.85, 0.7, 0},
        GoldSet{"set_ao", "tests/gold/dev42.toml", "tests/gold/dev42", 0.9, 0.85, 0.85, 0},
        GoldSet{"set_ap", "tests/gold/dev43.toml", "tests/gold/dev43", 0.8, 0.7, 0.65, 0},
        GoldSet{"set_aq", "tests/gold/dev44.toml", "tests/gold/dev44", 0.9, 0.8, 0.8, 0},
        GoldSet{"set_ar", "tests/gold/dev45.toml", "tests/gold/dev45", 0.9, 0.9, 0.8, 0},
        GoldSet{"set_as", "tests/gold/dev46.toml", "tests/gold/dev46", 0.9, 0.85, 0.8, 0},
        GoldSet{"set_at", "tests/gold/dev47.toml", "tests/gold/dev47", 0.9, 0.9, 0.85, 0},
        GoldSet{"set_au", "tests/gold/dev48.toml", "tests/gold/dev48", 0.9, 0.9, 0.85, 0},
        GoldSet{"set_av", "tests/gold/dev49.toml", "tests/gold/dev49", 0.9, 0.85, 0.85, 0},
        GoldSet{"set_aw", "tests/gold/dev50.toml", "tests/gold/dev50", 0.9, 0.9, 0.85, 0},
        GoldSet{"set_ax", "tests/gold/dev51.toml", "tests/gold/dev51", 0.9, 0.9, 0.8, 0},
        GoldSet{"set_ay", "tests/gold/dev52.toml", "tests/gold/dev52", 0.95, 0.95, 0.85, 0},
        GoldSet{"set_az", "tests/gold/dev53.toml", "tests/gold/dev53", 0.9, 0.9, 0.8, 0},
        GoldSet{"set_ba", "tests/gold/dev54.toml", "tests/gold/dev54", 0.9, 0.95, 0.85, 0},
        // bb02: "convocó a una audiencia para el 14 de octubre" is taken
        // for the day reported; it is a hearing still to come.
        GoldSet{"set_bb", "tests/gold/dev55.toml", "tests/gold/dev55", 0.9, 0.9, 0.85, 1},
        GoldSet{"set_bc", "tests/gold/dev56.toml", "tests/gold/dev56", 0.9, 0.95, 0.85, 0},
        GoldSet{"set_bd", "tests/gold/dev57.toml", "tests/gold/dev57", 0.9, 0.95, 0.85, 0},
        GoldSet{"set_bf", "tests/gold/dev58.toml", "tests/gold/dev58", 0.95, 0.9, 0.8, 0}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace hemeroteca
