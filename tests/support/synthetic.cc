#include "tests/support/synthetic.h"

#include <fstream>
#include <random>
#include <vector>

namespace hemeroteca::testing {
namespace {

const std::vector<std::string> kWords = {
    "el",        "la",          "de",         "que",          "y",           "en",
    "los",       "gobierno",    "seguridad",  "frontera",     "cooperación", "fentanilo",
    "armas",     "cárteles",    "soberanía",  "presidenta",   "secretario",  "llamada",
    "reunión",   "Washington",  "México",     "Estados",      "Unidos",      "acuerdo",
    "aranceles", "migración",   "comercio",   "diplomacia",   "informó",     "dijo",
    "aseguró",   "señaló",      "tráfico",    "drogas",       "crimen",      "organizado",
    "justicia",  "extradición", "tropas",     "intervención", "militar",     "nacional",
    "política",  "bilateral",   "resultados", "concretos",    "semana",      "mes",
    "año",       "país",        "países",     "ciudad",       "estado",      "región"};

}  // namespace

std::string synthetic_article(std::size_t n, std::size_t words) {
  std::mt19937 random(static_cast<unsigned>(n) * 2654435761u + 17);
  std::uniform_int_distribution<std::size_t> pick(0, kWords.size() - 1);
  std::string text = "date 2025-" + std::string(n % 12 < 9 ? "0" : "") +
                     std::to_string(n % 12 + 1) + "-" + std::string(n % 28 < 9 ? "0" : "") +
                     std::to_string(n % 28 + 1) + "\ntitle: Artículo " + std::to_string(n) +
                     "\n\narticulo" + std::to_string(n);
  for (std::size_t w = 0; w < words; ++w) {
    text += (w % 15 == 14) ? ". " : " ";
    text += kWords[pick(random)];
  }
  return text + ".\n";
}

std::filesystem::path write_synthetic_corpus(const std::filesystem::path& folder, std::size_t count,
                                             std::size_t first, std::size_t words) {
  std::filesystem::create_directories(folder);
  for (std::size_t n = first; n < first + count; ++n) {
    std::ofstream out(folder / ("a" + std::to_string(n) + ".txt"), std::ios::binary);
    out << synthetic_article(n, words);
  }
  return folder;
}

}  // namespace hemeroteca::testing
