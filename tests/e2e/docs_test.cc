// The documentation agrees with the programs: every option --help lists is
// in the man page, and the other way round.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

namespace fs = std::filesystem;

// The options ("--name", "-x") at the start of the words of `text`: those
// preceded by a start, a space, a comma, "!" or "*".
std::set<std::string> option_names(std::string_view text) {
  std::set<std::string> options;
  auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '-' ||
        (i > 0 && std::string_view(" ,!*").find(text[i - 1]) == std::string_view::npos))
      continue;
    std::size_t end = i + 1;
    if (end < text.size() && text[end] == '-') ++end;
    if (end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))) continue;
    while (end < text.size() && name_char(text[end])) ++end;
    options.insert(std::string(text.substr(i, end - i)));
    i = end;
  }
  return options;
}

std::set<std::string> options_in_help(const std::string& help) {
  std::set<std::string> options;
  std::istringstream lines(help);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("  -")) continue;  // an option's line
    std::set<std::string> names = option_names(line.substr(2, line.find_first_of(" {", 2) - 2));
    options.insert(names.begin(), names.end());
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
  std::istringstream lines(source.substr(begin, end - begin));
  std::set<std::string> options;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != '*') continue;  // descriptions are indented
    std::set<std::string> names = option_names(line);
    options.insert(names.begin(), names.end());
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
