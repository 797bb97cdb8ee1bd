// Date extraction on any text: dates found are real calendar dates.
#include <string>

#include "common/analyzed_text.h"
#include "common/calendar.h"
#include "common/date_extractor.h"
#include "common/extraction_data.h"
#include "common/text_file.h"
#include "tests/fuzz/fuzz_target.h"

namespace {
hemeroteca::Analyzer* analyzer = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  analyzer = new hemeroteca::Analyzer();
  hemeroteca::ExtractionData::shared();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The first line may be a header date, as the indexer passes it.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string header;
  if (std::size_t newline = bytes.find('\n'); newline != std::string::npos && newline <= 10) {
    header = bytes.substr(0, newline);
    if (!hemeroteca::parse_iso_date(header)) header.clear();
  }
  hemeroteca::TextFile file = hemeroteca::decode_text(bytes);
  if (!file.ok()) return 0;
  hemeroteca::AnalyzedText body = hemeroteca::analyze_text(file.text, *analyzer);
  hemeroteca::DateExtraction dates =
      hemeroteca::extract_dates(body, header, *hemeroteca::ExtractionData::shared());
  for (const std::string& date : dates.mentioned)
    if (!hemeroteca::parse_iso_date(date)) __builtin_trap();
  if (!dates.date.empty() && !hemeroteca::parse_iso_date(dates.date)) __builtin_trap();
  return 0;
}
