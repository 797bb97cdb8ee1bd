#include "common/corpus.h"

#include <gtest/gtest.h>

#include "common/errors.h"
#include "tests/support/temp_dir.h"

namespace hemeroteca {
namespace {

TEST(ListCorpus, FindsTxtFilesRecursivelyWithRelativeIds) {
  testing::TempDir dir;
  dir.write("a.txt", "x");
  dir.write("sub/b.txt", "x");
  dir.write("sub/deeper/c.txt", "x");
  dir.write("notes.md", "x");
  dir.write("sub/image.png", "x");
  std::vector<SkippedFile> skipped;
  std::vector<CorpusFile> files = list_corpus(dir.path(), skipped);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0].id, "a.txt");
  EXPECT_EQ(files[1].id, "sub/b.txt");
  EXPECT_EQ(files[2].id, "sub/deeper/c.txt");
  EXPECT_TRUE(files[0].path.is_absolute());
  EXPECT_TRUE(skipped.empty());
}

TEST(ListCorpus, ReportsBrokenLinksAndDoesNotFollowFolderLinks) {
  testing::TempDir dir;
  dir.write("corpus/a.txt", "x");
  std::filesystem::create_symlink(dir / "missing.txt", dir / "corpus/broken.txt");
  std::filesystem::create_directory_symlink(dir / "corpus", dir / "corpus/loop");
  std::vector<SkippedFile> skipped;
  std::vector<CorpusFile> files = list_corpus(dir / "corpus", skipped);
  ASSERT_EQ(files.size(), 1u);
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0].reason, SkipReason::kBrokenLink);
}

TEST(ListCorpus, FollowsLinksToFiles) {
  testing::TempDir dir;
  dir.write("elsewhere/real.txt", "x");
  std::filesystem::create_directory(dir / "corpus");
  std::filesystem::create_symlink(dir / "elsewhere/real.txt", dir / "corpus/link.txt");
  std::vector<SkippedFile> skipped;
  ASSERT_EQ(list_corpus(dir / "corpus", skipped).size(), 1u);
}

TEST(ListCorpus, MissingFolderIsAUsageError) {
  testing::TempDir dir;
  std::vector<SkippedFile> skipped;
  EXPECT_THROW(list_corpus(dir / "nope", skipped), UsageError);
}

TEST(ListCorpus, SameIdsWithOrWithoutTrailingSlash) {
  std::vector<SkippedFile> skipped;
  auto plain = list_corpus(testing::corpus_dir(), skipped);
  auto slash = list_corpus(testing::corpus_dir().string() + "/", skipped);
  ASSERT_EQ(plain.size(), 5u);
  ASSERT_EQ(slash.size(), 5u);
  EXPECT_EQ(plain[0].id, slash[0].id);
  EXPECT_EQ(plain[0].path, slash[0].path);
}

}  // namespace
}  // namespace hemeroteca
