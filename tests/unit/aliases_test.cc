#include "common/aliases.h"

#include <gtest/gtest.h>

#include "common/errors.h"
#include "common/text_normalize.h"

namespace hemeroteca {
namespace {

std::vector<std::string> matched(const AliasTable& table, std::string_view text) {
  std::vector<Token> tokens = tokenize(text);
  std::vector<std::string> folded;
  for (const Token& token : tokens) folded.push_back(fold_accents(token.form));
  std::vector<std::string> keys;
  for (const AliasMatch& match : table.find(tokens, folded)) {
    std::string span(
        text.substr(tokens[match.first].start, tokens[match.last].end - tokens[match.first].start));
    keys.push_back(table.entry(match.entry).key + "=" + span);
  }
  return keys;
}

using Keys = std::vector<std::string>;

AliasTable sample() {
  AliasTable table;
  table.add("Estados Unidos", {"EE. UU.", "EEUU", "EU", "Estados Unidos de América"});
  table.add("Departamento de Estado", {"DOS"});
  table.add("Secretaría de Relaciones Exteriores", {"SRE", "Cancillería"});
  return table;
}

TEST(AliasTable, MatchesEveryFormLongestFirst) {
  AliasTable table = sample();
  EXPECT_EQ(matched(table, "Estados Unidos y EE. UU. y EEUU y EE.UU."),
            (Keys{"estados unidos=Estados Unidos", "estados unidos=EE. UU", "estados unidos=EEUU",
                  "estados unidos=EE.UU."}));
  EXPECT_EQ(matched(table, "los Estados Unidos de América"),
            (Keys{"estados unidos=Estados Unidos de América"}));
}

TEST(AliasTable, AccentsAndCaseDoNotMatterForWords) {
  AliasTable table = sample();
  EXPECT_EQ(matched(table, "la cancilleria informó"),
            (Keys{"secretaria de relaciones exteriores=cancilleria"}));
  EXPECT_EQ(matched(table, "ESTADOS UNIDOS"), (Keys{"estados unidos=ESTADOS UNIDOS"}));
}

TEST(AliasTable, CapitalFormsMatchOnlyCapitals) {
  AliasTable table = sample();
  EXPECT_TRUE(matched(table, "los dos países").empty()) << "dos = two";
  EXPECT_EQ(matched(table, "el DOS expresó"), (Keys{"departamento de estado=DOS"}));
  EXPECT_TRUE(matched(table, "eu").empty());
  EXPECT_EQ(matched(table, "la SRE"), (Keys{"secretaria de relaciones exteriores=SRE"}));
}

TEST(AliasTable, LoadsToml) {
  AliasTable table;
  table.load_toml(R"([[alias]]
canonical = "Casa Blanca"
forms = ["White House"]
)",
                  "test.toml");
  ASSERT_EQ(table.size(), 1u);
  EXPECT_EQ(table.entry(0).canonical, "Casa Blanca");
  EXPECT_EQ(matched(table, "the White House said"), (Keys{"casa blanca=White House"}));
  EXPECT_THROW(table.load_toml("[[alias]]\nforms = [\"x\"]\n", "bad.toml"), DataFileError);
  EXPECT_THROW(table.load_toml("[[alias\n", "broken.toml"), DataFileError);
}

}  // namespace
}  // namespace hemeroteca
