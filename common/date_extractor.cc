#include "common/date_extractor.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>

namespace hemeroteca {
namespace {

// Bytes from the start of the body within which a full date can be a
// dateline.
constexpr std::size_t kDatelineBytes = 80;
// Words before a date searched for future and event cues.
constexpr std::size_t kCueWindow = 6;

std::optional<int> number(const std::string& folded, int low, int high) {
  if (folded.empty() || folded.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : folded) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value < low || value > high) return std::nullopt;
  return value;
}

// "15", "1o", "1º", "primero".
std::optional<int> day_number(const std::string& folded) {
  if (folded == "primero") return 1;
  std::string digits = folded;
  for (std::string_view suffix : {"o", "\xC2\xBA"})
    if (digits.size() > suffix.size() && digits.ends_with(suffix))
      digits.resize(digits.size() - suffix.size());
  return number(digits, 1, 31);
}

std::optional<int> year_number(const std::string& folded) {
  if (folded.size() != 4) return std::nullopt;
  return number(folded, 1900, 2100);
}

long days_from_civil(const CivilDate& d) {
  using namespace std::chrono;
  return sys_days(year_month_day(year(d.year), month(static_cast<unsigned>(d.month)),
                                 day(static_cast<unsigned>(d.day))))
      .time_since_epoch()
      .count();
}

class DateScanner {
 public:
  DateScanner(const AnalyzedText& text, const ExtractionData& data) : text_(text), data_(data) {}

  // Every mention, in order; years of year-less dates left at 0.
  std::vector<DateMention> scan() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (text_.tokens[t].overlay) continue;
      std::size_t end = 0;
      if (spanish(t, end) || english(t, end) || numeric(t, end)) t = end - 1;
    }
    return std::move(mentions_);
  }

 private:
  const std::string& word(std::size_t t) const { return text_.folded[t]; }
  bool has(std::size_t t) const { return t < text_.size(); }
  char separator(std::size_t a, std::size_t b) const {
    std::string_view gap = text_.gap(a, b);
    return gap.size() == 1 ? gap[0] : '\0';
  }

  void add(int year, int month, int day, bool year_given, std::size_t first, std::size_t last) {
    if (year_given && !is_valid_date(year, month, day)) return;
    if (!year_given && (day < 1 || day > 31)) return;
    DateMention mention;
    mention.date = {year, month, day};
    mention.year_given = year_given;
    mention.first = first;
    mention.last = last;
    mentions_.push_back(mention);
  }

  // D de MES [de|del AÑO] ; D del mismo mes
  bool spanish(std::size_t t, std::size_t& end) {
    auto day = day_number(word(t));
    if (!day) return false;
    std::size_t de = text_.next_word(t);
    if (!has(de) || (word(de) != "de" && word(de) != "del")) return false;
    std::size_t m = text_.next_word(de);
    if (!has(m)) return false;
    if (word(de) == "del" && word(m) == "mismo") {
      std::size_t mes = text_.next_word(m);
      if (!has(mes) || word(mes) != "mes" || mentions_.empty()) return false;
      const DateMention& previous = mentions_.back();
      add(previous.date.year, previous.date.month, *day, previous.year_given, t, mes);
      mentions_.back().year_given = previous.year_given;
      end = text_.next_word(mes);
      return true;
    }
    auto month = data_.months_es.find(word(m));
    if (month == data_.months_es.end() || word(de) != "de") return false;
    std::size_t last = m;
    std::size_t de2 = text_.next_word(m);
    if (has(de2) && (word(de2) == "de" || word(de2) == "del")) {
      std::size_t y = text_.next_word(de2);
      if (has(y) && year_number(word(y))) {
        add(*year_number(word(y)), month->second, *day, true, t, y);
        end = text_.next_word(y);
        return true;
      }
    }
    add(0, month->second, *day, false, t, last);
    end = text_.next_word(last);
    return true;
  }

  // January 12, 2026 ; 12 January 2026
  bool english(std::size_t t, std::size_t& end) {
    auto month_at = [&](std::size_t i) -> std::optional<int> {
      if (!has(i) || !text_.tokens[i].capitalized) return std::nullopt;
      auto found = data_.months_en.find(word(i));
      if (found == data_.months_en.end()) return std::nullopt;
      return found->second;
    };
    if (auto month = month_at(t)) {
      std::size_t d = text_.next_word(t);
      std::size_t y = has(d) ? text_.next_word(d) : d;
      if (has(y) && day_number(word(d)) && year_number(word(y))) {
        add(*year_number(word(y)), *month, *day_number(word(d)), true, t, y);
        end = text_.next_word(y);
        return true;
      }
      return false;
    }
    auto day = day_number(word(t));
    std::size_t m = text_.next_word(t);
    std::size_t y = has(m) ? text_.next_word(m) : m;
    if (day && has(y)) {
      auto month = month_at(m);
      if (month && year_number(word(y))) {
        add(*year_number(word(y)), *month, *day, true, t, y);
        end = text_.next_word(y);
        return true;
      }
    }
    return false;
  }

  // 12/01/2026 (day first) ; 2026-01-12
  bool numeric(std::size_t t, std::size_t& end) {
    std::size_t b = text_.next_word(t);
    std::size_t c = has(b) ? text_.next_word(b) : b;
    if (!has(c)) return false;
    char s1 = separator(t, b), s2 = separator(b, c);
    if (s1 != s2 || (s1 != '/' && s1 != '-')) return false;
    if (s1 == '-') {
      auto year = year_number(word(t));
      auto month = number(word(b), 1, 12);
      auto day = number(word(c), 1, 31);
      if (!year || !month || !day || word(b).size() != 2 || word(c).size() != 2) return false;
      add(*year, *month, *day, true, t, c);
    } else {
      auto day = number(word(t), 1, 31);
      auto month = number(word(b), 1, 12);
      auto year = year_number(word(c));
      if (!year || !month || !day) return false;
      add(*year, *month, *day, true, t, c);
    }
    end = text_.next_word(c);
    return true;
  }

  const AnalyzedText& text_;
  const ExtractionData& data_;
  std::vector<DateMention> mentions_;
};

// True when one of `cues` ends within the few words before token `first`,
// in the same sentence.
bool preceded_by(const AnalyzedText& text, std::size_t first, const PhraseTable<bool>& cues) {
  std::size_t start = first;
  for (std::size_t n = 0; n < kCueWindow; ++n) {
    std::size_t previous = text.previous_word(start);
    if (previous == std::string_view::npos || text.sentence[previous] != text.sentence[first])
      break;
    start = previous;
  }
  for (std::size_t t = start; t < first; t = text.next_word(t)) {
    std::size_t end = 0;
    if (cues.longest_at(text, t, end) != nullptr && end <= first) return true;
  }
  return false;
}

// "— Claudia Sheinbaum Pardo (@Claudiashein) January 12, 2026": the date of
// an embedded post follows a handle in parentheses.
bool in_signature(const AnalyzedText& text, const DateMention& mention) {
  std::size_t start = text.tokens[mention.first].start;
  std::size_t from = start > 60 ? start - 60 : 0;
  std::string_view before = text.text.substr(from, start - from);
  std::size_t handle = before.rfind("(@");
  return handle != std::string_view::npos && before.find(')', handle) != std::string_view::npos;
}

// A dateline: nothing but capitalised words and punctuation before the
// date, at the very start of the body.
bool is_dateline(const AnalyzedText& text, const DateMention& mention) {
  if (!mention.year_given || text.tokens[mention.first].start > kDatelineBytes) return false;
  for (std::size_t t = 0; t < mention.first; t = text.next_word(t))
    if (!text.tokens[t].capitalized && text.folded[t] != "de" && text.folded[t] != "del" &&
        text.folded[t] != "la")
      return false;
  return true;
}

// The year putting month/day nearest `reference`.
int nearest_year(const CivilDate& date, const CivilDate& reference) {
  int best = reference.year;
  long best_distance = -1;
  for (int year = reference.year - 1; year <= reference.year + 1; ++year) {
    int day = std::min(date.day, days_in_month(year, date.month));
    long distance =
        std::labs(days_from_civil({year, date.month, day}) - days_from_civil(reference));
    if (best_distance < 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

CivilDate today() {
  using namespace std::chrono;
  year_month_day now{floor<days>(system_clock::now())};
  return {static_cast<int>(now.year()), static_cast<int>(static_cast<unsigned>(now.month())),
          static_cast<int>(static_cast<unsigned>(now.day()))};
}

std::string phrase_of(const AnalyzedText& text, const DateMention& mention) {
  return std::string(text.span(mention.first, mention.last));
}

}  // namespace

DateExtraction extract_dates(const AnalyzedText& body, const std::string& header_date,
                             const ExtractionData& data) {
  DateExtraction out;
  out.mentions = DateScanner(body, data).scan();
  for (DateMention& mention : out.mentions) {
    mention.future = preceded_by(body, mention.first, data.future_cues);
    mention.event = preceded_by(body, mention.first, data.event_cues);
    mention.signature = in_signature(body, mention);
  }

  // The reference for year-less dates.
  std::optional<CivilDate> reference;
  if (auto header = parse_iso_date(header_date)) reference = *header;
  const DateMention* dateline = nullptr;
  if (!out.mentions.empty() && is_dateline(body, out.mentions.front()))
    dateline = &out.mentions.front();
  if (!reference && dateline) reference = dateline->date;
  if (!reference) {
    for (const DateMention& mention : out.mentions)
      if (mention.year_given && (!reference || mention.date > *reference)) reference = mention.date;
  }
  if (!reference) reference = today();
  for (DateMention& mention : out.mentions) {
    if (mention.year_given) continue;
    mention.date.year = nearest_year(mention.date, *reference);
    mention.date.day =
        std::min(mention.date.day, days_in_month(mention.date.year, mention.date.month));
  }
  for (const DateMention& mention : out.mentions) out.mentioned.push_back(mention.date.iso());
  std::sort(out.mentioned.begin(), out.mentioned.end());
  out.mentioned.erase(std::unique(out.mentioned.begin(), out.mentioned.end()), out.mentioned.end());

  if (!header_date.empty()) {
    out.date = header_date;
    out.source = "header";
    out.evidence = "date " + header_date;
    return out;
  }
  if (dateline) {
    out.date = dateline->date.iso();
    out.source = "text";
    out.evidence = "dateline: " + phrase_of(body, *dateline);
    return out;
  }
  // Candidates: not in the future, not background.
  std::map<CivilDate, std::vector<const DateMention*>> by_date;
  std::vector<CivilDate> future;
  for (const DateMention& mention : out.mentions)
    (mention.future ? future.push_back(mention.date) : by_date[mention.date].push_back(&mention));
  for (const CivilDate& date : future) by_date.erase(date);
  if (by_date.empty()) {
    out.source = "none";
    return out;
  }
  long latest = days_from_civil(by_date.rbegin()->first);
  const std::vector<const DateMention*>* best = nullptr;
  CivilDate best_date;
  int best_score = -1;
  for (const auto& [date, mentions] : by_date) {
    if (latest - days_from_civil(date) > data.background_window_days) continue;
    int score = static_cast<int>(mentions.size());
    if (std::any_of(mentions.begin(), mentions.end(), [](auto* m) { return m->signature; }))
      ++score;
    if (std::any_of(mentions.begin(), mentions.end(), [](auto* m) { return m->event; })) ++score;
    if (score >= best_score) {  // later dates win ties (the map is ordered)
      best_score = score;
      best = &mentions;
      best_date = date;
    }
  }
  out.date = best_date.iso();
  out.source = "text";
  out.evidence = std::string(body.sentence_text(best->front()->first));
  return out;
}

}  // namespace hemeroteca
