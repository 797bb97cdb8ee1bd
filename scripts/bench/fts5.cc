// The benchmark's embedded alternative: SQLite FTS5 (unicode61 with
// remove_diacritics 2, ranked by bm25()).
//
//   fts5 index CORPUS_DIR DB
//   fts5 search DB [and|or]     one query per stdin line ("QUERY\tFROM\tTO");
//                               one line of ids per query
//   fts5 sql QUERY [FROM TO]    prints the SQL for the sqlite3 CLI
#include <sqlite3.h>

#include "fts5_query.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::cerr << "fts5: " << what << ": " << sqlite3_errmsg(db) << "\n";
    std::exit(1);
  }
}

std::string date_of(const std::string& text) {
  std::size_t start = text.find_first_not_of(" \n");
  if (start == std::string::npos || text.compare(start, 5, "date ") != 0) return {};
  return text.substr(start + 5, 10);
}

std::string match_expression(const std::string& query, bool conjunctive) {
  return bench::fts5_match(query, conjunctive);
}

std::string sql(bool filtered) {
  return std::string("SELECT id FROM articles WHERE articles MATCH ?1") +
         (filtered ? " AND date BETWEEN ?2 AND ?3" : "") + " ORDER BY bm25(articles) LIMIT 10";
}

int index(const fs::path& corpus, const std::string& path) {
  fs::remove(path);
  sqlite3* db;
  check(sqlite3_open(path.c_str(), &db), db, "open");
  check(sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, date UNINDEXED, body, "
                     "tokenize = 'unicode61 remove_diacritics 2'); BEGIN",
                     nullptr, nullptr, nullptr),
        db, "create");
  sqlite3_stmt* insert;
  check(sqlite3_prepare_v2(db, "INSERT INTO articles VALUES (?1, ?2, ?3)", -1, &insert, nullptr),
        db, "prepare");
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(corpus))
    if (entry.is_regular_file() && entry.path().extension() == ".txt")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string body = text.str(), id = file.lexically_relative(corpus).string();
    std::string date = date_of(body);
    sqlite3_bind_text(insert, 1, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, date.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, body.c_str(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
    check(sqlite3_step(insert), db, "insert");
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  sqlite3_close(db);
  return 0;
}

int search(const std::string& path, bool conjunctive) {
  sqlite3* db;
  check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), db, "open");
  sqlite3_stmt* plain;
  sqlite3_stmt* filtered;
  check(sqlite3_prepare_v2(db, sql(false).c_str(), -1, &plain, nullptr), db, "prepare");
  check(sqlite3_prepare_v2(db, sql(true).c_str(), -1, &filtered, nullptr), db, "prepare");
  std::string line;
  while (std::getline(std::cin, line)) {
    std::string query = line, from, to;
    std::size_t tab = line.find('\t');
    if (tab != std::string::npos) {
      query = line.substr(0, tab);
      std::string rest = line.substr(tab + 1);
      std::size_t tab2 = rest.find('\t');
      from = rest.substr(0, tab2);
      to = tab2 == std::string::npos ? "" : rest.substr(tab2 + 1);
    }
    sqlite3_stmt* statement = from.empty() ? plain : filtered;
    std::string match = match_expression(query, conjunctive);
    sqlite3_bind_text(statement, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    if (!from.empty()) {
      sqlite3_bind_text(statement, 2, from.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(statement, 3, to.c_str(), -1, SQLITE_TRANSIENT);
    }
    std::string out;
    while (sqlite3_step(statement) == SQLITE_ROW)
      out += (out.empty() ? "" : "\t") +
             std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_reset(statement);
    std::cout << out << '\n' << std::flush;
  }
  sqlite3_finalize(plain);
  sqlite3_finalize(filtered);
  sqlite3_close(db);
  return 0;
}

// The statement for the sqlite3 CLI (values inlined, quotes doubled).
int print_sql(const std::string& query, const std::string& from, const std::string& to) {
  auto quote = [](std::string s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  };
  std::string statement =
      "SELECT id FROM articles WHERE articles MATCH " + quote(match_expression(query, true)) +
      (from.empty() ? "" : " AND date BETWEEN " + quote(from) + " AND " + quote(to)) +
      " ORDER BY bm25(articles) LIMIT 10;";
  std::cout << statement << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string command = argc > 1 ? argv[1] : "";
  if (command == "index" && argc == 4) return index(argv[2], argv[3]);
  if (command == "search" && argc >= 3)
    return search(argv[2], !(argc > 3 && std::string(argv[3]) == "or"));
  if (command == "sql" && argc >= 3)
    return print_sql(argv[2], argc > 3 ? argv[3] : "", argc > 4 ? argv[4] : "");
  std::cerr << "usage: fts5 index CORPUS_DIR DB | search DB [and|or] | sql QUERY [FROM TO]\n";
  return 2;
}
