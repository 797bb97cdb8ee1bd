// Finding the articles of a corpus folder.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/text_file.h"

namespace hemeroteca {

struct CorpusFile {
  std::filesystem::path path;  // absolute, lexically normal
  std::string id;              // path relative to the corpus folder
};

struct SkippedFile {
  std::string path;
  SkipReason reason = SkipReason::kNone;
  std::string detail;
};

// Every regular `.txt` file under `folder`, recursively, sorted by path.
// Symbolic links to files are followed; links to folders are not (no
// loops). Broken links and unreadable folders are reported in `skipped`.
// Throws UsageError when `folder` is not a readable folder.
std::vector<CorpusFile> list_corpus(const std::filesystem::path& folder,
                                    std::vector<SkippedFile>& skipped);

}  // namespace hemeroteca
