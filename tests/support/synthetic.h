// Small generated corpora for tests that need many files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace hemeroteca::testing {

// Writes `count` articles (`first`, `first`+1 ...) under `folder`, each
// about `words` words of Spanish from a fixed vocabulary, deterministic for
// a given number, each containing the marker word "articulo<N>" and a date
// header. Returns the folder.
std::filesystem::path write_synthetic_corpus(const std::filesystem::path& folder, std::size_t count,
                                             std::size_t first = 0, std::size_t words = 300);

// The text of synthetic article number `n`.
std::string synthetic_article(std::size_t n, std::size_t words = 300);

}  // namespace hemeroteca::testing
