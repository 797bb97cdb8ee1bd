#include "common/query_parser.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

#include "common/calendar.h"
#include "common/errors.h"
#include "common/field_values.h"

namespace hemeroteca {

Xapian::Query unweighted(const Xapian::Query& filter) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, filter),
                       0.0);
}

namespace {

// Limits that keep a hostile query from exhausting memory or the stack.
constexpr std::size_t kMaxQueryItems = 1024;
constexpr int kMaxDepth = 32;

// Most terms a trailing wildcard expands to (the most frequent are kept).
constexpr Xapian::termcount kMaxWildcardTerms = 500;

constexpr Xapian::Query::op kSynonym = Xapian::Query::OP_SYNONYM;

// ---------------------------------------------------------------- lexing --

enum class LexKind { kWord, kPhrase, kField, kLParen, kRParen, kAnd, kOr, kNot, kPlus, kMinus };

struct Lexeme {
  LexKind kind;
  std::string text;       // word, phrase or field value
  std::size_t start = 0;  // byte offsets of `text` in the query
  std::size_t end = 0;
  const schema::Field* field = nullptr;  // for kField
  bool quoted = false;                   // kField: the value was a phrase
  bool wildcard = false;                 // kWord: ended with '*'
};

// Length of the quote mark at `pos` (ASCII or typographic), or 0.
std::size_t quote_length(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kQuotes[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB",
                                                 "\xC2\xBB"};
  for (std::string_view quote : kQuotes)
    if (text.compare(pos, quote.size(), quote) == 0) return quote.size();
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
        push_phrase(LexKind::kPhrase, nullptr);
      } else if (text_[pos_] == '(' || text_[pos_] == ')') {
        lexemes_.push_back(
            {text_[pos_] == '(' ? LexKind::kLParen : LexKind::kRParen, {}, pos_, pos_ + 1});
        ++pos_;
      } else if (is_separator(text_, pos_)) {
        ++pos_;
      } else {
        std::size_t start = pos_;
        while (pos_ < text_.size() && !is_separator(text_, pos_)) ++pos_;
        chunk(start, pos_);
      }
    }
    return std::move(lexemes_);
  }

 private:
  // Reads up to the closing quote (or the end: an unclosed quote is closed).
  void push_phrase(LexKind kind, const schema::Field* field) {
    std::size_t start = pos_;
    while (pos_ < text_.size() && quote_length(text_, pos_) == 0) ++pos_;
    Lexeme lexeme{kind, std::string(text_.substr(start, pos_ - start)), start, pos_, field};
    lexeme.quoted = true;
    lexemes_.push_back(std::move(lexeme));
    if (pos_ < text_.size()) pos_ += quote_length(text_, pos_);
  }

  bool next_is_group_or_phrase() const {
    return pos_ < text_.size() && (text_[pos_] == '(' || quote_length(text_, pos_) > 0);
  }

  void chunk(std::size_t start, std::size_t end) {
    std::string_view word = text_.substr(start, end - start);
    if (equals_ci(word, "and")) return lexemes_.push_back({LexKind::kAnd, {}, start, end});
    if (equals_ci(word, "or")) return lexemes_.push_back({LexKind::kOr, {}, start, end});
    if (equals_ci(word, "not")) return lexemes_.push_back({LexKind::kNot, {}, start, end});
    if (word.front() == '+' || word.front() == '-') {
      LexKind kind = word.front() == '+' ? LexKind::kPlus : LexKind::kMinus;
      if (word.size() > 1) {
        lexemes_.push_back({kind, {}, start, start + 1});
        return chunk(start + 1, end);
      }
      if (next_is_group_or_phrase()) lexemes_.push_back({kind, {}, start, end});
      return;  // a lone "+" or "-" between words means nothing
    }
    if (field_chunk(start, end)) return;
    Lexeme lexeme{LexKind::kWord, std::string(word), start, end};
    while (!lexeme.text.empty() && lexeme.text.back() == '*') {
      lexeme.text.pop_back();
      --lexeme.end;
      lexeme.wildcard = true;
    }
    if (!lexeme.text.empty()) lexemes_.push_back(std::move(lexeme));
  }

  // "name:value" with a known field name; false when it is not one.
  bool field_chunk(std::size_t start, std::size_t end) {
    std::string_view word = text_.substr(start, end - start);
    std::size_t colon = word.find(':');
    if (colon == 0 || colon == std::string_view::npos) return false;
    std::string lower;
    for (char c : word.substr(0, colon)) {
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '_') return false;
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    std::string_view value = word.substr(colon + 1);
    const schema::Field* field = schema::find_query_field(lower);
    if (field == nullptr) {
      if (!value.starts_with("//"))  // not a URL
        warnings_.push_back("unknown field \"" + std::string(word.substr(0, colon)) +
                            ":\" searched as text");
      return false;
    }
    if (value.empty()) {
      if (pos_ < text_.size() && quote_length(text_, pos_) > 0) {
        pos_ += quote_length(text_, pos_);
        push_phrase(LexKind::kField, field);
        return true;
      }
      throw QueryError("the field \"" + lower + ":\" needs a value",
                       "for example: " + std::string(field->example));
    }
    lexemes_.push_back({LexKind::kField, std::string(value), start + colon + 1, end, field});
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
    if (std::stoi(std::string(text)) < 1000) fail();
    return {std::string(text) + "0101", std::string(text) + "1231"};
  }
  if (text.size() == 7 && text[4] == '-' && digits(text.substr(0, 4)) && digits(text.substr(5))) {
    int year = std::stoi(std::string(text.substr(0, 4)));
    int month = std::stoi(std::string(text.substr(5)));
    if (!is_valid_date(year, month, 1)) fail();
    std::string prefix = std::string(text.substr(0, 4)) + std::string(text.substr(5));
    return {prefix + "01", prefix + std::to_string(days_in_month(year, month))};
  }
  auto date = parse_iso_date(text);
  if (!date) fail();
  std::string day = schema::date_to_slot(date->iso());
  return {day, day};
}

Xapian::Query value_range(Xapian::valueno slot, const DateRange& range) {
  if (range.from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, range.to);
  if (range.to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, range.from);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, range.from, range.to);
}

// Phrases that stand alone: not required, excluded or a field's value.
std::vector<std::size_t> loosenable_phrases(const std::vector<Lexeme>& lexemes) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < lexemes.size(); ++i) {
    if (lexemes[i].kind != LexKind::kPhrase) continue;
    LexKind before = i > 0 ? lexemes[i - 1].kind : LexKind::kWord;
    if (before != LexKind::kPlus && before != LexKind::kMinus && before != LexKind::kNot)
      found.push_back(i);
  }
  return found;
}

// Replaces each stand-alone phrase by its words, as plain words (never
// operators: "and" inside quotes is a word).
void loosen_phrases(std::string_view text, std::vector<Lexeme>& lexemes) {
  std::vector<std::size_t> phrases = loosenable_phrases(lexemes);
  std::vector<Lexeme> out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < lexemes.size(); ++i) {
    if (next == phrases.size() || phrases[next] != i) {
      out.push_back(std::move(lexemes[i]));
      continue;
    }
    ++next;
    for (std::size_t pos = lexemes[i].start; pos < lexemes[i].end;) {
      if (is_separator(text, pos)) {
        ++pos;
        continue;
      }
      std::size_t start = pos;
      while (pos < lexemes[i].end && !is_separator(text, pos)) ++pos;
      out.push_back({LexKind::kWord, std::string(text.substr(start, pos - start)), start, pos});
    }
  }
  lexemes = std::move(out);
}

// ---------------------------------------------------------------- parsing --

enum class Modifier { kNone, kRequired, kExcluded };

// One item of an AND-level group, before the group is combined.
struct Part {
  Xapian::Query query;
  Modifier modifier = Modifier::kNone;
  const schema::Field* filter_field = nullptr;  // set for filters
  bool word = false;                            // a plain word (counts for relaxing)
  bool stopword = false;                        // dropped when other words remain
  std::vector<std::string> marked;              // what it added to the highlights
};

// The analysed words of a piece of query text.
struct Words {
  std::vector<Token> tokens;
  std::vector<std::string> folded;
  std::vector<AliasMatch> aliases;
};

class Parser {
 public:
  Parser(std::vector<Lexeme> lexemes, DefaultOperator op, Analyzer& analyzer,
         const Xapian::Database& db, const QueryParser& owner, ParsedQuery& out)
      : lexemes_(std::move(lexemes)),
        op_(op),
        analyzer_(analyzer),
        db_(db),
        owner_(owner),
        out_(out) {}

  Xapian::Query run() {
    Xapian::Query query = parse_or(true);
    // Stray closing parentheses: skip them and go on, rather than fail.
    while (pos_ < lexemes_.size()) {
      ++pos_;
      Xapian::Query rest = parse_or(true);
      if (!rest.empty()) query = query.empty() ? rest : Xapian::Query(combiner(), query, rest);
    }
    return query;
  }

 private:
  Xapian::Query::op combiner() const {
    return op_ == DefaultOperator::kAnd ? Xapian::Query::OP_AND : Xapian::Query::OP_OR;
  }

  bool at(LexKind kind) const { return pos_ < lexemes_.size() && lexemes_[pos_].kind == kind; }

  bool at_plain_word() const { return at(LexKind::kWord) && !lexemes_[pos_].wildcard; }

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
        if (pending != Modifier::kExcluded) pending = Modifier::kRequired;
        ++pos_;
        continue;
      }
      if (kind == LexKind::kNot || kind == LexKind::kMinus) {
        pending = Modifier::kExcluded;
        ++pos_;
        continue;
      }
      if (pending == Modifier::kNone && at_plain_word()) {
        // A run of plain words is analysed together: an alias may span
        // several of them ("Estados Unidos").
        for (Part& part : word_run()) parts.push_back(std::move(part));
        continue;
      }
      Part part = parse_primary();
      part.modifier = pending;
      pending = Modifier::kNone;
      if (!part.query.empty()) parts.push_back(std::move(part));
    }
    drop_stopwords(parts);
    if (top_level)
      for (const Part& part : parts)
        if (part.word && part.modifier == Modifier::kNone) ++out_.default_joined_words;
    return combine(parts);
  }

  // Stopwords are dropped from a group that has other words to search; a
  // query made only of stopwords ("de la") keeps them.
  void drop_stopwords(std::vector<Part>& parts) {
    bool other_words = std::any_of(parts.begin(), parts.end(), [](const Part& p) {
      return !p.stopword && p.filter_field == nullptr && p.modifier != Modifier::kExcluded;
    });
    if (!other_words) return;
    std::vector<std::string>& marked = out_.highlight.terms;
    std::erase_if(parts, [&](const Part& p) {
      if (!p.stopword || p.modifier != Modifier::kNone) return false;
      for (const std::string& term : p.marked) {
        auto found = std::find(marked.begin(), marked.end(), term);
        if (found != marked.end()) marked.erase(found);
      }
      return true;
    });
  }

  Part parse_primary() {
    Lexeme& lexeme = lexemes_[pos_++];
    Part part;
    switch (lexeme.kind) {
      case LexKind::kLParen:
        if (++depth_ > kMaxDepth)
          throw QueryError("parentheses nested more than " + std::to_string(kMaxDepth) + " deep");
        part.query = parse_or(false);
        --depth_;
        if (at(LexKind::kRParen)) ++pos_;  // an unclosed group ends at the end
        break;
      case LexKind::kPhrase:
        part.query = phrase_query(analyse(lexeme.text), schema::kBody);
        break;
      case LexKind::kWord:
        part.query = lexeme.wildcard ? wildcard_query(lexeme.text, schema::kBody)
                                     : phrase_query(analyse(lexeme.text), schema::kBody);
        part.word = !part.query.empty();
        break;
      case LexKind::kField:
        if (lexeme.field->has(schema::kFreeText)) {
          std::string text = lexeme.text;
          bool wildcard = !lexeme.quoted && text.ends_with('*');
          while (wildcard && !text.empty() && text.back() == '*') text.pop_back();
          part.query = wildcard ? wildcard_query(text, *lexeme.field)
                                : phrase_query(analyse(text), *lexeme.field);
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

  Words analyse(std::string_view text) {
    Words words;
    words.tokens = tokenize(text);
    for (const Token& token : words.tokens) words.folded.push_back(analyzer_.folded(token.form));
    words.aliases = analyzer_.lexicon().aliases().find(words.tokens, words.folded);
    return words;
  }

  // Consecutive plain words, analysed as one text: an alias made of whole
  // words ("Estados Unidos") becomes one part; every other word is its own
  // part ("50%" and "narco-terrorismo" stay one part each).
  std::vector<Part> word_run() {
    std::size_t first = pos_;
    while (at_plain_word()) ++pos_;
    std::string text;
    std::vector<std::size_t> lexeme_of_byte;  // run byte -> lexeme index
    for (std::size_t i = first; i < pos_; ++i) {
      if (!text.empty()) {
        text.push_back(' ');
        lexeme_of_byte.push_back(i);
      }
      text += lexemes_[i].text;
      lexeme_of_byte.resize(text.size(), i);
    }
    Words words = analyse(text);
    std::vector<std::size_t> lexeme_of_token;
    for (const Token& token : words.tokens) lexeme_of_token.push_back(lexeme_of_byte[token.start]);
    auto starts_lexeme = [&](std::size_t t) {
      return t == 0 || lexeme_of_token[t - 1] != lexeme_of_token[t];
    };
    auto ends_lexeme = [&](std::size_t t) {
      for (std::size_t next = t + 1; next < words.tokens.size(); ++next)
        if (!words.tokens[next].overlay) return lexeme_of_token[next] != lexeme_of_token[t];
      return true;
    };
    std::vector<Part> parts;
    std::vector<bool> lexeme_done(pos_ - first, false);
    for (const AliasMatch& match : words.aliases) {
      if (!starts_lexeme(match.first) || !ends_lexeme(match.last)) continue;
      Part part;
      part.query = alias_query(words, match);
      part.word = true;
      parts.push_back(std::move(part));
      for (std::size_t t = match.first; t <= match.last; ++t)
        lexeme_done[lexeme_of_token[t] - first] = true;
    }
    for (std::size_t i = first; i < pos_; ++i) {
      if (lexeme_done[i - first]) continue;
      Words own = analyse(lexemes_[i].text);
      Part part;
      std::size_t marked_before = out_.highlight.terms.size();
      part.query = phrase_query(own, schema::kBody);
      part.marked.assign(out_.highlight.terms.begin() + marked_before, out_.highlight.terms.end());
      part.word = !part.query.empty();
      std::size_t word_count = last_word(own);
      part.stopword = word_count == 1 && analyzer_.lexicon().is_stopword(own.folded[0]);
      if (word_count == 1) note_unknown(own.tokens[0], lexemes_[i]);
      if (part.word) parts.push_back(std::move(part));
    }
    return parts;
  }

  // Positions relative to the first token of a subset of tokens.
  static void renumber(Words& words) {
    if (words.tokens.empty()) return;
    std::uint32_t base = words.tokens.front().position;
    for (Token& token : words.tokens) token.position -= base;
  }

  void note_unknown(const Token& token, const Lexeme& lexeme) {
    if (token.kind != TokenKind::kWord || known(token)) return;
    out_.unknown_words.push_back({lexeme.start, lexeme.end, analyzer_.folded(token.form)});
  }

  bool known(const Token& token) {
    for (const std::string& term : analyzer_.query_terms(token))
      if (db_.term_exists(term)) return true;
    return false;
  }

  // The terms a token must find: every spelling of it the index holds (or,
  // when it holds none, the typed spelling's own term, which then finds
  // nothing).
  std::vector<std::string> token_terms(const Token& token, const schema::Field& field) {
    std::string prefix(field.prefix);
    std::vector<std::string> terms;
    const std::vector<std::string>& candidates = analyzer_.query_terms(token);
    for (const std::string& term : candidates)
      if (candidates.size() == 1 || db_.term_exists(prefix + term)) terms.push_back(prefix + term);
    if (terms.empty()) terms.push_back(prefix + analyzer_.term(token));
    out_.ranked = true;
    return terms;
  }

  static Xapian::Query any_of(const std::vector<std::string>& terms, Xapian::Query::op op) {
    if (terms.size() == 1) return Xapian::Query(terms.front());
    return Xapian::Query(op, terms.begin(), terms.end());
  }

  const std::string& alias_key(const AliasMatch& match) const {
    return analyzer_.lexicon().aliases().entry(match.entry).key;
  }

  Xapian::Query alias_term(const AliasMatch& match) {
    const AliasEntry& entry = analyzer_.lexicon().aliases().entry(match.entry);
    out_.ranked = true;
    return Xapian::Query(schema::term(schema::kAlias, entry.key));
  }

  // An alias in free text: its term (every form of it), or its words as
  // written (with their inflections: "fentanilos" for "fentanilo").
  Xapian::Query alias_query(const Words& words, const AliasMatch& match) {
    Words own;
    for (std::size_t t = match.first; t <= match.last; ++t) {
      own.tokens.push_back(words.tokens[t]);
      own.folded.push_back(words.folded[t]);
    }
    renumber(own);
    Xapian::Query literal = phrase_query(own, schema::kBody, /*use_aliases=*/false);
    out_.highlight.aliases.push_back(alias_key(match));
    return Xapian::Query(Xapian::Query::OP_SYNONYM, alias_term(match), literal);
  }

  // Words of one lexeme in `field`: one word, or a phrase when several
  // ("de la Fuente", "narco-terrorismo"). Inside a phrase, an alias takes
  // one position; the window grows so that its longer forms still fit.
  Xapian::Query phrase_query(const Words& words, const schema::Field& field,
                             bool use_aliases = true) {
    if (words.tokens.empty()) return {};
    bool body = &field == &schema::kBody;
    if (use_aliases && body && words.aliases.size() == 1 && words.aliases[0].first == 0 &&
        words.aliases[0].last + 1 >= last_word(words))
      return alias_query(words, words.aliases[0]);

    // One item per position: an alias term, or a word's spellings.
    struct Item {
      Xapian::Query alias;
      std::vector<std::string> terms;
      std::string alias_key;
    };
    std::vector<Item> items;
    std::vector<std::string> compound;  // overlay of the whole text ("narcoterrorismo")
    std::size_t window_extra = 0;
    std::size_t next_alias = 0;
    for (std::size_t t = 0; t < words.tokens.size(); ++t) {
      const Token& token = words.tokens[t];
      if (use_aliases && body && next_alias < words.aliases.size() &&
          words.aliases[next_alias].first == t) {
        const AliasMatch& match = words.aliases[next_alias++];
        items.push_back({alias_term(match), {}, alias_key(match)});
        window_extra += analyzer_.lexicon().aliases().longest_form(match.entry) - 1;
        t = match.last;
        while (t + 1 < words.tokens.size() && words.tokens[t + 1].overlay) ++t;
        continue;
      }
      if (token.overlay) {
        if (token.position == 0 && t + 1 == words.tokens.size() && items.size() > 1)
          compound = token_terms(token, field);
        continue;
      }
      items.push_back({{}, token_terms(token, field), {}});
    }
    std::size_t prefix_size = field.prefix.size();
    auto unprefixed = [&](const std::vector<std::string>& terms) {
      std::vector<std::string> out;
      for (const std::string& term : terms) out.push_back(term.substr(prefix_size));
      return out;
    };
    for (const std::string& term : unprefixed(compound)) out_.highlight.terms.push_back(term);
    if (items.empty()) return compound.empty() ? Xapian::Query() : any_of(compound, kSynonym);
    // A lone word weighs as one term, whichever of its spellings a document
    // uses; inside a phrase, each position may be any of them.
    if (items.size() == 1) {
      if (items[0].terms.empty()) {
        out_.highlight.aliases.push_back(items[0].alias_key);
        return items[0].alias;
      }
      for (const std::string& term : unprefixed(items[0].terms))
        out_.highlight.terms.push_back(term);
      return any_of(items[0].terms, kSynonym);
    }
    std::vector<Xapian::Query> positions;
    std::vector<HighlightItem> marks;
    for (const Item& item : items) {
      positions.push_back(item.terms.empty() ? item.alias
                                             : any_of(item.terms, Xapian::Query::OP_OR));
      marks.push_back({unprefixed(item.terms), item.alias_key});
    }
    out_.highlight.phrases.push_back(std::move(marks));
    Xapian::Query query(Xapian::Query::OP_PHRASE, positions.begin(), positions.end(),
                        static_cast<Xapian::termcount>(positions.size() + window_extra));
    if (compound.empty()) return query;
    return Xapian::Query(kSynonym, query, any_of(compound, kSynonym));
  }

  // Index (exclusive) just past the last non-overlay token.
  static std::size_t last_word(const Words& words) {
    std::size_t last = 0;
    for (std::size_t t = 0; t < words.tokens.size(); ++t)
      if (!words.tokens[t].overlay) last = t + 1;
    return last;
  }

  Xapian::Query wildcard_query(std::string_view text, const schema::Field& field) {
    std::vector<Token> tokens = tokenize(text);
    if (tokens.empty()) return {};
    std::string prefix(field.prefix);
    const Token& token = tokens.front();
    std::vector<std::string> stems = {analyzer_.folded(token.form), analyzer_.term(token)};
    if (stems[0] == stems[1]) stems.pop_back();
    // Expanded here, over the whole index, rather than by OP_WILDCARD: over
    // several shards Xapian expands a wildcard shard by shard, and the
    // weights then differ from those of one database.
    std::map<std::string, Xapian::doccount> found;  // term -> articles
    for (const std::string& stem : stems) {
      out_.highlight.prefixes.push_back(stem);
      for (auto it = db_.allterms_begin(prefix + stem); it != db_.allterms_end(prefix + stem); ++it)
        found.emplace(*it, it.get_termfreq());
    }
    out_.ranked = true;
    std::vector<std::pair<std::string, Xapian::doccount>> terms(found.begin(), found.end());
    if (terms.size() > kMaxWildcardTerms) {
      // The most frequent, as Xapian's WILDCARD_LIMIT_MOST_FREQUENT.
      std::stable_sort(terms.begin(), terms.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      terms.resize(kMaxWildcardTerms);
    }
    std::vector<Xapian::Query> expansions;
    for (const auto& [term, articles] : terms) expansions.emplace_back(term);
    if (expansions.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_SYNONYM, expansions.begin(), expansions.end());
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
      positive = positive.empty() ? unweighted(filter)
                                  : Xapian::Query(Xapian::Query::OP_FILTER, positive, filter);
    }
    if (excluded.empty()) return positive;
    if (positive.empty()) positive = Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND_NOT, positive,
                         Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
  }

  std::vector<Lexeme> lexemes_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  DefaultOperator op_;
  Analyzer& analyzer_;
  const Xapian::Database& db_;
  const QueryParser& owner_;
  ParsedQuery& out_;
};

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
  if (!from.empty()) range.from = parse_partial_date(from, text).first;
  if (!to.empty()) range.to = parse_partial_date(to, text).last;
  if (!range.from.empty() && !range.to.empty() && range.from > range.to)
    throw QueryError("date range \"" + std::string(text) + "\" ends before it starts");
  return range;
}

Xapian::Query QueryParser::filter(const schema::Field& field, std::string_view value) const {
  if (field.has(schema::kDateRange)) {
    DateRange range = parse_date_range(value);
    if (field.has_slot()) return value_range(field.slot, range);
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
    if (terms.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
  if (&field == &schema::kPath) {
    auto absolute = std::filesystem::absolute(std::filesystem::path(value)).lexically_normal();
    return Xapian::Query(schema::unique_term(absolute.string()));
  }
  if (field.has(schema::kExactValue)) return Xapian::Query(schema::term(field, value));
  bool gazetteer = &field == &schema::kSpeaker || &field == &schema::kActor;
  return name_filter(field, value, db_, gazetteer && data_ ? data_() : nullptr);
}

ParsedQuery QueryParser::parse(std::string_view text, DefaultOperator op,
                               PhraseMode phrases) const {
  ParsedQuery out;
  std::vector<Lexeme> lexemes = Lexer(text, out.warnings).run();
  out.loosenable_phrases = loosenable_phrases(lexemes).size();
  if (phrases == PhraseMode::kLoosen) loosen_phrases(text, lexemes);
  if (lexemes.size() > kMaxQueryItems)
    throw QueryError("the query is too long (" + std::to_string(lexemes.size()) +
                         " words and operators; the limit is " + std::to_string(kMaxQueryItems) +
                         ")",
                     "search for fewer words, or split the query");
  out.query = Parser(std::move(lexemes), op, analyzer_, db_, *this, out).run();
  return out;
}

}  // namespace hemeroteca
