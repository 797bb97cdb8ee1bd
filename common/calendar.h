// Calendar dates in ISO form ("2026-01-12"): validation and parsing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hemeroteca {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  std::string iso() const;  // "YYYY-MM-DD"
  auto operator<=>(const CivilDate&) const = default;
};

// True for a real day of the Gregorian calendar between years 1000 and 9999.
bool is_valid_date(int year, int month, int day);

// Days in `month` of `year`.
int days_in_month(int year, int month);

// Parses exactly "YYYY-MM-DD"; nullopt when malformed or not a real day.
std::optional<CivilDate> parse_iso_date(std::string_view text);

}  // namespace hemeroteca
