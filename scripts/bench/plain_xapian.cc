// The benchmark's baseline for a Xapian-based engine: what a minimal program
// does with Xapian alone.
//
//   plain_xapian index CORPUS_DIR DB   TermGenerator, Stem("spanish"),
//                                      positions, the date in a value,
//                                      commits every 1,000 documents
//   plain_xapian search DB [and|or]    one query per stdin line
//                                      ("QUERY\tFROM\tTO"), QueryParser with
//                                      the stemmer, top 10 by BM25; one line
//                                      of ids per query
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string date_value(const std::string& text) {
  std::size_t start = text.find_first_not_of(" \n");
  if (start == std::string::npos || text.compare(start, 5, "date ") != 0) return {};
  std::string date = text.substr(start + 5, 10);
  date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
  return date;
}

int index(const fs::path& corpus, const std::string& db_path) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(corpus))
    if (entry.is_regular_file() && entry.path().extension() == ".txt")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("spanish"));
  std::size_t n = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(text.str());
    doc.set_data(file.lexically_relative(corpus).string());
    if (std::string date = date_value(text.str()); !date.empty()) doc.add_value(0, date);
    db.add_document(doc);
    if (++n % 1000 == 0) db.commit();
  }
  db.commit();
  return 0;
}

int search(const std::string& db_path, bool conjunctive) {
  Xapian::Database db(db_path);
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem("spanish"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(conjunctive ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
  Xapian::Enquire enquire(db);
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
    std::string out;
    try {
      Xapian::Query parsed = parser.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT);
      if (!from.empty()) {
        from.erase(std::remove(from.begin(), from.end(), '-'), from.end());
        to.erase(std::remove(to.begin(), to.end(), '-'), to.end());
        parsed = Xapian::Query(Xapian::Query::OP_FILTER, parsed,
                               Xapian::Query(Xapian::Query::OP_VALUE_RANGE, 0, from, to));
      }
      enquire.set_query(parsed);
      Xapian::MSet mset = enquire.get_mset(0, 10);
      for (auto it = mset.begin(); it != mset.end(); ++it)
        out += (out.empty() ? "" : "\t") + it.get_document().get_data();
    } catch (const Xapian::Error&) {
    }
    std::cout << out << '\n' << std::flush;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string command = argc > 1 ? argv[1] : "";
  if (command == "index" && argc == 4) return index(argv[2], argv[3]);
  if (command == "search" && argc >= 3)
    return search(argv[2], argc > 3 && std::string(argv[3]) == "and");
  std::cerr << "usage: plain_xapian index CORPUS_DIR DB | search DB [and|or]\n";
  return 2;
}
