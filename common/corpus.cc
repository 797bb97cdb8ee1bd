#include "common/corpus.h"

#include <algorithm>
#include <system_error>

#include "common/errors.h"

namespace hemeroteca {
namespace fs = std::filesystem;

namespace {

bool has_txt_extension(const fs::path& path) {
  return path.extension() == ".txt";
}

// Depth-first walk; folders reached through symbolic links are not entered,
// so a link loop cannot trap the walk.
void walk(const fs::path& root, const fs::path& folder, std::vector<CorpusFile>& files,
          std::vector<SkippedFile>& skipped) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    skipped.push_back({folder.string(), SkipReason::kUnreadable, "folder: " + ec.message()});
    return;
  }
  for (fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      skipped.push_back({folder.string(), SkipReason::kUnreadable, "folder: " + ec.message()});
      return;
    }
    const fs::path& path = it->path();
    std::error_code entry_ec;
    fs::file_status link_status = it->symlink_status(entry_ec);
    if (fs::is_directory(link_status)) {
      walk(root, path, files, skipped);
      continue;
    }
    if (!has_txt_extension(path)) continue;
    fs::file_status status = it->status(entry_ec);
    if (fs::is_symlink(link_status) && !fs::exists(status)) {
      skipped.push_back(
          {path.string(), SkipReason::kBrokenLink, "symbolic link to a missing file"});
      continue;
    }
    if (!fs::is_regular_file(status)) {
      // A FIFO or device named *.txt would block or never end: say so.
      if (!fs::is_directory(status))
        skipped.push_back({path.string(), SkipReason::kNotAFile, "not a regular file"});
      continue;
    }
    files.push_back({path, path.lexically_relative(root).generic_string()});
  }
}

}  // namespace

std::vector<CorpusFile> list_corpus(const fs::path& folder, std::vector<SkippedFile>& skipped) {
  std::error_code ec;
  fs::path root = fs::absolute(folder, ec).lexically_normal();
  if (!root.has_filename()) root = root.parent_path();  // drop a trailing '/'
  if (!fs::is_directory(root, ec))
    throw UsageError("not a folder: " + folder.string(), "give the folder that holds the articles");
  std::vector<CorpusFile> files;
  walk(root, root, files, skipped);
  std::sort(files.begin(), files.end(),
            [](const CorpusFile& a, const CorpusFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace hemeroteca
