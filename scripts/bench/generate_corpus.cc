// Generates a synthetic corpus of Spanish news articles, deterministic for a
// given size and seed, from the sentences of a real corpus (the mañaneras
// transcripts): passages of consecutive sentences keep real vocabulary and
// Zipf statistics and stay on one subject.
//
//   generate_corpus SOURCE_DIR OUT_DIR COUNT [SEED]
//
// Writes OUT_DIR/articles/NNN/aI.txt (at most 1,000 files per folder),
// OUT_DIR/headlines.tsv ("ID\tHEADLINE": a headline per article, written
// from its lead but not part of the article, for known-item search) and
// OUT_DIR/queries.tsv (the benchmark's fixed query set: "QUERY\tFROM\tTO").
//
// Each article: ~2.6 KB, 12 to 24 sentences; a date spread over 2025-2026,
// in a "date" header (60 %) or a dateline; one quotation attributed to a real
// person with a reporting verb.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const char* const kNames[] = {
    "Claudia Sheinbaum",   "Marco Rubio", "Juan Ramón de la Fuente", "Donald Trump",
    "Omar García Harfuch", "Kristi Noem", "Marcelo Ebrard",          "Rosa Icela Rodríguez",
    "Ronald Johnson",      "Pam Bondi",   "Ernestina Godoy",         "Ariadna Montiel"};
const char* const kVerbs[] = {"dijo",     "afirmó",  "señaló", "aseguró", "subrayó", "explicó",
                              "advirtió", "sostuvo", "añadió", "detalló", "indicó",  "reiteró"};
const char* const kMonths[] = {"enero",      "febrero", "marzo",     "abril",
                               "mayo",       "junio",   "julio",     "agosto",
                               "septiembre", "octubre", "noviembre", "diciembre"};
const char* const kPlaces[] = {"Ciudad de México", "Washington",  "Monterrey",
                               "Tijuana",          "Guadalajara", "Ciudad Juárez"};

struct Source {
  std::vector<std::vector<std::string>> passages;  // sentences of each file
};

// Punctuation around a word, as UTF-8 strings (not bytes: “ and ” share
// bytes with other characters).
const char* const kPunctuation[] = {",", ".", ";", ":", "?", "!", "\"", "(", ")",
                                    "¿", "¡", "“", "”", "«", "»", "—",  "'"};

std::string trim_punctuation(std::string word) {
  for (bool changed = true; changed && !word.empty();) {
    changed = false;
    for (std::string_view p : kPunctuation) {
      if (word.size() >= p.size() && word.compare(word.size() - p.size(), p.size(), p) == 0) {
        word.resize(word.size() - p.size());
        changed = true;
      }
      if (word.size() >= p.size() && word.compare(0, p.size(), p) == 0) {
        word.erase(0, p.size());
        changed = true;
      }
    }
  }
  return word;
}

std::vector<std::string> words_of(const std::string& sentence) {
  std::vector<std::string> words;
  std::istringstream in(sentence);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

bool usable(const std::string& sentence) {
  std::size_t words = words_of(sentence).size();
  if (words < 8 || words > 45) return false;
  for (char c : sentence)
    if (c == ':' || c == '\t' || c == '|') return false;
  return true;
}

// Sentences of the turns of a transcript, labels and headers dropped.
std::vector<std::string> sentences(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> out;
  std::string line;
  bool body = false;
  while (std::getline(in, line)) {
    if (!body) {
      if (line.empty()) body = true;
      continue;
    }
    std::size_t colon = line.find(": ");
    if (colon != std::string::npos && colon < 150) {
      bool label = true;
      for (std::size_t i = 0; i < colon; ++i)
        if (std::islower(static_cast<unsigned char>(line[i]))) label = false;
      if (label) line = line.substr(colon + 2);
    }
    std::string current;
    for (std::size_t i = 0; i < line.size(); ++i) {
      current.push_back(line[i]);
      bool end = (line[i] == '.' || line[i] == '?' || line[i] == '!') &&
                 (i + 1 == line.size() || line[i + 1] == ' ');
      if (end) {
        std::size_t start = current.find_first_not_of(' ');
        if (start != std::string::npos && usable(current.substr(start)))
          out.push_back(current.substr(start));
        current.clear();
      }
    }
  }
  return out;
}

std::string date_of(std::size_t index, std::size_t count, std::mt19937& rng, int& year, int& month,
                    int& day) {
  // Spread over 730 days from 2025-01-01, with a little noise.
  int offset =
      static_cast<int>(index * 730 / std::max<std::size_t>(count, 1)) + static_cast<int>(rng() % 5);
  offset = std::min(offset, 729);
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  year = 2025;
  month = 1;
  day = 1 + offset;
  while (day > kDays[month - 1]) {
    day -= kDays[month - 1];
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string headline_from(const std::string& lead, std::mt19937& rng) {
  std::vector<std::string> words = words_of(lead);
  std::vector<std::string> kept;
  for (const std::string& word : words)
    if (rng() % 10 < 7 && kept.size() < 14) kept.push_back(word);
  if (kept.size() < 5)
    kept.assign(words.begin(), words.begin() + std::min<std::size_t>(8, words.size()));
  std::string headline;
  for (std::string word : kept) {
    word = trim_punctuation(word);
    if (word.empty()) continue;
    if (!headline.empty()) headline += ' ';
    headline += word;
  }
  return headline;
}

// A query of `n` words taken in order from one sentence (they co-occur).
std::string words_from(const std::vector<std::string>& words, std::size_t n, std::mt19937& rng,
                       std::size_t min_bytes = 4) {
  std::vector<std::string> clean;
  for (std::string word : words) {
    word = trim_punctuation(word);
    if (word.size() >= min_bytes) clean.push_back(word);
  }
  if (clean.size() < n) return {};
  std::size_t start = rng() % (clean.size() - n + 1);
  std::string query;
  for (std::size_t i = 0; i < n; ++i) query += (i ? " " : "") + clean[start + i];
  return query;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: generate_corpus SOURCE_DIR OUT_DIR COUNT [SEED]\n";
    return 2;
  }
  fs::path source_dir = argv[1], out = argv[2];
  std::size_t count = std::stoul(argv[3]);
  unsigned seed = argc > 4 ? static_cast<unsigned>(std::stoul(argv[4])) : 20260121u;

  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(source_dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  // Long passages from a large source (the transcripts); a small one (a few
  // news articles, for the test suite's run) gives what it has.
  Source source, short_ones;
  for (const fs::path& file : files) {
    std::vector<std::string> s = sentences(file);
    if (s.size() >= 25) {
      source.passages.push_back(std::move(s));
    } else if (s.size() >= 4) {
      short_ones.passages.push_back(std::move(s));
    }
  }
  if (source.passages.empty()) source = std::move(short_ones);
  if (source.passages.empty()) {
    std::cerr << "generate_corpus: no usable text in " << source_dir << "\n";
    return 1;
  }

  fs::create_directories(out / "articles");
  std::ofstream headlines(out / "headlines.tsv");
  std::mt19937 rng(seed);
  std::vector<std::string> leads;
  for (std::size_t i = 0; i < count; ++i) {
    std::mt19937 article_rng(seed * 7919u + static_cast<unsigned>(i));
    const auto& passage = source.passages[article_rng() % source.passages.size()];
    std::size_t length = 12 + article_rng() % 13;
    std::size_t start = article_rng() % (passage.size() - std::min(passage.size() - 1, length));
    std::vector<std::string> body(passage.begin() + start,
                                  passage.begin() + std::min(passage.size(), start + length));
    int year, month, day;
    std::string date = date_of(i, count, article_rng, year, month, day);
    // A quotation attributed with a reporting verb, somewhere inside.
    std::size_t at = 1 + article_rng() % (body.size() - 1);
    std::string quoted = body[at];
    if (!quoted.empty() && quoted.back() == '.') quoted.pop_back();
    body[at] = "“" + quoted + "”, " + kVerbs[article_rng() % std::size(kVerbs)] + " " +
               kNames[article_rng() % std::size(kNames)] + ".";
    std::string text;
    if (article_rng() % 10 < 6) {
      text = "date " + date + "\n";
    } else {
      text = std::string(kPlaces[article_rng() % std::size(kPlaces)]) + ", " + std::to_string(day) +
             " de " + kMonths[month - 1] + " de " + std::to_string(year) + ".— ";
    }
    for (std::size_t k = 0; k < body.size(); ++k)
      text += body[k] + ((k % 4 == 3 && k + 1 < body.size()) ? "\n\n" : " ");
    text += "\n";
    std::string folder = std::to_string(i / 1000);
    while (folder.size() < 3) folder = "0" + folder;
    std::string id = folder + "/a" + std::to_string(i) + ".txt";
    fs::create_directories(out / "articles" / folder);
    std::ofstream(out / "articles" / id, std::ios::binary) << text;
    headlines << id << '\t' << headline_from(body[0], article_rng) << '\n';
    leads.push_back(body[0] + " " + body[std::min<std::size_t>(2, body.size() - 1)]);
  }

  // The fixed query set: 1 to 4 words, phrases, and filtered queries.
  std::ofstream queries(out / "queries.tsv");
  std::mt19937 qrng(seed + 1);
  std::size_t written = 0;
  auto emit = [&](const std::string& query, const std::string& from, const std::string& to) {
    if (query.empty()) return;
    queries << query << '\t' << from << '\t' << to << '\n';
    ++written;
  };
  const std::size_t plan[] = {90, 50, 30, 20};  // queries of 1, 2, 3 and 4 words
  for (std::size_t n = 1; n <= 4; ++n)
    for (std::size_t k = 0; k < plan[n - 1]; ++k)
      emit(words_from(words_of(leads[qrng() % leads.size()]), n, qrng), "", "");
  for (std::size_t k = 0; k < 30; ++k) {
    std::string phrase = words_from(words_of(leads[qrng() % leads.size()]), 2, qrng, 1);
    if (!phrase.empty()) emit("\"" + phrase + "\"", "", "");
  }
  for (std::size_t k = 0; k < 30; ++k) {
    int from_month = 1 + static_cast<int>(qrng() % 12);
    char from[48], to[48];
    std::snprintf(from, sizeof from, "2025-%02d-01", from_month);
    std::snprintf(to, sizeof to, "2026-%02d-28", from_month);
    emit(words_from(words_of(leads[qrng() % leads.size()]), 1 + qrng() % 2, qrng), from, to);
  }
  std::cerr << "generate_corpus: " << count << " articles, " << written << " queries in " << out
            << "\n";
  return 0;
}
