// Output of hemeroteca-index --explain: what was extracted from one file and
// the evidence for each item.
#pragma once

#include <ostream>
#include <string>

#include "common/article_analysis.h"

namespace hemeroteca {

std::string explain_json(const AnalyzedArticle& analyzed);
void write_explain_text(const AnalyzedArticle& analyzed, std::ostream& out);

}  // namespace hemeroteca
