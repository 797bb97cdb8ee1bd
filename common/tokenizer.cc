#include "common/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/text_normalize.h"

namespace hemeroteca {
namespace {

bool is_mark(UChar32 c) {
  return c >= 0x80 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalnum(c) || is_mark(c);
}

// A maximal run of word characters.
struct Run {
  std::size_t start;
  std::size_t end;
};

std::vector<Run> find_runs(std::string_view text) {
  std::vector<Run> runs;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t run_start = -1;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    bool word = c >= 0 && is_word_char(c);
    if (word && run_start < 0 && is_mark(c)) word = false;  // a mark cannot start a word
    if (word && run_start < 0) run_start = start;
    if (!word && run_start >= 0) {
      runs.push_back({static_cast<std::size_t>(run_start), static_cast<std::size_t>(start)});
      run_start = -1;
    }
    // "%" is a token of its own: "50%" is "50 por ciento" (see aliases).
    if (c == '%') runs.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(i)});
  }
  if (run_start >= 0) runs.push_back({static_cast<std::size_t>(run_start), text.size()});
  return runs;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_short_capitals(std::string_view raw) {
  if (raw.empty() || raw.size() > 2) return false;
  for (char c : raw)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text), runs_(find_runs(text)) {}

  std::vector<Token> run() {
    for (i_ = 0; i_ < runs_.size();) {
      if (raw(runs_[i_]) == "%") {
        group_position_ = next_position_;
        emit("%", runs_[i_].start, runs_[i_].end, TokenKind::kSymbol, false, {});
        ++i_;
        continue;
      }
      if (number()) continue;
      if (dotted_acronym()) continue;
      if (prefixed('@', TokenKind::kHandle)) continue;
      if (prefixed('#', TokenKind::kHashtag)) continue;
      if (hyphenated()) continue;
      word(runs_[i_].start, runs_[i_].end);
      ++i_;
    }
    return std::move(tokens_);
  }

 private:
  char at(std::size_t pos) const { return pos < text_.size() ? text_[pos] : '\0'; }
  bool adjacent(std::size_t a, std::size_t b) const {
    return a + 1 < runs_.size() && runs_[a].end + 1 == runs_[b].start;
  }
  std::string_view raw(const Run& run) const {
    return text_.substr(run.start, run.end - run.start);
  }

  void emit(std::string form, std::size_t start, std::size_t end, TokenKind kind, bool overlay,
            std::string_view raw_text) {
    if (form.empty() || form.size() > kMaxTokenBytes) return;
    Token token;
    token.form = std::move(form);
    token.start = start;
    token.end = end;
    token.kind = kind;
    token.overlay = overlay;
    LetterCase letters = letter_case(raw_text);
    token.upper = letters.all_capitals();
    token.capitalized = letters.first_upper;
    token.position = overlay ? group_position_ : next_position_++;
    tokens_.push_back(std::move(token));
  }

  void word(std::size_t start, std::size_t end) {
    std::string_view raw_text = text_.substr(start, end - start);
    std::string form = normalize_word(raw_text);
    TokenKind kind = all_digits(form) ? TokenKind::kNumber : TokenKind::kWord;
    group_position_ = next_position_;
    emit(std::move(form), start, end, kind, false, raw_text);
  }

  // 3,000 / 3.000.000 (thousands) and 3,5 / 3.5 (decimals); then "%".
  bool number() {
    if (!all_digits(raw(runs_[i_]))) return false;
    std::size_t first = i_;
    std::string form(raw(runs_[i_]));
    bool decimal = false;
    while (!decimal && (at(runs_[i_].end) == ',' || at(runs_[i_].end) == '.') &&
           adjacent(i_, i_ + 1) && all_digits(raw(runs_[i_ + 1]))) {
      std::string_view group = raw(runs_[i_ + 1]);
      if (group.size() == 3) {
        form += group;  // a thousands group
      } else {
        form += '.';
        form += group;
        decimal = true;
      }
      ++i_;
    }
    group_position_ = next_position_;
    emit(form, runs_[first].start, runs_[i_].end, TokenKind::kNumber, false, {});
    ++i_;
    return true;
  }

  // EE.UU.  D.C.  S.A.  U.S.A. : groups of one or two capitals, each
  // followed by a period, with nothing between them.
  bool dotted_acronym() {
    std::size_t j = i_;
    std::string form;
    while (j < runs_.size() && is_short_capitals(raw(runs_[j])) && at(runs_[j].end) == '.') {
      form += normalize_word(raw(runs_[j]));
      if (!(j + 1 < runs_.size() && runs_[j].end + 1 == runs_[j + 1].start)) {
        ++j;
        break;
      }
      ++j;
    }
    if (j - i_ < 2) return false;
    group_position_ = next_position_;
    emit(form, runs_[i_].start, runs_[j - 1].end + 1, TokenKind::kWord, false,
         text_.substr(runs_[i_].start, runs_[j - 1].end - runs_[i_].start));
    i_ = j;
    return true;
  }

  // @handle (letters, digits, underscores) and #hashtag.
  bool prefixed(char sigil, TokenKind kind) {
    std::size_t start = runs_[i_].start;
    if (start == 0 || text_[start - 1] != sigil) return false;
    if (start >= 2 && is_handle_char(text_[start - 2])) return false;  // an e-mail address
    std::size_t j = i_;
    while (sigil == '@' && j + 1 < runs_.size() && at(runs_[j].end) == '_' &&
           runs_[j].end + 1 == runs_[j + 1].start)
      ++j;
    std::size_t first_position = next_position_;
    for (std::size_t k = i_; k <= j; ++k) word(runs_[k].start, runs_[k].end);
    group_position_ = first_position;
    std::string_view whole = text_.substr(start - 1, runs_[j].end - start + 1);
    emit(normalize_word(whole), start - 1, runs_[j].end, kind, true, whole);
    i_ = j + 1;
    return true;
  }

  static bool is_handle_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
  }

  // narco-terrorismo: the parts, plus the joined word when every part after
  // the first starts in lower case (not "Estados Unidos-México").
  bool hyphenated() {
    std::size_t j = i_;
    bool joinable = true;
    while (j + 1 < runs_.size() && at(runs_[j].end) == '-' && adjacent(j, j + 1)) {
      ++j;
      if (letter_case(raw(runs_[j])).first_upper || all_digits(raw(runs_[j]))) joinable = false;
    }
    if (j == i_) return false;
    if (all_digits(raw(runs_[i_]))) joinable = false;
    std::size_t first_position = next_position_;
    std::string joined;
    for (std::size_t k = i_; k <= j; ++k) {
      word(runs_[k].start, runs_[k].end);
      joined += normalize_word(raw(runs_[k]));
    }
    if (joinable) {
      group_position_ = first_position;
      emit(joined, runs_[i_].start, runs_[j].end, TokenKind::kCompound, true,
           text_.substr(runs_[i_].start, runs_[j].end - runs_[i_].start));
    }
    i_ = j + 1;
    return true;
  }

  std::string_view text_;
  std::vector<Run> runs_;
  std::size_t i_ = 0;
  std::vector<Token> tokens_;
  std::uint32_t next_position_ = 0;
  std::uint32_t group_position_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  return Tokenizer(text).run();
}

}  // namespace hemeroteca
