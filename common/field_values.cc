#include "common/field_values.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "common/errors.h"
#include "common/text_normalize.h"
#include "common/tokenizer.h"

namespace hemeroteca {
namespace {

// Most indexed values one partial name may stand for.
constexpr std::size_t kMaxPartialMatches = 100;

std::vector<std::string> words_of(std::string_view key) {
  std::vector<std::string> words;
  std::istringstream in{std::string(key)};
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

std::string gazetteer_name(std::string_view value, const ExtractionData& data) {
  std::vector<Token> tokens = tokenize(value);
  std::vector<std::string> folded;
  std::size_t words = 0;
  for (const Token& token : tokens) {
    folded.push_back(fold_accents(token.form));
    words += !token.overlay;
  }
  std::vector<AliasMatch> matches = data.names.find(tokens, folded, /*ignore_case=*/true);
  if (matches.size() != 1) return {};
  std::size_t covered = 0;
  for (std::size_t t = matches[0].first; t <= matches[0].last; ++t) covered += !tokens[t].overlay;
  return covered == words ? data.actors[matches[0].entry].name : std::string();
}

std::string facet_key(std::string_view name) {
  std::string key;
  for (const Token& token : tokenize(name)) {
    if (token.overlay) continue;
    if (!key.empty()) key.push_back(' ');
    key += fold_accents(token.form);
  }
  return key;
}

Xapian::Query name_filter(const schema::Field& field, std::string_view value,
                          const Xapian::Database& db, const ExtractionData* data) {
  std::string key = facet_key(value);
  if (key.empty())
    throw QueryError("empty value for the field \"" + std::string(field.name) + ":\"");
  if (data != nullptr && (&field == &schema::kSpeaker || &field == &schema::kActor))
    if (std::string canonical = gazetteer_name(value, *data); !canonical.empty())
      key = facet_key(canonical);
  std::string exact = schema::term(field, key);
  if (db.term_exists(exact)) return Xapian::Query(exact);
  // Values whose words include all of the value's words.
  std::vector<std::string> wanted = words_of(key);
  std::string prefix(field.prefix);
  std::vector<Xapian::Query> matches;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    std::vector<std::string> have = words_of(std::string_view(*it).substr(prefix.size()));
    bool all = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
      return std::find(have.begin(), have.end(), word) != have.end();
    });
    if (all) matches.emplace_back(*it);
    if (matches.size() >= kMaxPartialMatches) break;
  }
  if (matches.empty()) return Xapian::Query(exact);
  return Xapian::Query(Xapian::Query::OP_OR, matches.begin(), matches.end());
}

}  // namespace hemeroteca
