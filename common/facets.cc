#include "common/facets.h"

namespace hemeroteca {

std::string format_date_bucket(std::string_view bucket) {
  std::string out(bucket.substr(0, 4));
  for (std::size_t part = 4; part + 2 <= bucket.size() && part <= 6; part += 2) {
    out.push_back('-');
    out.append(bucket.substr(part, 2));
  }
  return out;
}

}  // namespace hemeroteca
