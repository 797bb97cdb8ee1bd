// The FTS5 MATCH expression for a benchmark query (shared by the FTS5
// baseline and the benchmark tool, which runs it through the sqlite3 CLI).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace bench {

// Every word quoted (a bare word may be an FTS5 operator), phrases kept,
// joined by AND (implicit) or OR.
inline std::string fts5_match(const std::string& query, bool conjunctive) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < query.size();) {
    if (query[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t end;
    std::string item;
    if (query[i] == '"') {
      end = query.find('"', i + 1);
      if (end == std::string::npos) end = query.size();
      item = query.substr(i + 1, end - i - 1);
      ++end;
    } else {
      end = query.find(' ', i);
      if (end == std::string::npos) end = query.size();
      item = query.substr(i, end - i);
    }
    item.erase(std::remove(item.begin(), item.end(), '"'), item.end());
    if (!item.empty()) items.push_back("\"" + item + "\"");
    i = end;
  }
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : conjunctive ? " " : " OR ") + item;
  return out;
}

}  // namespace bench
