// Dates: the article's publication date and every date it mentions.
//
// Forms recognised (case and accents aside):
//   15 de enero de 2026, el 1o. de octubre de 2024, primero de mayo de 2025
//   15 de enero (year completed from context), el 13 del mismo mes
//   January 12, 2026 / Jan 12, 2026 / 12 January 2026 (embedded posts)
//   12/01/2026 (day first), 2026-01-12
//
// The publication date (documented in the README):
//   1. the header's `date`, when present (source "header");
//   2. else a dateline: a date at the start of one of the first lines of
//      the body, after nothing but a place and a comma ("Ciudad de México,
//      5 de marzo de 2026.", "Caracas, 22 de octubre (Infobae) —");
//   3. else, among the dates of the text with a day: drop those in the
//      future of the article (any mention of the date follows a cue such as
//      "prevista para", "la próxima reunión"), then those more than
//      background_window_days older than the latest remaining one
//      (background: "fue confirmado el 20 de enero de 2025"); pick the date
//      mentioned most often (a mention in an embedded post's signature or
//      after an event cue such as "se realizó el" counts one more), the
//      latest on a tie (source "text");
//   4. else none (source "none"). Relative dates ("ayer", "el domingo") are
//      not resolved.
// A date without a year takes the year that puts it nearest the reference
// date: the header date, a dateline's date with its year, the latest date
// with a year, the latest month or year written alone ("septiembre de
// 2025", "en lo que va de 2026"); else today, and then not after it. A
// weekday written before the day ("el jueves 15 de enero") rules out the
// years on which that day is another weekday.
#pragma once

#include <string>
#include <vector>

#include "common/analyzed_text.h"
#include "common/calendar.h"
#include "common/extraction_data.h"

namespace hemeroteca {

struct DateMention {
  CivilDate date;
  bool year_given = false;  // the year was written, not completed
  std::size_t first = 0;    // tokens [first, last]
  std::size_t last = 0;
  bool future = false;      // after a future cue
  bool signature = false;   // in an embedded post's signature
  bool event = false;       // after an event cue
  bool yesterday = false;   // after "ayer": the article is of the day after
  int weekday = -1;         // "el jueves 15 de enero": 0 (Monday) to 6; -1 when not written
  bool month_given = true;  // false for "este martes 14": month and year completed
};

struct DateExtraction {
  std::string date;                    // ISO, or ""
  std::string source;                  // "header", "text" or "none"
  std::string evidence;                // the phrase or sentence behind the date
  std::vector<std::string> mentioned;  // ISO, sorted, unique
  std::vector<DateMention> mentions;   // in text order
};

DateExtraction extract_dates(const AnalyzedText& body, const std::string& header_date,
                             const ExtractionData& data);

}  // namespace hemeroteca
