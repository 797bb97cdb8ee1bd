// Output of hemeroteca-index --explain: what was extracted from one file and
// the evidence for each item.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>

#include "common/article_analysis.h"

namespace hemeroteca {

nlohmann::ordered_json explain_json(const AnalyzedArticle& analyzed);
void write_explain_text(const AnalyzedArticle& analyzed, std::ostream& out);

}  // namespace hemeroteca
