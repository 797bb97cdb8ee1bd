#include "common/indexing.h"

#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <fstream>
#include <functional>
#include <iterator>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "common/article_analysis.h"
#include "common/article_parser.h"
#include "common/document_builder.h"
#include "common/errors.h"
#include "common/facet_columns.h"
#include "common/file_signature.h"
#include "common/index_db.h"
#include "common/schema.h"
#include "common/shards.h"
#include "common/stable_hash.h"
#include "common/utf8.h"

namespace hemeroteca {
namespace {

namespace fs = std::filesystem;

// Results waiting for the writer, per worker: bounds the memory a slow
// writer lets the workers fill.
constexpr std::size_t kPendingPerWorker = 8;

struct IndexedEntry {
  Xapian::docid docid = 0;
  FileSignature signature;
};

// Every indexed article with its signature, by path (or "jsonl:ID").
std::unordered_map<std::string, IndexedEntry> load_state(const Xapian::Database& db) {
  std::unordered_map<std::string, IndexedEntry> state;
  const Xapian::valueno slot = schema::kSignature.slot;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
    if (auto signature = FileSignature::decode(*it)) {
      std::string path = signature->path;  // (the entry takes the signature by move)
      state[path] = {it.get_docid(), std::move(*signature)};
    }
  return state;
}

struct Task {
  // A file...
  fs::path path;
  std::string id;
  FileSignature listed;  // size and time when listed
  // ... or a JSONL line.
  std::string record;
  std::string record_origin;  // "FILE:LINE", for messages
  std::optional<IndexedEntry> old;
};

enum class Outcome { kIndexed, kTouched, kSkipped };

struct Result {
  Outcome outcome = Outcome::kSkipped;
  const Task* task = nullptr;
  Xapian::Document doc;
  std::string key_term;
  FileSignature signature;
  SkippedFile skip;
  std::vector<FileWarning> warnings;
  Vocabulary vocabulary;
};

// Reads, analyses and extracts articles: one per thread (its caches are
// its own; the data files are shared).
class Worker {
 public:
  Worker(const IndexOptions& options, bool reextract)
      : options_(options), reextract_(reextract), extractor_(analyzer_), builder_(analyzer_) {}

  Result process(const Task& task) {
    Result result;
    result.task = &task;
    if (!task.record.empty()) return record(task, std::move(result));
    TextFile text = read_text_file(task.path, options_.max_file_bytes);
    if (!text.ok()) {
      result.skip = {task.path.string(), text.skip, text.detail};
      return result;
    }
    result.signature = task.listed;
    result.signature.hash = stable_hash(text.text);
    if (task.old && task.old->signature.hash == result.signature.hash && !reextract_) {
      result.outcome = Outcome::kTouched;  // same content, new time
      return result;
    }
    for (const std::string& warning : text.warnings)
      result.warnings.push_back({task.path.string(), warning});
    Article article = parse_article(std::move(text.text), task.id);
    article.key = task.path.string();
    article.path = task.path.string();
    build(std::move(article), result);
    return result;
  }

  // Words go straight into `vocabulary` rather than into each result (when
  // the worker runs in the writer's thread).
  void write_vocabulary_into(Vocabulary* vocabulary) { vocabulary_ = vocabulary; }

 private:
  // {"id", "body", "title", "date", "source", "url"}
  Result record(const Task& task, Result result) {
    auto invalid = [&](const std::string& why) {
      result.skip = {task.record_origin, SkipReason::kInvalidRecord, why};
      return std::move(result);
    };
    nlohmann::json json = nlohmann::json::parse(task.record, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object()) return invalid("not a JSON object");
    auto text = [&](const char* key) {
      auto found = json.find(key);
      return found != json.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    std::string id = text("id"), body = text("body");
    if (id.empty() || body.empty()) return invalid("\"id\" and \"body\" are required strings");
    Article article = parse_article(utf8::sanitize(body), id);
    article.key = "jsonl:" + id;
    if (std::string title = text("title"); !title.empty()) {
      article.title = title;
      article.title_in_body = false;
    }
    if (std::string date = text("date"); !date.empty()) {
      if (auto parsed = parse_iso_date(date)) {
        article.date = parsed->iso();
        article.date_source = "header";
      } else {
        result.warnings.push_back({task.record_origin, "ignored invalid date \"" + date + "\""});
      }
    }
    article.source = text("source");
    article.url = text("url");
    result.signature.path = article.key;
    result.signature.size = task.record.size();
    result.signature.hash = stable_hash(task.record);
    if (task.old && task.old->signature.hash == result.signature.hash && !reextract_) {
      result.outcome = Outcome::kTouched;
      return result;
    }
    build(std::move(article), result);
    return result;
  }

  void build(Article article, Result& result) {
    auto analyzed = analyze_article(std::move(article), analyzer_, extractor_);
    for (const std::string& warning : analyzed->article.warnings)
      result.warnings.push_back({analyzed->article.key, warning});
    result.doc = builder_.build(analyzed->article, vocabulary_ ? vocabulary_ : &result.vocabulary,
                                &analyzed->body, &analyzed->title);
    result.doc.add_value(schema::kSignature.slot, result.signature.encode());
    result.key_term = schema::unique_term(analyzed->article.key);
    result.outcome = Outcome::kIndexed;
  }

  const IndexOptions& options_;
  bool reextract_;
  Analyzer analyzer_;
  Extractor extractor_;
  DocumentBuilder builder_;
  Vocabulary* vocabulary_ = nullptr;
};

// Runs the tasks on `threads` workers; calls `write` with each result, in
// the calling thread (the only one that touches the database).
template <typename Write>
void run_pipeline(const std::vector<Task>& tasks, unsigned threads, const IndexOptions& options,
                  bool reextract, Write write) {
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::condition_variable ready, room;
  std::deque<Result> results;
  std::size_t running = threads;
  std::exception_ptr failure;
  const std::size_t max_pending = kPendingPerWorker * threads;
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < threads; ++w)
    workers.emplace_back([&] {
      try {
        Worker worker(options, reextract);
        for (std::size_t i; (i = next++) < tasks.size();) {
          Result result = worker.process(tasks[i]);
          std::unique_lock lock(mutex);
          room.wait(lock, [&] { return results.size() < max_pending || failure; });
          if (failure) break;
          results.push_back(std::move(result));
          ready.notify_one();
        }
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
      }
      std::lock_guard lock(mutex);
      --running;
      ready.notify_one();
    });
  std::exception_ptr writer_failure;
  for (;;) {
    std::unique_lock lock(mutex);
    ready.wait(lock, [&] { return !results.empty() || running == 0; });
    if (results.empty() || failure) break;
    Result result = std::move(results.front());
    results.pop_front();
    room.notify_one();
    lock.unlock();
    try {
      write(std::move(result));
    } catch (...) {
      writer_failure = std::current_exception();
      std::lock_guard relock(mutex);
      failure = writer_failure;
      room.notify_all();
      break;
    }
  }
  for (std::thread& worker : workers) worker.join();
  if (failure) std::rethrow_exception(failure);
}

std::string now_iso8601() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

bool under(const std::string& path, const std::vector<fs::path>& roots) {
  for (const fs::path& root : roots) {
    std::string prefix = root.string();
    if (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
        path[prefix.size()] == '/')
      return true;
  }
  return false;
}

// How an Updater writes.
struct WriteMode {
  // The database started empty in this run: new articles are added without
  // looking their key up (the costliest part of replacing a document).
  bool fresh = false;
  // Keep the facet columns up to date (a build in temporary shards rewrites
  // them all once merged instead).
  bool columns = true;
  // The database is shard `shard` of a sharded index of `shards`: it takes
  // only the articles whose key hashes to it (shards.h).
  unsigned shard = 0;
  unsigned shards = 1;
};

class Updater {
 public:
  Updater(Xapian::WritableDatabase& db, const IndexOptions& options, IndexProgress* progress,
          IndexSummary& summary, WriteMode mode = {})
      : db_(db), options_(options), progress_(progress), summary_(summary), mode_(mode) {}

  // An incremental update: plans, writes with `workers` analysing threads,
  // finishes.
  void run(unsigned workers) {
    plan();
    if (progress_) progress_->on_start(tasks_.size());
    execute(tasks_, workers);
    finish(true);
  }

  // Lists what to read and removes what is gone.
  void plan() {
    fingerprint_ = ExtractionData::shared()->fingerprint;
    std::string recorded = db_.get_metadata(std::string(schema::metadata::kExtraction));
    reextract_ = db_.get_doccount() > 0 && recorded != fingerprint_;
    state_ = load_state(db_);
    list_files();
    read_records();
    remove_vanished();
  }

  std::vector<Task>& tasks() { return tasks_; }

  // Reads, analyses and writes `tasks`: with `workers` threads analysing
  // while this one writes, or (0) all in this thread.
  void execute(const std::vector<Task>& tasks, unsigned workers) {
    std::size_t done = 0;
    auto write_one = [&](Result result) {
      write(std::move(result));
      if (progress_) progress_->on_article_done(++done, tasks.size());
    };
    if (workers > 0) {
      run_pipeline(tasks, workers, options_, reextract_, write_one);
      return;
    }
    Worker worker(options_, reextract_);
    worker.write_vocabulary_into(&vocabulary_);  // same thread: no merging
    for (const Task& task : tasks) write_one(worker.process(task));
  }

  // Records the run's metadata and commits; `display_forms`: also how each
  // word is usually written (a sharded build does it once merged).
  void finish(bool display_forms) {
    vocabulary_.flush_spelling(db_);
    if (display_forms) vocabulary_.write_display_forms(db_);
    db_.set_metadata(std::string(schema::metadata::kExtraction), fingerprint_);
    db_.set_metadata(std::string(schema::metadata::kLastUpdate), now_iso8601());
    if (mode_.shards > 1)
      db_.set_metadata(std::string(schema::metadata::kShard), shard_tag(mode_.shard, mode_.shards));
    record_folders();
    if (mode_.columns) columns_.flush(db_);
    db_.commit();
    summary_.total_documents = db_.get_doccount();
  }

  const Vocabulary& vocabulary() const { return vocabulary_; }

 private:
  // True when the article with key `key` belongs in this database.
  bool mine(std::string_view key) const {
    return mode_.shards <= 1 || shard_of(key, mode_.shards) == mode_.shard;
  }

  void list_files() {
    // Every shard lists the folders; the first reports what listing skipped.
    std::vector<SkippedFile> reported_elsewhere;
    auto& skipped = mode_.shard == 0 ? summary_.skipped : reported_elsewhere;
    for (const fs::path& folder : options_.folders) {
      std::vector<CorpusFile> files = list_corpus(folder, skipped);
      std::error_code ec;
      roots_.push_back(fs::absolute(folder, ec).lexically_normal());
      if (!roots_.back().has_filename()) roots_.back() = roots_.back().parent_path();
      for (CorpusFile& file : files) {
        std::string path = file.path.string();
        if (!seen_.insert(path).second) continue;  // listed twice (nested folders)
        if (!mine(path)) continue;
        std::optional<FileSignature> listed = stat_file(file.path);
        if (!listed) continue;  // vanished already: handled as gone
        auto old = state_.find(path);
        if (old != state_.end() && !reextract_ && old->second.signature.size == listed->size &&
            old->second.signature.mtime_ns == listed->mtime_ns) {
          ++summary_.unchanged;
          continue;
        }
        Task task;
        task.path = std::move(file.path);
        task.id = std::move(file.id);
        task.listed = *listed;
        if (old != state_.end()) task.old = old->second;
        tasks_.push_back(std::move(task));
      }
    }
  }

  void read_records() {
    for (const std::string& input : options_.jsonl) {
      std::ifstream file;
      std::istream* in = options_.stdin_stream;
      if (input != "-") {
        file.open(input);
        if (!file) throw UsageError("cannot read " + input);
        in = &file;
      }
      if (in == nullptr) throw UsageError("no standard input to read JSONL from");
      std::string line;
      for (std::size_t number = 1; std::getline(*in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        Task task;
        task.record = std::move(line);
        task.record_origin = (input == "-" ? "stdin" : input) + ":" + std::to_string(number);
        // The key is only known once parsed: look the old entry up by id.
        nlohmann::json json = nlohmann::json::parse(task.record, nullptr, false);
        if (json.is_object() && json.contains("id") && json["id"].is_string()) {
          task.id = json["id"].get<std::string>();
          if (!mine("jsonl:" + task.id)) continue;
          auto old = state_.find("jsonl:" + task.id);
          if (old != state_.end()) {
            if (old->second.signature.hash == stable_hash(task.record) && !reextract_) {
              ++summary_.unchanged;
              continue;
            }
            task.old = old->second;
          }
        } else if (mode_.shard != 0) {
          continue;  // a line without an id is reported by the first shard
        }
        tasks_.push_back(std::move(task));
      }
    }
  }

  // Documents of files under the folders that are no longer there.
  void remove_vanished() {
    for (const auto& [path, entry] : state_) {
      if (!under(path, roots_) || seen_.count(path)) continue;
      std::error_code ec;
      if (fs::exists(fs::symlink_status(path, ec)) && !ec) {
        summary_.warnings.push_back({path, "could not be listed: its previous version is kept"});
        continue;
      }
      db_.delete_document(entry.docid);
      columns_.touch(entry.docid);
      ++summary_.removed;
      changed();
    }
  }

  void write(Result result) {
    const Task& task = *result.task;
    switch (result.outcome) {
      case Outcome::kSkipped:
        if (task.old && result.skip.reason == SkipReason::kVanished) {
          db_.delete_document(task.old->docid);
          columns_.touch(task.old->docid);
          ++summary_.removed;
          changed();
        } else if (task.old) {
          summary_.warnings.push_back(
              {result.skip.path, "cannot be read now: its previous version is kept"});
        }
        summary_.skipped.push_back(std::move(result.skip));
        break;
      case Outcome::kTouched: {
        Xapian::Document doc = db_.get_document(task.old->docid);
        doc.add_value(schema::kSignature.slot, result.signature.encode());
        db_.replace_document(task.old->docid, doc);
        ++summary_.unchanged;
        changed();
        break;
      }
      case Outcome::kIndexed:
        columns_.touch(store(result));
        ++(task.old ? summary_.updated : summary_.added);
        vocabulary_.merge(result.vocabulary);  // (empty when the worker wrote into it)
        changed();
        break;
    }
    for (FileWarning& warning : result.warnings) summary_.warnings.push_back(std::move(warning));
  }

  // Adds or replaces the article's document; returns its docid.
  Xapian::docid store(const Result& result) {
    // In a fresh index only a key written earlier in this run (an id given
    // twice in JSONL) can exist.
    if (mode_.fresh && written_.insert(result.key_term).second) return db_.add_document(result.doc);
    return db_.replace_document(result.key_term, result.doc);
  }

  // Commits every kCommitEvery changes: a crash loses at most those.
  void changed() {
    if (++pending_ < kCommitEvery) return;
    vocabulary_.flush_spelling(db_);
    if (mode_.columns) columns_.flush(db_);
    db_.commit();
    pending_ = 0;
  }

  void record_folders() {
    std::string key(schema::metadata::kFolders);
    std::set<std::string> folders;
    std::string recorded = db_.get_metadata(key);  // outlives the views into it
    for (std::string_view folder : schema::unpack_values(recorded)) folders.emplace(folder);
    for (const fs::path& root : roots_) folders.insert(root.string());
    for (const fs::path& folder : options_.folders) {
      std::error_code ec;
      fs::path root = fs::absolute(folder, ec).lexically_normal();
      if (!root.has_filename()) root = root.parent_path();
      folders.insert(root.string());
    }
    std::vector<std::string> list(folders.begin(), folders.end());
    db_.set_metadata(key, schema::pack_values(list));
  }

  Xapian::WritableDatabase& db_;
  const IndexOptions& options_;
  IndexProgress* progress_;
  IndexSummary& summary_;
  WriteMode mode_;
  bool reextract_ = false;
  std::string fingerprint_ = ExtractionData::shared()->fingerprint;
  std::unordered_map<std::string, IndexedEntry> state_;
  std::vector<fs::path> roots_;
  std::set<std::string> seen_;
  std::vector<Task> tasks_;
  std::unordered_set<std::string> written_;  // keys added in this run (fresh mode)
  Vocabulary vocabulary_;
  FacetColumnWriter columns_;
  std::size_t pending_ = 0;
};

// Several shard builders report progress to one indicator.
class SharedProgress : public IndexProgress {
 public:
  SharedProgress(IndexProgress* inner, std::size_t total) : inner_(inner), total_(total) {}
  void set_total(std::size_t total) { total_ = total; }
  void on_article_done(std::size_t, std::size_t) override {
    std::lock_guard lock(mutex_);
    ++done_;
    if (inner_) inner_->on_article_done(done_, total_);
  }

 private:
  IndexProgress* inner_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::mutex mutex_;
};

void add_summary(IndexSummary& into, IndexSummary& part) {
  into.added += part.added;
  into.updated += part.updated;
  into.removed += part.removed;
  into.unchanged += part.unchanged;
  std::move(part.skipped.begin(), part.skipped.end(), std::back_inserter(into.skipped));
  std::move(part.warnings.begin(), part.warnings.end(), std::back_inserter(into.warnings));
}

unsigned thread_count(const IndexOptions& options) {
  return std::max(1u, options.threads ? options.threads : std::thread::hardware_concurrency());
}

// The tasks of one shard: files dealt round-robin; JSONL records by a hash
// of their id, so that an id given twice goes to one shard (which keeps
// the last).
std::vector<std::vector<Task>> deal(std::vector<Task>& tasks, std::size_t shards) {
  std::vector<std::vector<Task>> parts(shards);
  std::size_t next = 0;
  for (Task& task : tasks) {
    std::size_t shard = task.record.empty() ? next++ % shards : stable_hash(task.id) % shards;
    parts[shard].push_back(std::move(task));
  }
  return parts;
}

// Runs `work(0) ... work(count - 1)`, `threads` at a time; rethrows the
// first failure once all have stopped.
void run_in_parallel(unsigned count, unsigned threads, const std::function<void(unsigned)>& work) {
  std::atomic<unsigned> next{0};
  std::vector<std::exception_ptr> failures(count);
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::min(count, threads); ++t)
    pool.emplace_back([&] {
      for (unsigned i; (i = next++) < count;) {
        try {
          work(i);
        } catch (...) {
          failures[i] = std::current_exception();
        }
      }
    });
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

// Refuses a shard database whose recorded place is not `shard` of `shards`.
void check_shard_role(const Xapian::Database& db, const fs::path& path, unsigned shard,
                      unsigned shards) {
  std::string recorded = db.get_metadata(std::string(schema::metadata::kShard));
  if (!recorded.empty() && recorded != shard_tag(shard, shards))
    throw IndexIncompatibleError(path.string() + " is shard " + recorded + ", not shard " +
                                     shard_tag(shard, shards) + " its index lists",
                                 "rebuild it with: hemeroteca-index --rebuild --shards " +
                                     std::to_string(shards) + " --db INDEX CORPUS_DIR");
}

// Updates (`fresh`: builds) the local shards of a sharded index in the
// folder `index`: each shard takes the articles whose key hashes to it;
// one writer per shard, as many at a time as there are threads.
void update_shards(const fs::path& index, unsigned shards, bool fresh, const IndexOptions& options,
                   IndexProgress* progress, IndexSummary& summary) {
  Analyzer analyzer;
  const std::string settings = analyzer.settings();
  // Standard input can be read once: every shard reads a copy.
  std::string input;
  if (options.stdin_stream && std::count(options.jsonl.begin(), options.jsonl.end(), "-") > 0)
    input.assign(std::istreambuf_iterator<char>(*options.stdin_stream), {});
  std::vector<std::istringstream> inputs;
  inputs.reserve(shards);  // the options point into it
  std::vector<IndexOptions> shard_options(shards, options);
  std::vector<fs::path> written;
  std::vector<Xapian::WritableDatabase> dbs;
  dbs.reserve(shards);  // the updaters hold references
  std::vector<IndexSummary> summaries(shards);
  std::vector<std::unique_ptr<Updater>> updaters;
  SharedProgress shared(progress, 0);
  std::size_t total = 0;
  for (unsigned s = 0; s < shards; ++s) {
    inputs.emplace_back(input);
    shard_options[s].stdin_stream = &inputs.back();
    fs::path final_path = local_shard_path(index, s);
    // A fresh shard is compacted into place once written.
    written.push_back(fresh ? index / ("building-" + final_path.filename().string()) : final_path);
    dbs.push_back(open_index_for_writing(written.back(), settings, options.lock_timeout_seconds));
    check_shard_role(dbs.back(), written.back(), s, shards);
    updaters.push_back(std::make_unique<Updater>(
        dbs.back(), shard_options[s], &shared, summaries[s],
        WriteMode{.fresh = fresh, .columns = true, .shard = s, .shards = shards}));
    updaters.back()->plan();
    total += updaters.back()->tasks().size();
  }
  shared.set_total(total);
  if (progress) progress->on_start(total);
  run_in_parallel(shards, thread_count(options), [&](unsigned s) {
    updaters[s]->execute(updaters[s]->tasks(), 0);
    updaters[s]->finish(true);
  });
  summary.total_documents = 0;
  for (unsigned s = 0; s < shards; ++s) {
    add_summary(summary, summaries[s]);
    summary.total_documents += summaries[s].total_documents;
    dbs[s].close();
  }
  if (fresh) {
    for (unsigned s = 0; s < shards; ++s) {
      // Docids are kept: the facet columns are addressed by them.
      Xapian::Database(written[s].string())
          .compact(local_shard_path(index, s).string(), Xapian::DBCOMPACT_NO_RENUMBER);
      std::error_code ec;
      fs::remove_all(written[s], ec);
    }
  }
  write_local_stub(index, shards);
}

// Builds the index of a first build or a rebuild at `built` / "index". A
// sharded index gets its shards; one database is built, with several
// threads, as temporary shards written side by side (Xapian's writer is the
// bottleneck, and one writer uses one core), merged by compaction. `role`:
// the database's place when it is one shard of a sharded index, built alone.
void build_fresh(const fs::path& built, unsigned shard_count, WriteMode role,
                 const IndexOptions& options, IndexProgress* progress, IndexSummary& summary) {
  if (shard_count > 1) {
    update_shards(built / "index", shard_count, true, options, progress, summary);
    return;
  }
  Analyzer analyzer;
  const std::string settings = analyzer.settings();
  unsigned threads = thread_count(options);
  fs::path first_shard = built / "shard-0";
  Xapian::WritableDatabase first = open_index_for_writing(first_shard, settings);
  Updater planner(first, options, progress, summary,
                  {.fresh = true, .columns = true, .shard = role.shard, .shards = role.shards});
  planner.plan();
  std::vector<Task>& tasks = planner.tasks();
  if (progress) progress->on_start(tasks.size());
  std::size_t shards = tasks.size() >= 2 * kCommitEvery ? threads : 1;
  if (shards == 1) {
    // One writer; the other cores analyse.
    planner.execute(tasks, threads > 1 ? threads - 1 : 0);
    planner.finish(true);
    first.close();
    // Docids are kept: the facet columns are addressed by them.
    Xapian::Database(first_shard.string())
        .compact((built / "index").string(), Xapian::DBCOMPACT_NO_RENUMBER);
    return;
  }

  std::vector<std::vector<Task>> parts = deal(tasks, shards);
  SharedProgress shared(progress, tasks.size());
  std::vector<Xapian::WritableDatabase> dbs;
  dbs.push_back(first);
  for (std::size_t s = 1; s < shards; ++s)
    dbs.push_back(open_index_for_writing(built / ("shard-" + std::to_string(s)), settings));
  std::vector<IndexSummary> summaries(shards);
  std::vector<std::unique_ptr<Updater>> updaters;
  for (std::size_t s = 0; s < shards; ++s)
    updaters.push_back(std::make_unique<Updater>(
        dbs[s], options, &shared, summaries[s],
        WriteMode{.fresh = true, .columns = false, .shard = role.shard, .shards = role.shards}));
  std::vector<std::exception_ptr> failures(shards);
  std::vector<std::thread> writers;
  for (std::size_t s = 0; s < shards; ++s)
    writers.emplace_back([&, s] {
      try {
        updaters[s]->execute(parts[s], 0);
        updaters[s]->finish(false);
      } catch (...) {
        failures[s] = std::current_exception();
      }
    });
  for (std::thread& writer : writers) writer.join();
  for (const std::exception_ptr& failure : failures)
    if (failure) std::rethrow_exception(failure);
  Vocabulary vocabulary;
  for (std::size_t s = 0; s < shards; ++s) {
    add_summary(summary, summaries[s]);
    vocabulary.merge(updaters[s]->vocabulary());
  }
  for (Xapian::WritableDatabase& db : dbs) db.close();

  // Compaction merges the shards (renumbering their documents) and their
  // spelling tables; what depends on docids or on every shard's counts is
  // written afresh on the merged index.
  Xapian::Database all;
  for (std::size_t s = 0; s < shards; ++s)
    all.add_database(Xapian::Database((built / ("shard-" + std::to_string(s))).string()));
  all.compact((built / "index").string());
  Xapian::WritableDatabase merged((built / "index").string(), Xapian::DB_OPEN);
  FacetColumnWriter::rewrite_all(merged);
  vocabulary.write_display_forms(merged);
  merged.commit();
  summary.total_documents = merged.get_doccount();
}

// Builds a fresh index beside the live one and swaps it in, holding the live
// index's lock throughout, so that searches always see a complete index.
void rebuild(const IndexOptions& options, unsigned shard_count, WriteMode role,
             IndexProgress* progress, IndexSummary& summary) {
  fs::path live = options.db_path;
  // Leftovers of a rebuild that was killed (we hold the lock: none runs).
  fs::path parent = live.has_parent_path() ? live.parent_path() : fs::path(".");
  std::string stem = live.filename().string() + ".rebuild-";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(parent, ec))
    if (entry.path().filename().string().starts_with(stem)) fs::remove_all(entry.path(), ec);
  fs::path built = parent / (stem + std::to_string(getpid()));
  fs::create_directories(built);
  build_fresh(built, shard_count, role, options, progress, summary);
  // No Xapian handle is open on either folder now (a handle follows paths,
  // and would write into the swapped-in index); the IndexLock keeps other
  // indexers out.
  swap_folders(live, built / "index");
  fs::remove_all(built, ec);  // the shards, and now the old index
}

// True when there is no index at `path` yet, or an empty one.
bool new_index(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return true;
  try {
    return Xapian::Database(path.string()).get_doccount() == 0;
  } catch (const Xapian::Error&) {
    return false;  // let opening for writing report it
  }
}

// How many shards the index at `path` has: 0 when there is none yet, 1 for
// one database, N for a folder of N local shards.
unsigned recorded_shards(const fs::path& path) {
  fs::path stub = stub_file_of(path);
  std::error_code ec;
  if (stub.empty()) return fs::exists(path, ec) ? 1 : 0;
  std::vector<ShardAddress> shards = read_stub(stub);
  for (const ShardAddress& shard : shards)
    if (shard.remote())
      throw UsageError(path.string() + " lists a remote shard (" + shard.label() +
                           "); the indexer writes local shards only",
                       "run hemeroteca-index on the shard's machine, with --db set to the "
                       "shard's folder");
  return static_cast<unsigned>(shards.size());
}

// The place recorded in one database: a shard of a sharded index opened
// directly (as on a shard server's machine) keeps taking only its articles.
WriteMode recorded_role(const fs::path& path) {
  WriteMode role;
  try {
    std::string tag =
        Xapian::Database(path.string()).get_metadata(std::string(schema::metadata::kShard));
    if (!parse_shard_tag(tag, role.shard, role.shards)) role = {};
  } catch (const Xapian::Error&) {
    // Opening for writing will say what is wrong.
  }
  return role;
}

}  // namespace

IndexSummary update_index(const IndexOptions& options, IndexProgress* progress) {
  auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  IndexLock lock(options.db_path, options.lock_timeout_seconds);
  unsigned existing = recorded_shards(options.db_path);
  WriteMode role = existing == 1 ? recorded_role(options.db_path) : WriteMode{};
  if (role.shards > 1 && options.shards > 0)
    throw UsageError(options.db_path.string() + " is shard " + shard_tag(role.shard, role.shards) +
                         " of a sharded index; --shards applies to the whole index",
                     "leave --shards out to update this shard, or give the index's folder");
  bool fresh = options.rebuild || new_index(options.db_path);
  if (!fresh && options.shards > 0 && options.shards != existing)
    throw IndexIncompatibleError(
        "the index at " + options.db_path.string() + " has " + std::to_string(existing) +
            (existing == 1 ? " shard" : " shards") + ", not " + std::to_string(options.shards),
        "give --shards " + std::to_string(existing) +
            " (or leave it out), or reshard with: " + "hemeroteca-index --rebuild --shards " +
            std::to_string(options.shards) + " --db " + options.db_path.string() + " CORPUS_DIR");
  unsigned shards = options.shards > 0 ? options.shards : std::max(1u, existing);
  if (fresh) {
    // A first build goes the rebuild's way too: built beside, compacted,
    // swapped in.
    rebuild(options, shards, role, progress, summary);
    summary.rebuilt = options.rebuild;
  } else if (existing > 1) {
    update_shards(options.db_path, existing, false, options, progress, summary);
  } else {
    Analyzer analyzer;
    Xapian::WritableDatabase db =
        open_index_for_writing(options.db_path, analyzer.settings(), options.lock_timeout_seconds);
    // One writer (Xapian's, the bottleneck); the other cores analyse.
    unsigned threads = thread_count(options);
    Updater(db, options, progress, summary, role).run(threads > 1 ? threads - 1 : 1);
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace hemeroteca
