// hemeroteca-search end to end: every flag and format on corpus/.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

class Searcher : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    index_corpus(db());
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::filesystem::path db() { return *dir_ / "index"; }

  static ProcessResult search(std::vector<std::string> args, const ProcessOptions& options = {}) {
    args.insert(args.begin(), {"--db", db().string()});
    return run_search(args, options);
  }
  static nlohmann::json json(const std::vector<std::string>& args, int exit_code = 0) {
    return search_json(db(), args, exit_code);
  }
  static std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }

  static std::unique_ptr<TempDir> dir_;
};
std::unique_ptr<TempDir> Searcher::dir_;

const std::string k000 = "000_cb0d0d3e700154b1.txt", k001 = "001_4d1c72fe2da7e519.txt",
                  k002 = "002_784ec795567202d7.txt", k003 = "003_8f34801e5629ecf3.txt",
                  k004 = "004_2d24295e93382dda.txt";
using Ids = std::set<std::string>;

std::map<std::string, int> facet(const nlohmann::json& out, const std::string& name) {
  std::map<std::string, int> counts;
  for (const auto& value : out["facets"][name]) counts[value["value"]] = value["count"];
  return counts;
}

TEST_F(Searcher, DefaultOperatorIsAndWithOrOnRequest) {
  EXPECT_EQ(result_ids(json({"Maduro", "fentanilo"})), Ids{k003});
  EXPECT_EQ(json({"Maduro", "fentanilo"})["relaxed"], false);
  EXPECT_EQ(json({"--any", "Maduro", "Fox"})["total"], 2);
}

TEST_F(Searcher, RelaxesToOrWhenAndFindsNothing) {
  nlohmann::json out = json({"Maduro", "Fox"});
  EXPECT_EQ(out["relaxed"], true);
  EXPECT_EQ(result_ids(out), (Ids{k003, k004}));
  ProcessResult text = search({"Maduro", "Fox"});
  EXPECT_NE(text.out.find("Ningún artículo contiene todas las palabras; se muestran los que "
                          "contienen algunas."),
            std::string::npos);
  // One word that finds nothing is not relaxed.
  EXPECT_EQ(json({"zzzz"}, 1)["relaxed"], false);
}

TEST_F(Searcher, AQuotationFoundNowhereIsRelaxedToItsWords) {
  // A headline's «quotation» rarely stands verbatim in the article.
  nlohmann::json quoted = json({"«Maduro Fox»"});
  EXPECT_EQ(quoted["relaxed"], true);
  EXPECT_EQ(result_ids(quoted), (Ids{k003, k004}));
  EXPECT_EQ(json({"--any", "\"Maduro Fox\""})["relaxed"], true);
  // A phrase that is found stays a phrase; a required one is never loosened.
  EXPECT_EQ(json({"\"Estados Unidos\""})["relaxed"], false);
  EXPECT_EQ(json({"+\"Maduro Fox\""}, 1)["relaxed"], false);
  // Unquoted, a long quotation is too many words to relax: the answer of
  // the query as written stands, with no error.
  std::string long_quote = "\"";
  for (int i = 0; i < 1500; ++i) long_quote += "zq" + std::to_string(i) + " ";
  long_quote += "\"";
  nlohmann::json long_out = json({long_quote}, 1);
  EXPECT_EQ(long_out["total"], 0);
  EXPECT_EQ(long_out["relaxed"], false);
}

TEST_F(Searcher, PastedTextIsRelaxedWhenAndFindsLessThanAPage) {
  // Five words all in one article only (Maduro is in 003 alone).
  nlohmann::json pasted = json({"Maduro fentanilo frontera cárteles Rubio"});
  EXPECT_EQ(pasted["relaxed"], true);
  EXPECT_EQ(pasted["total"], 5);
  EXPECT_EQ(pasted["results"][0]["id"], k003) << "the article with every word first";
  // Fewer words keep AND's answer.
  nlohmann::json short_query = json({"Maduro fentanilo"});
  EXPECT_EQ(short_query["relaxed"], false);
  EXPECT_EQ(result_ids(short_query), Ids{k003});
}

TEST_F(Searcher, FilterFlags) {
  EXPECT_EQ(result_ids(json({"--speaker", "rubio"})), (Ids{k000, k002, k003, k004}));
  // OR within a field, AND across fields.
  EXPECT_EQ(result_ids(json({"--speaker", "Tommy Pigott", "--speaker", "Fox News"})), Ids{k003});
  EXPECT_EQ(result_ids(json({"--speaker", "pigott", "--speaker", "juan ramon de la fuente"})),
            (Ids{k001, k003}));
  EXPECT_EQ(result_ids(json({"--speaker", "rubio", "--from", "2026-01-13"})), Ids{k003});
  EXPECT_EQ(result_ids(json({"--from", "2026-01-12", "--to", "2026-01-12"})), (Ids{k000, k004}));
  EXPECT_EQ(result_ids(json({"--actor", "Maduro"})), Ids{k003});
  EXPECT_EQ(result_ids(json({"--actor", "fox news", "fentanilo"})), Ids{k004});
  EXPECT_EQ(json({"--topic", "fentanilo"})["total"], 5);
  EXPECT_EQ(result_ids(json({"--topic", "intervención militar"})), (Ids{k000, k003, k004}));
}

TEST_F(Searcher, FiltersAloneListNewestFirst) {
  nlohmann::json out = json({"--topic", "soberanía"});
  std::vector<std::string> dates;
  for (const auto& hit : out["results"]) dates.push_back(hit["date"]);
  EXPECT_TRUE(std::is_sorted(dates.rbegin(), dates.rend())) << out["results"].dump();
  EXPECT_EQ(out["results"][0]["score"], 0);
}

TEST_F(Searcher, FieldValuesAreCanonicalised) {
  Ids expected = result_ids(json({"speaker:\"Marco Rubio\""}));
  EXPECT_EQ(result_ids(json({"speaker:rubio"})), expected);
  EXPECT_EQ(result_ids(json({"speaker:\"marco rubio\""})), expected);
  EXPECT_EQ(result_ids(json({"speaker:@SecRubio"})), expected);
  EXPECT_EQ(result_ids(json({"date:2026-01-10..2026-01-12"})), (Ids{k000, k002, k004}));
  EXPECT_EQ(result_ids(json({"date:2026-01"})).size(), 5u);
  EXPECT_EQ(result_ids(json({"mentions:2026-01-23"})), (Ids{k001, k003}));
  EXPECT_EQ(result_ids(json({"title:Tuvimos"})), Ids{k004});
}

TEST_F(Searcher, FacetsOverTheWholeMatchCountedByHand) {
  nlohmann::json out = json({"--facet-limit", "0", "Rubio"});
  // Rubio is named in all five; dates: 000 and 004 on the 12th.
  EXPECT_EQ(facet(out, "date"),
            (std::map<std::string, int>{
                {"2026-01-11", 1}, {"2026-01-12", 2}, {"2026-01-15", 1}, {"2026-01-16", 1}}));
  // Speakers: Rubio speaks in 000, 002, 003 and 004; Pigott only in 003.
  std::map<std::string, int> speakers = facet(out, "speaker");
  EXPECT_EQ(speakers["Marco Rubio"], 4);
  EXPECT_EQ(speakers["Tommy Pigott"], 1);
  // Topics: "intervención militar" in 000, 003 and 004 (whose Trump
  // "atacaría por tierra").
  EXPECT_EQ(facet(out, "topic")["intervención militar"], 3);
  // By default the buckets follow the span of the dates: five days, so days.
  EXPECT_EQ(out["date_facet"], "day");
  // The date facet by month and year.
  EXPECT_EQ(json({"--date-facet", "month", "Rubio"})["date_facet"], "month");
  EXPECT_EQ(facet(json({"--date-facet", "month", "Rubio"}), "date"),
            (std::map<std::string, int>{{"2026-01", 5}}));
  EXPECT_EQ(facet(json({"--date-facet", "year", "Rubio"}), "date"),
            (std::map<std::string, int>{{"2026", 5}}));
}

TEST_F(Searcher, FacetsDoNotDependOnThePage) {
  nlohmann::json all = json({"--limit", "100", "Rubio"});
  nlohmann::json page = json({"--limit", "2", "--offset", "1", "Rubio"});
  EXPECT_EQ(page["results"].size(), 2u);
  EXPECT_EQ(page["facets"], all["facets"]);
  EXPECT_EQ(page["total"], all["total"]);
}

TEST_F(Searcher, FacetsSortedByCountThenValueAndLimited) {
  nlohmann::json out = json({"--facet-limit", "3", "Rubio"});
  const auto& actors = out["facets"]["actor"];
  ASSERT_EQ(actors.size(), 3u);
  for (std::size_t i = 1; i < actors.size(); ++i) {
    bool ordered =
        actors[i - 1]["count"] > actors[i]["count"] ||
        (actors[i - 1]["count"] == actors[i]["count"] &&
         actors[i - 1]["value"].get<std::string>() < actors[i]["value"].get<std::string>());
    EXPECT_TRUE(ordered) << actors.dump();
  }
}

TEST_F(Searcher, TextFacetsOnRequest) {
  ProcessResult with = search({"--facets", "Rubio"});
  EXPECT_NE(with.out.find("declarantes: "), std::string::npos);
  EXPECT_EQ(search({"Rubio"}).out.find("Facetas"), std::string::npos);
}

TEST_F(Searcher, Sorting) {
  auto dates = [&](const std::string& sort) {
    std::vector<std::string> out;
    nlohmann::json answer = json({"--sort", sort, "fentanilo"});
    for (const auto& hit : answer["results"]) out.push_back(hit["date"]);
    return out;
  };
  std::vector<std::string> ascending = dates("date"), descending = dates("-date");
  EXPECT_TRUE(std::is_sorted(ascending.begin(), ascending.end()));
  EXPECT_TRUE(std::is_sorted(descending.rbegin(), descending.rend()));
  nlohmann::json relevance = json({"--sort", "relevance", "fentanilo"});
  for (std::size_t i = 1; i < relevance["results"].size(); ++i)
    EXPECT_GE(relevance["results"][i - 1]["score"], relevance["results"][i]["score"]);
  EXPECT_EQ(search({"--sort", "sideways", "x"}).exit_code, 2);
}

TEST_F(Searcher, Formats) {
  ProcessResult ids = search({"--format", "ids", "--sort", "date", "fentanilo"});
  std::vector<std::string> order = lines(ids.out);
  ASSERT_EQ(order.size(), 5u);
  EXPECT_EQ(order[0], k002);                                // 2026-01-11
  EXPECT_EQ((Ids{order[1], order[2]}), (Ids{k000, k004}));  // both 2026-01-12
  EXPECT_EQ(order[3], k003);
  EXPECT_EQ(order[4], k001);
  ProcessResult paths = search({"--format", "paths", "Maduro"});
  ASSERT_EQ(lines(paths.out).size(), 1u);
  EXPECT_TRUE(std::filesystem::exists(lines(paths.out)[0]));
  ProcessResult nul = search({"--format", "paths", "-0", "Maduro"});
  EXPECT_EQ(nul.out.back(), '\0');
  ProcessResult jsonl = search({"--format", "jsonl", "fentanilo"});
  std::vector<std::string> records = lines(jsonl.out);
  ASSERT_EQ(records.size(), 5u);
  for (const std::string& record : records) {
    nlohmann::json hit = nlohmann::json::parse(record);
    EXPECT_TRUE(hit.contains("rank") && hit.contains("id") && hit.contains("snippet"));
  }
  EXPECT_EQ(search({"--format", "xml", "x"}).exit_code, 2);
}

TEST_F(Searcher, ColourOnlyWhenAsked) {
  EXPECT_EQ(search({"Maduro"}).out.find("\x1b["), std::string::npos);
  EXPECT_NE(search({"--color", "always", "Maduro"}).out.find("\x1b[1m"), std::string::npos);
  ProcessOptions no_color;
  no_color.env["NO_COLOR"] = "1";
  EXPECT_EQ(search({"--color", "auto", "Maduro"}, no_color).out.find("\x1b["), std::string::npos);
  EXPECT_EQ(search({"--color", "never", "Maduro"}).out.find("\x1b["), std::string::npos);
}

TEST_F(Searcher, TextShowsSpeakersTopicsAndHighlights) {
  ProcessResult text = search({"--color", "always", "Maduro"});
  EXPECT_NE(text.out.find("declarantes: "), std::string::npos);
  EXPECT_NE(text.out.find("temas: "), std::string::npos);
  EXPECT_NE(text.out.find("\x1b[1mMaduro\x1b[0m"), std::string::npos);
}

TEST_F(Searcher, Batch) {
  ProcessOptions options;
  options.stdin_data =
      "fentanilo\n"
      "{\"query\": \"armas\", \"speaker\": [\"pigott\"], \"id\": \"q2\"}\n"
      "{not json\n"
      "\n"
      "{\"query\": \"x\", \"sort\": \"upwards\"}\n"
      "{\"speaker\": \"rubio\", \"limit\": 1}\n"
      "date:2026-13-45\n";
  ProcessResult result = search({"--batch"}, options);
  EXPECT_EQ(result.exit_code, 2) << "some lines failed";
  std::vector<std::string> out = lines(result.out);
  ASSERT_EQ(out.size(), 6u) << result.out;
  std::vector<nlohmann::json> json;
  for (const auto& line : out) json.push_back(nlohmann::json::parse(line));
  EXPECT_EQ(json[0]["total"], 5);
  EXPECT_EQ(json[0]["line"], 1);
  EXPECT_EQ(result_ids(json[1]), Ids{k003});
  EXPECT_EQ(json[1]["id"], "q2");
  EXPECT_TRUE(json[2].contains("error"));
  EXPECT_EQ(json[2]["line"], 3);
  EXPECT_TRUE(json[3].contains("error")) << "bad sort";
  EXPECT_EQ(json[4]["results"].size(), 1u);
  EXPECT_EQ(json[4]["total"], 4);
  EXPECT_TRUE(json[5].contains("error")) << "bad date";
  EXPECT_EQ(json[5]["exit_code"], 2);
}

TEST_F(Searcher, BatchOfValidLinesExitsZero) {
  ProcessOptions options;
  options.stdin_data = "fentanilo\nzzzz\n";
  ProcessResult result = search({"--batch"}, options);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(lines(result.out).size(), 2u);
}

TEST_F(Searcher, RelatedArticles) {
  nlohmann::json out = json({"--like", k002});
  Ids ids = result_ids(out);
  EXPECT_FALSE(ids.empty());
  EXPECT_EQ(ids.count(k002), 0u) << "itself excluded";
  EXPECT_EQ(search({"--like", "nope.txt"}).exit_code, 2);
}

TEST_F(Searcher, Info) {
  ProcessResult text = search({"--info"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("artículos:     5"), std::string::npos) << text.out;
  nlohmann::json info = nlohmann::json::parse(search({"--stats", "--json"}).out);
  EXPECT_EQ(info["articles"], 5);
  EXPECT_EQ(info["first_date"], "2026-01-11");
  EXPECT_EQ(info["last_date"], "2026-01-16");
  EXPECT_FALSE(info["facets"]["speaker"].empty());
  EXPECT_NE(info["analysis"].get<std::string>().find("spanish"), std::string::npos);
}

TEST_F(Searcher, BadInputIsOneLineAndExitTwo) {
  const std::vector<std::vector<std::string>> bad = {
      {"date:2026-13-45"},
      {"--from", "2026-13-45", "x"},
      {"--to", "yesterday", "x"},
      {""},
      {"speaker:"},
      {std::string(40, '(') + "x" + std::string(40, ')')},
      {"--limit", "-3", "x"},
  };
  for (const auto& args : bad) {
    ProcessResult result = search(args);
    EXPECT_EQ(result.exit_code, 2) << args[0];
    EXPECT_EQ(result.signal, 0);
    EXPECT_NE(result.err.find("error"), std::string::npos) << args[0];
    EXPECT_EQ(result.err.find("terminate"), std::string::npos);
  }
}

TEST_F(Searcher, HostileButSensibleQueries) {
  for (const std::string& query :
       {std::string("\"unbalanced"), std::string("(unclosed group"), std::string("closed)"),
        std::string("fen\x01tanilo\x7f"), std::string("autor:fentanilo"), std::string(100000, 'a'),
        std::string("a b c ") + std::string(20000, 'x')}) {
    ProcessResult result = search({"--json", query});
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1 || result.exit_code == 2)
        << result.exit_code << " " << result.err;
    EXPECT_EQ(result.signal, 0);
    if (result.exit_code != 2) {
      EXPECT_TRUE(nlohmann::json::parse(result.out, nullptr, false).is_object());
    }
  }
}

}  // namespace
}  // namespace hemeroteca::testing
