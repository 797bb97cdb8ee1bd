// Sharded indexes: several Xapian databases searched as one, listed by a
// stub file in Xapian's own format, so that Xapian's tools (quest,
// xapian-check, xapian-tcpsrv) read the same lists:
//
//   auto shard-00            a local database, relative to the stub's folder
//   remote host:port         a database served by xapian-tcpsrv
//
// `hemeroteca-index --shards N` writes <index>/XAPIANDB (a folder holding
// a stub is opened as the stub) and N databases beside it; an article goes
// to the shard its key's stable hash names. A stub written by hand may mix
// local and remote shards.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

// The name of the stub file inside a sharded index's folder (Xapian's).
inline constexpr std::string_view kStubFileName = "XAPIANDB";

struct ShardAddress {
  std::filesystem::path path;  // a local shard: absolute
  std::string host;            // a remote shard: host and port
  unsigned port = 0;

  bool remote() const { return !host.empty(); }
  // How messages name the shard: its path, or host:port.
  std::string label() const;
};

// The stub file of an index at `index`: the file itself, or the stub inside
// the folder; empty when `index` is a plain database.
std::filesystem::path stub_file_of(const std::filesystem::path& index);

// The shards a stub file lists. Throws IndexUnavailableError on a line it
// cannot read (naming file and line).
std::vector<ShardAddress> read_stub(const std::filesystem::path& stub);

// The folder of shard `shard` in a sharded index at `index`.
std::filesystem::path local_shard_path(const std::filesystem::path& index, unsigned shard);

// Writes the stub of an index of `shards` local shards (atomically).
void write_local_stub(const std::filesystem::path& index, unsigned shards);

// The shard (0..shards-1) an article with unique key `key` belongs to.
unsigned shard_of(std::string_view key, unsigned shards);

// "i/n" as recorded in each shard's metadata; parse returns false when
// `recorded` is not of that form.
std::string shard_tag(unsigned shard, unsigned shards);
bool parse_shard_tag(std::string_view recorded, unsigned& shard, unsigned& shards);

// How the searcher reaches shards.
struct ShardOptions {
  double timeout_seconds = 10;  // per remote operation, and to connect
  // Search the shards that answer when some do not (else: an error).
  bool allow_partial = false;
};

// A shard that did not answer, and why.
struct MissingShard {
  std::string label;
  std::string reason;
};

// An index opened for searching: the databases as one, and each shard.
struct OpenedIndex {
  Xapian::Database combined;
  std::vector<Xapian::Database> shards;  // in the order added to `combined`
  std::vector<ShardAddress> addresses;   // of `shards`; one empty entry for a plain index
  std::vector<MissingShard> missing;     // left out under allow_partial
  bool any_remote() const;
  bool sharded() const { return addresses.size() != 1 || !addresses[0].label().empty(); }
};

// Opens a plain index or every shard a stub lists, checking each one's
// schema and analysis settings. A shard that does not open throws
// ShardUnavailableError, unless options.allow_partial and another shard
// opened (then it is listed in `missing`).
OpenedIndex open_shards(const std::filesystem::path& index, const std::string& analysis_settings,
                        const ShardOptions& options);

// A Xapian error as a reason: its message and, when it has one, the system's
// ("Couldn't connect: Connection refused").
std::string error_reason(const Xapian::Error& error);

// Which of `index`'s remote shards answer a request now (each reconnected,
// with the options' timeout): the shards that do not, with the reason.
std::vector<MissingShard> probe_remote_shards(const OpenedIndex& index,
                                              const ShardOptions& options);

}  // namespace hemeroteca
