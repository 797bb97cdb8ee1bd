#include "common/query_parser.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

#include "common/calendar.h"
#include "common/document_builder.h"
#include "common/errors.h"

namespace hemeroteca {
namespace {

// Most terms a trailing wildcard expands to (the most frequent are kept).
constexpr Xapian::termcount kMaxWildcardTerms = 500;

// ---------------------------------------------------------------- lexing --

enum class LexKind { kWord, kPhrase, kField, kLParen, kRParen, kAnd, kOr, kNot, kPlus, kMinus };

struct Lexeme {
  LexKind kind;
  std::string text;                      // word, phrase or field value
  const schema::Field* field = nullptr;  // for kField
  bool quoted = false;                   // kField: the value was a phrase
  bool wildcard = false;                 // kWord: ended with '*'
};

// Length of the quote mark at `pos` (ASCII or typographic), or 0.
std::size_t quote_length(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kQuotes[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB",
                                                 "\xC2\xBB"};
  for (std::string_view quote : kQuotes)
    if (text.compare(pos, quote.size(), quote) == 0)
      return quote.size();
  return 0;
}

bool is_separator(std::string_view text, std::size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  return c <= ' ' || c == 0x7f || c == '(' || c == ')' || quote_length(text, pos) > 0 ||
         text.compare(pos, 2, "\xC2\xA0") == 0;  // no-break space
}

bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == y;
         });
}

class Lexer {
 public:
  Lexer(std::string_view text, std::vector<std::string>& warnings)
      : text_(text), warnings_(warnings) {}

  std::vector<Lexeme> run() {
    while (pos_ < text_.size()) {
      if (std::size_t q = quote_length(text_, pos_)) {
        pos_ += q;
        lexemes_.push_back({LexKind::kPhrase, read_phrase()});
      } else if (text_[pos_] == '(') {
        ++pos_;
        lexemes_.push_back({LexKind::kLParen, {}});
      } else if (text_[pos_] == ')') {
        ++pos_;
        lexemes_.push_back({LexKind::kRParen, {}});
      } else if (is_separator(text_, pos_)) {
        ++pos_;
      } else {
        std::size_t start = pos_;
        while (pos_ < text_.size() && !is_separator(text_, pos_))
          ++pos_;
        chunk(text_.substr(start, pos_ - start));
      }
    }
    return std::move(lexemes_);
  }

 private:
  // Reads up to the closing quote (or the end: an unclosed quote is closed).
  std::string read_phrase() {
    std::size_t start = pos_;
    while (pos_ < text_.size() && quote_length(text_, pos_) == 0)
      ++pos_;
    std::string phrase(text_.substr(start, pos_ - start));
    if (pos_ < text_.size())
      pos_ += quote_length(text_, pos_);
    return phrase;
  }

  bool next_is_group_or_phrase() const {
    return pos_ < text_.size() && (text_[pos_] == '(' || quote_length(text_, pos_) > 0);
  }

  void chunk(std::string_view word) {
    if (equals_ci(word, "and"))
      return lexemes_.push_back({LexKind::kAnd, {}});
    if (equals_ci(word, "or"))
      return lexemes_.push_back({LexKind::kOr, {}});
    if (equals_ci(word, "not"))
      return lexemes_.push_back({LexKind::kNot, {}});
    if (word.front() == '+' || word.front() == '-') {
      LexKind kind = word.front() == '+' ? LexKind::kPlus : LexKind::kMinus;
      if (word.size() > 1) {
        lexemes_.push_back({kind, {}});
        return chunk(word.substr(1));
      }
      if (next_is_group_or_phrase())
        lexemes_.push_back({kind, {}});
      return;  // a lone "+" or "-" between words means nothing
    }
    if (field_chunk(word))
      return;
    Lexeme lexeme{LexKind::kWord, std::string(word)};
    while (!lexeme.text.empty() && lexeme.text.back() == '*') {
      lexeme.text.pop_back();
      lexeme.wildcard = true;
    }
    if (!lexeme.text.empty())
      lexemes_.push_back(std::move(lexeme));
  }

  // "name:value" with a known field name; false when `word` is not one.
  bool field_chunk(std::string_view word) {
    std::size_t colon = word.find(':');
    if (colon == 0 || colon == std::string_view::npos)
      return false;
    std::string_view name = word.substr(0, colon);
    for (char c : name)
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '_')
        return false;
    std::string_view value = word.substr(colon + 1);
    std::string lower;
    for (char c : name)
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    const schema::Field* field = schema::find_query_field(lower);
    if (field == nullptr) {
      if (!value.starts_with("//"))  // not a URL
        warnings_.push_back("unknown field \"" + std::string(name) + ":\" searched as text");
      return false;
    }
    if (value.empty()) {
      if (pos_ < text_.size() && quote_length(text_, pos_) > 0) {
        pos_ += quote_length(text_, pos_);
        lexemes_.push_back({LexKind::kField, read_phrase(), field, true});
        return true;
      }
      throw QueryError("the field \"" + lower + ":\" needs a value",
                       "for example: " + std::string(field->example));
    }
    lexemes_.push_back({LexKind::kField, std::string(value), field, false});
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::vector<Lexeme> lexemes_;
  std::vector<std::string>& warnings_;
};

// --------------------------------------------------------------- dates --

struct DayBounds {
  std::string first;
  std::string last;
};

// "2026" / "2026-01" / "2026-01-12" -> its first and last day.
DayBounds parse_partial_date(std::string_view text, std::string_view whole) {
  auto fail = [&]() -> DayBounds {
    throw QueryError("invalid date \"" + std::string(whole) + "\"",
                     "dates are YYYY, YYYY-MM or YYYY-MM-DD; ranges are A..B");
  };
  auto digits = [](std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (text.size() == 4 && digits(text)) {
    int year = std::stoi(std::string(text));
    if (year < 1000)
      fail();
    return {std::string(text) + "0101", std::string(text) + "1231"};
  }
  if (text.size() == 7 && text[4] == '-' && digits(text.substr(0, 4)) && digits(text.substr(5))) {
    int year = std::stoi(std::string(text.substr(0, 4)));
    int month = std::stoi(std::string(text.substr(5)));
    if (!is_valid_date(year, month, 1))
      fail();
    std::string prefix = std::string(text.substr(0, 4)) + std::string(text.substr(5));
    return {prefix + "01", prefix + std::to_string(days_in_month(year, month))};
  }
  auto date = parse_iso_date(text);
  if (!date)
    fail();
  std::string day = schema::date_to_slot(date->iso());
  return {day, day};
}

// ---------------------------------------------------------------- parsing --

enum class Modifier { kNone, kRequired, kExcluded };

// One item of an AND-level group, before the group is combined.
struct Part {
  Xapian::Query query;
  Modifier modifier = Modifier::kNone;
  const schema::Field* filter_field = nullptr;  // set for filters
  bool word = false;                            // a plain word (for relaxing)
};

class Parser {
 public:
  Parser(std::vector<Lexeme> lexemes, DefaultOperator op, Analyzer& analyzer,
         const QueryParser& owner, ParsedQuery& out)
      : lexemes_(std::move(lexemes)), op_(op), analyzer_(analyzer), owner_(owner), out_(out) {}

  Xapian::Query run() {
    Xapian::Query query = parse_or(true);
    // Stray closing parentheses: skip them and go on, rather than fail.
    while (pos_ < lexemes_.size()) {
      ++pos_;
      Xapian::Query rest = parse_or(true);
      if (!rest.empty())
        query = query.empty() ? rest : Xapian::Query(combiner(), query, rest);
    }
    return query;
  }

 private:
  Xapian::Query::op combiner() const {
    return op_ == DefaultOperator::kAnd ? Xapian::Query::OP_AND : Xapian::Query::OP_OR;
  }

  bool at(LexKind kind) const { return pos_ < lexemes_.size() && lexemes_[pos_].kind == kind; }

  Xapian::Query parse_or(bool top_level) {
    Xapian::Query query = parse_and(top_level);
    while (at(LexKind::kOr)) {
      ++pos_;
      Xapian::Query right = parse_and(false);
      if (query.empty()) {
        query = right;
      } else if (!right.empty()) {
        query = Xapian::Query(Xapian::Query::OP_OR, query, right);
      }
    }
    return query;
  }

  Xapian::Query parse_and(bool top_level) {
    std::vector<Part> parts;
    Modifier pending = Modifier::kNone;
    while (pos_ < lexemes_.size() && !at(LexKind::kOr) && !at(LexKind::kRParen)) {
      LexKind kind = lexemes_[pos_].kind;
      if (kind == LexKind::kAnd || kind == LexKind::kPlus) {
        if (kind == LexKind::kAnd && !parts.empty() && parts.back().modifier == Modifier::kNone)
          parts.back().modifier = Modifier::kRequired;
        if (pending != Modifier::kExcluded)
          pending = Modifier::kRequired;
        ++pos_;
        continue;
      }
      if (kind == LexKind::kNot || kind == LexKind::kMinus) {
        pending = Modifier::kExcluded;
        ++pos_;
        continue;
      }
      Part part = parse_primary();
      part.modifier = pending;
      pending = Modifier::kNone;
      if (!part.query.empty())
        parts.push_back(std::move(part));
    }
    if (top_level)
      for (const Part& part : parts)
        if (part.word && part.modifier == Modifier::kNone)
          ++out_.default_joined_words;
    return combine(parts);
  }

  Part parse_primary() {
    Lexeme& lexeme = lexemes_[pos_++];
    Part part;
    switch (lexeme.kind) {
      case LexKind::kLParen:
        part.query = parse_or(false);
        if (at(LexKind::kRParen))
          ++pos_;  // an unclosed group ends at the end
        break;
      case LexKind::kPhrase:
        part.query = text_query(lexeme.text, schema::kBody, true, false);
        break;
      case LexKind::kWord:
        part.query = text_query(lexeme.text, schema::kBody, false, lexeme.wildcard);
        part.word = !part.query.empty();
        break;
      case LexKind::kField:
        if (lexeme.field->has(schema::kFreeText)) {
          bool wildcard = !lexeme.quoted && lexeme.text.ends_with('*');
          std::string text = lexeme.text;
          while (wildcard && !text.empty() && text.back() == '*')
            text.pop_back();
          part.query = text_query(text, *lexeme.field, lexeme.quoted, wildcard);
        } else {
          part.query = owner_.filter(*lexeme.field, lexeme.text);
          part.filter_field = lexeme.field;
        }
        break;
      default:
        break;  // operators are consumed by the callers
    }
    return part;
  }

  // Words of `text` in `field`: one word, or a phrase when the text holds
  // several (a quoted phrase, or "narco-terrorismo", "EE.UU.").
  Xapian::Query text_query(std::string_view text, const schema::Field& field, bool quoted,
                           bool wildcard) {
    std::vector<Token> tokens = tokenize(text);
    if (tokens.empty())
      return {};
    if (wildcard && tokens.size() == 1)
      return wildcard_query(tokens.front(), field);
    std::vector<Xapian::Query> terms;
    for (const Token& token : tokens)
      terms.push_back(term_query(token, field));
    (void)quoted;
    if (terms.size() == 1)
      return terms.front();
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
  }

  Xapian::Query term_query(const Token& token, const schema::Field& field) {
    const std::string& term = analyzer_.term(token.form);
    out_.highlight.terms.push_back(term);
    out_.ranked = true;
    return Xapian::Query(std::string(field.prefix) + term);
  }

  Xapian::Query wildcard_query(const Token& token, const schema::Field& field) {
    out_.highlight.prefixes.push_back(token.form);
    out_.ranked = true;
    std::string prefix(field.prefix);
    Xapian::Query raw(Xapian::Query::OP_WILDCARD, prefix + token.form, kMaxWildcardTerms,
                      Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    // Terms are stems: "fentanilo*" must also find the stem "fentanil".
    const std::string& stem = analyzer_.term(token.form);
    if (stem == token.form)
      return raw;
    out_.highlight.prefixes.push_back(stem);
    Xapian::Query stemmed(Xapian::Query::OP_WILDCARD, prefix + stem, kMaxWildcardTerms,
                          Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    return Xapian::Query(Xapian::Query::OP_OR, raw, stemmed);
  }

  // Combines one AND-level group: required and (by default) plain parts
  // must match, excluded parts must not, filters restrict without weight.
  Xapian::Query combine(const std::vector<Part>& parts) const {
    std::vector<Xapian::Query> required, optional, excluded;
    std::map<const schema::Field*, std::vector<Xapian::Query>> filters;
    for (const Part& part : parts) {
      if (part.modifier == Modifier::kExcluded) {
        excluded.push_back(part.query);
      } else if (part.filter_field != nullptr) {
        filters[part.filter_field].push_back(part.query);
      } else if (part.modifier == Modifier::kRequired || op_ == DefaultOperator::kAnd) {
        required.push_back(part.query);
      } else {
        optional.push_back(part.query);
      }
    }
    Xapian::Query positive;
    if (!required.empty())
      positive = Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
    if (!optional.empty()) {
      Xapian::Query any(Xapian::Query::OP_OR, optional.begin(), optional.end());
      positive = positive.empty() ? any : Xapian::Query(Xapian::Query::OP_AND_MAYBE, positive, any);
    }
    if (!filters.empty()) {
      std::vector<Xapian::Query> per_field;
      for (const auto& [field, queries] : filters)
        per_field.emplace_back(Xapian::Query::OP_OR, queries.begin(), queries.end());
      Xapian::Query filter(Xapian::Query::OP_AND, per_field.begin(), per_field.end());
      positive = positive.empty() ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0.0)
                                  : Xapian::Query(Xapian::Query::OP_FILTER, positive, filter);
    }
    if (excluded.empty())
      return positive;
    if (positive.empty())
      positive = Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND_NOT, positive,
                         Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
  }

  std::vector<Lexeme> lexemes_;
  std::size_t pos_ = 0;
  DefaultOperator op_;
  Analyzer& analyzer_;
  const QueryParser& owner_;
  ParsedQuery& out_;
};

Xapian::Query value_range(Xapian::valueno slot, const DateRange& range) {
  if (range.from.empty())
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, range.to);
  if (range.to.empty())
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, range.from);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, range.from, range.to);
}

}  // namespace

DateRange parse_date_range(std::string_view text) {
  std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    DayBounds bounds = parse_partial_date(text, text);
    return {bounds.first, bounds.last};
  }
  std::string_view from = text.substr(0, dots);
  std::string_view to = text.substr(dots + 2);
  if (from.empty() && to.empty())
    throw QueryError("empty date range \"..\"", "write A..B, A.. or ..B");
  DateRange range;
  if (!from.empty())
    range.from = parse_partial_date(from, text).first;
  if (!to.empty())
    range.to = parse_partial_date(to, text).last;
  if (!range.from.empty() && !range.to.empty() && range.from > range.to)
    throw QueryError("date range \"" + std::string(text) + "\" ends before it starts");
  return range;
}

Xapian::Query QueryParser::filter(const schema::Field& field, std::string_view value) const {
  if (field.has(schema::kDateRange)) {
    DateRange range = parse_date_range(value);
    if (field.has_slot())
      return value_range(field.slot, range);
    // Dates held as terms: one term for a day, else the terms in range.
    if (!range.from.empty() && range.from == range.to)
      return Xapian::Query(schema::term(field, range.from));
    std::vector<Xapian::Query> terms;
    std::string prefix(field.prefix);
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
      std::string day = (*it).substr(prefix.size());
      if ((range.from.empty() || day >= range.from) && (range.to.empty() || day <= range.to))
        terms.emplace_back(*it);
    }
    if (terms.empty())
      return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
  if (&field == &schema::kPath) {
    auto absolute = std::filesystem::absolute(std::filesystem::path(value)).lexically_normal();
    return Xapian::Query(schema::unique_term(absolute.string()));
  }
  if (field.has(schema::kExactValue))
    return Xapian::Query(schema::term(field, value));
  std::string key = facet_key(value);
  if (key.empty())
    throw QueryError("empty value for the field \"" + std::string(field.name) + ":\"");
  return Xapian::Query(schema::term(field, key));
}

ParsedQuery QueryParser::parse(std::string_view text, DefaultOperator op) const {
  ParsedQuery out;
  std::vector<Lexeme> lexemes = Lexer(text, out.warnings).run();
  out.query = Parser(std::move(lexemes), op, analyzer_, *this, out).run();
  return out;
}

}  // namespace hemeroteca
