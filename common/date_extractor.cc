#include "common/date_extractor.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <optional>

namespace hemeroteca {
namespace {

// Where a dateline may be: within the first bytes and lines of the body,
// after a place of a few words.
constexpr std::size_t kDatelineBytes = 600;
constexpr std::size_t kDatelineLines = 3;
constexpr std::size_t kDatelinePlaceWords = 6;
// Words before a date searched for future and event cues.
constexpr std::size_t kCueWindow = 6;

// Folded weekday names, Monday first (ISO).
const std::array<std::string, 7> kWeekdays = {"lunes",   "martes", "miercoles", "jueves",
                                              "viernes", "sabado", "domingo"};

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
      if (spanish(t, end) || english(t, end) || numeric(t, end) || weekday_and_day(t, end)) {
        t = end - 1;
      } else {
        year_context(t);
      }
    }
    return std::move(mentions_);
  }

  // Months and years written without a day ("septiembre de 2025", "en lo
  // que va de 2026"): they date the year-less days of the text.
  const std::vector<CivilDate>& context() const { return context_; }
  // Those that open a period running to the article's day ("desde enero de
  // 2025"): the article is not before them.
  const std::vector<CivilDate>& since() const { return since_; }

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
    // "el jueves 15 de enero": the weekday tells the year.
    if (std::size_t before = text_.previous_word(first); has(before)) {
      auto weekday = std::find(kWeekdays.begin(), kWeekdays.end(), word(before));
      if (weekday != kWeekdays.end())
        mention.weekday = static_cast<int>(weekday - kWeekdays.begin());
    }
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
    if (!has(de)) return false;
    // "2 feb (EFE)": a wire's day and month without "de"; "(27 enero
    // 2026)", "23 ene 2026 - 13:45": and the year.
    if (auto month = data_.months_es.find(word(de)); month != data_.months_es.end()) {
      std::size_t y = text_.next_word(de);
      if (has(y) && text_.gap(de, y) == " " && year_number(word(y))) {
        add(*year_number(word(y)), month->second, *day, true, t, y);
        end = text_.next_word(y);
        return true;
      }
      if (word(de).size() <= 4) {
        add(0, month->second, *day, false, t, de);
        end = text_.next_word(de);
        return true;
      }
    }
    if (word(de) != "de" && word(de) != "del") return false;
    std::size_t m = text_.next_word(de);
    if (!has(m)) return false;
    if (word(de) == "del" && word(m) == "mismo") {
      std::size_t mes = text_.next_word(m);
      if (!has(mes) || word(mes) != "mes" || mentions_.empty()) return false;
      const DateMention previous = mentions_.back();  // a copy: add() appends
      add(previous.date.year, previous.date.month, *day, previous.year_given, t, mes);
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

  // "este martes 14", "el pasado miércoles 3": a weekday and a day, the
  // month left to the context (see complete_month()).
  bool weekday_and_day(std::size_t t, std::size_t& end) {
    auto weekday = std::find(kWeekdays.begin(), kWeekdays.end(), word(t));
    std::size_t d = text_.next_word(t);
    if (weekday == kWeekdays.end() || !has(d) || text_.tokens[d].kind != TokenKind::kNumber)
      return false;
    auto day = day_number(word(d));
    std::size_t after = text_.next_word(d);
    // "el martes 14 de abril" is spanish()'s, at the day.
    if (!day || (has(after) && (word(after) == "de" || word(after) == "del" ||
                                data_.months_es.count(word(after)))))
      return false;
    DateMention mention;
    mention.date = {0, 0, *day};
    mention.month_given = false;
    mention.weekday = static_cast<int>(weekday - kWeekdays.begin());
    mention.first = t;
    mention.last = d;
    mentions_.push_back(mention);
    end = after;
    return true;
  }

  // "septiembre de 2025" (the middle of the month), "2026" alone (its
  // middle): years that complete year-less days.
  void year_context(std::size_t t) {
    auto year = year_number(word(t));
    if (!year || text_.tokens[t].kind != TokenKind::kNumber) return;
    std::size_t de = text_.previous_word(t);
    std::size_t m = has(de) ? text_.previous_word(de) : de;
    if (has(m) && (word(de) == "de" || word(de) == "del")) {
      auto month = data_.months_es.find(word(m));
      if (month != data_.months_es.end()) {
        context_.push_back({*year, month->second, 15});
        if (std::size_t desde = text_.previous_word(m); has(desde) && word(desde) == "desde")
          since_.push_back({*year, month->second, 1});
        return;
      }
    }
    if (history_year(t)) return;
    context_.push_back({*year, 7, 1});
  }

  // "fundada en 1964", "desde 2019": a year of history, one word back at
  // most.
  bool history_year(std::size_t t) const {
    std::size_t p = text_.previous_word(t);
    for (int n = 0; n < 2 && has(p); ++n, p = text_.previous_word(p))
      if (data_.history_year_cues.count(word(p))) return true;
    return false;
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

  // 16.10.2025 (the German and Swiss way, in DW's datelines): the tokenizer
  // reads "16.10" as a decimal number, then the year.
  bool dotted(std::size_t t, std::size_t& end) {
    const std::string& form = word(t);
    std::size_t dot = form.find('.');
    if (dot == std::string::npos || text_.tokens[t].kind != TokenKind::kNumber) return false;
    std::size_t y = text_.next_word(t);
    if (!has(y) || separator(t, y) != '.') return false;
    auto day = number(form.substr(0, dot), 1, 31);
    auto month = number(form.substr(dot + 1), 1, 12);
    auto year = year_number(word(y));
    if (!day || !month || !year || form.size() - dot - 1 > 2) return false;
    add(*year, *month, *day, true, t, y);
    end = text_.next_word(y);
    return true;
  }

  // 12/01/2026 (day first) ; 2026-01-12
  bool numeric(std::size_t t, std::size_t& end) {
    if (dotted(t, end)) return true;
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
  std::vector<CivilDate> context_;
  std::vector<CivilDate> since_;
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

// A dateline: a date at the start of one of the first lines of the body,
// after nothing but a place ("Ciudad de México, 5 de marzo de 2026.",
// "CARACAS, 22 de octubre (EFE) —"): the first line is often a headline.
bool is_dateline(const AnalyzedText& text, const DateMention& mention) {
  std::size_t start = text.tokens[mention.first].start;
  if (start > kDatelineBytes) return false;
  std::size_t line = text.text.rfind('\n', start);
  line = line == std::string_view::npos ? 0 : line + 1;
  std::size_t lines_before = 0;
  for (std::size_t i = 0; i < line; ++i)
    if (text.text[i] == '\n' && i + 1 < text.text.size() && text.text[i + 1] != '\n')
      ++lines_before;
  if (lines_before >= kDatelineLines) return false;
  std::size_t words = 0, last_place_word = std::string_view::npos;
  // "Ciudad de México, jueves 15 de enero de 2026": a weekday may come
  // between the place and the date.
  std::size_t end = mention.first;
  if (mention.weekday >= 0) end = text.previous_word(end);
  for (std::size_t t = 0; t < end; t = text.next_word(t)) {
    if (text.tokens[t].start < line) continue;
    if (++words > kDatelinePlaceWords) return false;
    if (!text.tokens[t].capitalized && text.folded[t] != "de" && text.folded[t] != "del" &&
        text.folded[t] != "la")
      return false;
    last_place_word = t;
  }
  // "Caracas, 22 de octubre": a comma between place and date ("El 15 de
  // enero de 2026 se reunieron" is a sentence).
  // "Ciudad de México - 30 jun 2026": or a dash.
  if (last_place_word == std::string_view::npos) return false;
  std::string_view gap = text.gap(last_place_word, end);
  return gap.find(',') != std::string_view::npos || gap == " - " || gap == " \xE2\x80\x93 " ||
         gap == " \xE2\x80\x94 ";
}

// The year putting month/day nearest `reference` (not after it when
// `not_after`: an article does not date itself in the future of today).
// A weekday written with the date (`weekday`, 0 = Monday; -1 when none)
// rules out the years on which the day falls on another weekday.
int nearest_year(const CivilDate& date, int weekday, const CivilDate& reference, bool not_after,
                 int latest_year) {
  int best = reference.year;
  long best_distance = -1;
  auto weekday_of = [&](int year) {
    int day = std::min(date.day, days_in_month(year, date.month));
    long days = days_from_civil({year, date.month, day});
    return static_cast<int>((days % 7 + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
  };
  for (int pass = 0; pass < 2 && best_distance < 0; ++pass) {
    // "este lunes 9 de marzo" after a year of background ("llegó en 2000"):
    // when no year next to the reference has that weekday, the latest year
    // since the reference that has it, up to this year (news is recent).
    if (pass == 1 && weekday >= 0)
      for (int year = latest_year; year > reference.year + 1; --year)
        if (weekday_of(year) == weekday) return year;
    for (int year = reference.year - 1; year <= reference.year + 1; ++year) {
      int day = std::min(date.day, days_in_month(year, date.month));
      long days = days_from_civil({year, date.month, day});
      long signed_distance = days - days_from_civil(reference);
      if (not_after && signed_distance > 0) continue;
      if (pass == 0 && weekday >= 0 && weekday_of(year) != weekday) continue;
      long distance = std::labs(signed_distance);
      if (best_distance < 0 || distance < best_distance) {
        best = year;
        best_distance = distance;
      }
    }
  }
  return best;
}

// "este martes 14": the first day `day` falling on `weekday` from `anchor`
// on (the text's other dates are background to the day it reports), or,
// when `not_after`, the last one up to `anchor`.
CivilDate complete_month(int day, int weekday, const CivilDate& anchor, bool not_after) {
  const int step = not_after ? -1 : 1;
  int year = anchor.year, month = anchor.month;
  for (int n = 0; n < 24; ++n, month += step) {
    if (month > 12) month = 1, ++year;
    if (month < 1) month = 12, --year;
    if (day > days_in_month(year, month)) continue;
    long days = days_from_civil({year, month, day});
    long offset = days - days_from_civil(anchor);
    if ((not_after && offset > 0) || (!not_after && offset < 0)) continue;
    if ((days % 7 + 7 + 3) % 7 == weekday) return {year, month, day};  // 1970-01-01: Thursday
  }
  return anchor;
}

// The weekday of the first "este martes" in `words` words from token
// `from` (0 = Monday), or -1.
int este_weekday(const AnalyzedText& text, std::size_t from, std::size_t words) {
  std::size_t t = from;
  for (std::size_t n = 0; n < words && t < text.size(); ++n, t = text.next_word(t)) {
    if (text.folded[t] != "este") continue;
    std::size_t next = text.next_word(t);
    if (next >= text.size()) return -1;
    auto weekday = std::find(kWeekdays.begin(), kWeekdays.end(), text.folded[next]);
    if (weekday != kWeekdays.end()) return static_cast<int>(weekday - kWeekdays.begin());
  }
  return -1;
}

// The latest date written after "este"/"esta" and its own weekday ("este
// jueves 22 de enero"), not in the future; null when none.
const DateMention* this_weekdays_date(const AnalyzedText& body,
                                      const std::vector<DateMention>& mentions) {
  const DateMention* found = nullptr;
  for (const DateMention& mention : mentions) {
    if (mention.future || mention.weekday < 0 || !mention.month_given) continue;
    std::size_t weekday = body.previous_word(mention.first);
    const std::string& name = kWeekdays[static_cast<std::size_t>(mention.weekday)];
    if (weekday == std::string_view::npos || body.folded[weekday] != name) weekday = mention.first;
    std::size_t este = body.previous_word(weekday);
    if (este == std::string_view::npos ||
        (body.folded[este] != "este" && body.folded[este] != "esta"))
      continue;
    if (found == nullptr || found->date < mention.date) found = &mention;
  }
  return found;
}

// The weekday of "este martes" in the lead after a dateline, or -1.
int lead_weekday(const AnalyzedText& text, const DateMention& dateline) {
  constexpr std::size_t kLeadWords = 40;
  return este_weekday(text, text.next_word(dateline.last), kLeadWords);
}

CivilDate civil_from_days(long days) {
  using namespace std::chrono;
  year_month_day ymd{sys_days(std::chrono::days(days))};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
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
  DateScanner scanner(body, data);
  out.mentions = scanner.scan();
  for (DateMention& mention : out.mentions) {
    mention.future = preceded_by(body, mention.first, data.future_cues);
    mention.event = preceded_by(body, mention.first, data.event_cues);
    mention.yesterday = preceded_by(body, mention.first, data.yesterday_cues);
    mention.signature = in_signature(body, mention);
  }

  // The reference for year-less dates: the header, a dated dateline, the
  // latest date written with its year, the latest month or year written
  // alone; else today (and then the latest such day not after today).
  std::optional<CivilDate> reference;
  if (auto header = parse_iso_date(header_date)) reference = *header;
  // The dateline: the first mention, or one after a subtitle's date.
  DateMention* dateline = nullptr;
  for (DateMention& mention : out.mentions)
    if (is_dateline(body, mention)) {
      dateline = &mention;
      break;
    } else if (body.tokens[mention.first].start > kDatelineBytes) {
      break;
    }
  // "WASHINGTON, 3 mar (EFE).— El Tesoro sancionó este martes": the lead's
  // weekday is the dateline's, which tells its year.
  if (dateline && !dateline->year_given && dateline->weekday < 0)
    dateline->weekday = lead_weekday(body, *dateline);
  if (!reference && dateline && dateline->year_given) reference = dateline->date;
  if (!reference) {
    for (const DateMention& mention : out.mentions)
      if (mention.year_given && (!reference || mention.date > *reference)) reference = mention.date;
  }
  const CivilDate now = today();
  if (!reference) {
    for (const CivilDate& context : scanner.context())
      if (context.year <= now.year && (!reference || context > *reference)) reference = context;
  }
  bool past_only = !reference;
  if (!reference) reference = now;
  // "desde enero de 2025, sus agentes ... La audiencia del 10 de
  // diciembre": the article's days are not before the period it runs from.
  std::optional<CivilDate> since;
  for (const CivilDate& start : scanner.since())
    if (!since || start > *since) since = start;
  for (DateMention& mention : out.mentions) {
    if (mention.year_given || !mention.month_given) continue;
    mention.date.year =
        nearest_year(mention.date, mention.weekday, *reference, past_only, now.year);
    if (since && mention.date < *since && mention.weekday < 0 &&
        CivilDate{mention.date.year + 1, mention.date.month, mention.date.day} <= now)
      ++mention.date.year;
    mention.date.day =
        std::min(mention.date.day, days_in_month(mention.date.year, mention.date.month));
  }
  // Month-less days count forward from the latest other date not said to be
  // in the future; with no such date, back from the reference. Never after
  // today.
  std::optional<CivilDate> anchor;
  for (const DateMention& mention : out.mentions)
    if (mention.month_given && !mention.future && (!anchor || mention.date > *anchor))
      anchor = mention.date;
  for (DateMention& mention : out.mentions) {
    if (mention.month_given) continue;
    const int day = mention.date.day;
    mention.date = anchor ? complete_month(day, mention.weekday, *anchor, false)
                          : complete_month(day, mention.weekday, *reference, true);
    if (mention.date > now) mention.date = complete_month(day, mention.weekday, now, true);
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
  for (const DateMention& mention : out.mentions) {
    if (mention.future) {
      future.push_back(mention.date);
    } else {
      CivilDate day = mention.date;
      if (mention.yesterday) day = civil_from_days(days_from_civil(day) + 1);
      if (!(day > now)) by_date[day].push_back(&mention);
    }
  }
  for (const CivilDate& date : future) by_date.erase(date);
  if (by_date.empty()) {
    out.source = "none";
    return out;
  }
  // "negó este jueves 22 de enero que ...": the day the article reports,
  // whatever later day it also names (the World Cup's opening).
  if (const DateMention* reported = this_weekdays_date(body, out.mentions)) {
    out.date = reported->date.iso();
    out.source = "text";
    out.evidence = std::string(body.sentence_text(reported->first));
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
  out.source = "text";
  out.evidence = std::string(body.sentence_text(best->front()->first));
  // "Trump difundió el sábado 12 de julio una carta ... Sheinbaum respondió
  // este martes": a date written with its own weekday, and the text's
  // "este martes" another: the article is of that weekday, after the date.
  bool own_weekday =
      std::any_of(best->begin(), best->end(), [](auto* m) { return m->weekday >= 0; });
  if (int weekday = este_weekday(body, 0, body.size()); weekday >= 0 && own_weekday) {
    long days = days_from_civil(best_date);
    int ahead = (weekday - static_cast<int>((days % 7 + 7 + 3) % 7) + 7) % 7;
    CivilDate moved = civil_from_days(days + ahead);
    if (ahead > 0 && !(moved > now)) {
      best_date = moved;
      out.evidence += " + «este " + std::string(kWeekdays[static_cast<std::size_t>(weekday)]) + "»";
    }
  }
  out.date = best_date.iso();
  return out;
}

}  // namespace hemeroteca
