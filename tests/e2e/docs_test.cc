// The documentation agrees with the programs: every option --help lists is
// in the man page, and the other way round.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

std::set<std::string> options_in_help(const std::string& help) {
  std::set<std::string> options;
  std::istringstream lines(help);
  const std::regex option("(^|[ ,!])(--?[a-zA-Z0-9][a-zA-Z0-9-]*)");
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("  -")) continue;  // an option's line
    std::string names = line.substr(2, line.find_first_of(" {", 2) - 2);
    for (std::sregex_iterator it(names.begin(), names.end(), option), end; it != end; ++it)
      options.insert((*it)[2]);
  }
  return options;
}

std::set<std::string> options_in_man_page(const fs::path& page) {
  std::ifstream in(page);
  std::stringstream text;
  text << in.rdbuf();
  std::string source = text.str();
  // The OPTIONS section: "*--name*" at the start of an entry.
  std::size_t begin = source.find("# OPTIONS"), end = source.find("\n# ", begin + 1);
  std::string section = source.substr(begin, end - begin);
  std::set<std::string> options;
  const std::regex option("\\*(--?[a-zA-Z0-9][a-zA-Z0-9-]*)\\*");
  std::istringstream lines(section);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != '*') continue;  // descriptions are indented
    for (std::sregex_iterator it(line.begin(), line.end(), option), e; it != e; ++it)
      options.insert((*it)[1]);
  }
  return options;
}

void expect_same_options(const std::string& binary, const std::string& page) {
  ProcessResult help = run_process({binary, "--help"});
  ASSERT_EQ(help.exit_code, 0);
  std::set<std::string> from_help = options_in_help(help.out);
  std::set<std::string> from_page =
      options_in_man_page(fs::path(HEMEROTECA_SOURCE_DIR) / "docs" / "man" / page);
  EXPECT_GT(from_help.size(), 10u);
  EXPECT_EQ(from_help, from_page) << page;
}

TEST(Docs, ManPagesListTheOptionsOfHelp) {
  expect_same_options(HEMEROTECA_SEARCH_BIN, "hemeroteca-search.1.scd");
  expect_same_options(HEMEROTECA_INDEX_BIN, "hemeroteca-index.1.scd");
}

}  // namespace
}  // namespace hemeroteca::testing
