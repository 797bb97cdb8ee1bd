#include "common/shards.h"

#include <unistd.h>

#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>

#include "common/errors.h"
#include "common/index_db.h"
#include "common/stable_hash.h"

namespace hemeroteca {
namespace fs = std::filesystem;
namespace {

useconds_t milliseconds(double seconds) {
  return static_cast<useconds_t>(seconds > 0 ? seconds * 1000 : 0);
}

// "host:port" -> address; false when it is not of that form.
bool parse_host_port(std::string_view text, ShardAddress& address) {
  std::size_t colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view port = text.substr(colon + 1);
  auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), address.port);
  if (error != std::errc() || end != port.data() + port.size() || address.port == 0 ||
      address.port > 65535)
    return false;
  address.host = std::string(text.substr(0, colon));
  return true;
}

Xapian::Database open_remote(const ShardAddress& address, const ShardOptions& options) {
  useconds_t ms = milliseconds(options.timeout_seconds);
  return Xapian::Remote::open(address.host, address.port, ms, ms);
}

std::string describe(const std::vector<MissingShard>& missing) {
  std::string text;
  for (const MissingShard& shard : missing) {
    if (!text.empty()) text += "; ";
    text += shard.label + " (" + shard.reason + ")";
  }
  return text;
}

}  // namespace

std::string error_reason(const Xapian::Error& error) {
  const char* system = error.get_error_string();
  return error.get_msg() + (system && *system ? std::string(": ") + system : std::string());
}

std::string ShardAddress::label() const {
  return remote() ? host + ":" + std::to_string(port) : path.string();
}

bool OpenedIndex::any_remote() const {
  for (const ShardAddress& address : addresses)
    if (address.remote()) return true;
  return false;
}

fs::path stub_file_of(const fs::path& index) {
  std::error_code ec;
  if (fs::is_regular_file(index, ec)) return index;
  fs::path inside = index / kStubFileName;
  if (fs::is_regular_file(inside, ec)) return inside;
  return {};
}

std::vector<ShardAddress> read_stub(const fs::path& stub) {
  std::ifstream in(stub);
  if (!in) throw IndexUnavailableError("cannot read the shard list " + stub.string());
  std::vector<ShardAddress> shards;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream words(line);
    std::string kind, where, extra;
    words >> kind >> where >> extra;
    if (kind.empty() || kind[0] == '#') continue;
    auto bad = [&](const std::string& why) {
      return IndexUnavailableError(
          stub.string() + ":" + std::to_string(number) + ": " + why + ": " + line,
          "each line is \"auto PATH\" (a local shard) or \"remote HOST:PORT\" (xapian-tcpsrv)");
    };
    ShardAddress address;
    if ((kind == "auto" || kind == "glass") && !where.empty() && extra.empty()) {
      address.path = fs::path(where).is_absolute() ? fs::path(where) : stub.parent_path() / where;
      address.path = address.path.lexically_normal();
    } else if (kind == "remote" && extra.empty()) {
      if (!parse_host_port(where, address)) throw bad("expected HOST:PORT after remote");
    } else {
      throw bad("not a shard this program can open");
    }
    shards.push_back(std::move(address));
  }
  if (shards.empty()) throw IndexUnavailableError("the shard list " + stub.string() + " is empty");
  return shards;
}

fs::path local_shard_path(const fs::path& index, unsigned shard) {
  std::string name = std::to_string(shard);
  if (name.size() < 2) name.insert(0, 2 - name.size(), '0');
  return index / ("shard-" + name);
}

void write_local_stub(const fs::path& index, unsigned shards) {
  fs::create_directories(index);
  fs::path stub = index / kStubFileName;
  fs::path temporary = stub;
  temporary += ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::trunc);
    for (unsigned s = 0; s < shards; ++s)
      out << "auto " << local_shard_path(index, s).filename().string() << "\n";
    if (!out.flush()) throw IndexUnavailableError("cannot write " + temporary.string());
  }
  fs::rename(temporary, stub);
}

unsigned shard_of(std::string_view key, unsigned shards) {
  return shards <= 1 ? 0 : static_cast<unsigned>(stable_hash(key) % shards);
}

std::string shard_tag(unsigned shard, unsigned shards) {
  return std::to_string(shard) + "/" + std::to_string(shards);
}

bool parse_shard_tag(std::string_view recorded, unsigned& shard, unsigned& shards) {
  std::size_t slash = recorded.find('/');
  if (slash == std::string_view::npos) return false;
  const char* begin = recorded.data();
  const char* end = begin + recorded.size();
  auto first = std::from_chars(begin, begin + slash, shard);
  auto second = std::from_chars(begin + slash + 1, end, shards);
  return first.ec == std::errc() && first.ptr == begin + slash && second.ec == std::errc() &&
         second.ptr == end && shard < shards;
}

OpenedIndex open_shards(const fs::path& index, const std::string& analysis_settings,
                        const ShardOptions& options) {
  OpenedIndex opened;
  fs::path stub = stub_file_of(index);
  if (stub.empty()) {
    opened.combined = open_index_for_reading(index, analysis_settings);
    opened.shards.push_back(opened.combined);
    opened.addresses.emplace_back();
    return opened;
  }
  for (const ShardAddress& address : read_stub(stub)) {
    try {
      Xapian::Database shard;
      if (address.remote()) {
        shard = open_remote(address, options);
        check_compatible(shard, address.label(), analysis_settings);
      } else {
        shard = open_index_for_reading(address.path, analysis_settings);
      }
      opened.shards.push_back(shard);
      opened.addresses.push_back(address);
    } catch (const IndexUnavailableError& e) {
      opened.missing.push_back({address.label(), e.what()});
    } catch (const Xapian::NetworkError& e) {
      opened.missing.push_back({address.label(), error_reason(e)});
    } catch (const Xapian::DatabaseOpeningError& e) {
      opened.missing.push_back({address.label(), error_reason(e)});
    }
  }
  if (!opened.missing.empty() && (!options.allow_partial || opened.shards.empty()))
    throw ShardUnavailableError("shard not available: " + describe(opened.missing),
                                opened.shards.empty()
                                    ? "no shard of " + index.string() + " answered"
                                    : "start its server (xapian-tcpsrv), or search the shards that "
                                      "answer with --allow-partial");
  for (const Xapian::Database& shard : opened.shards) opened.combined.add_database(shard);
  return opened;
}

std::vector<MissingShard> probe_remote_shards(const OpenedIndex& index,
                                              const ShardOptions& options) {
  std::vector<MissingShard> missing;
  for (const ShardAddress& address : index.addresses) {
    if (!address.remote()) continue;
    try {
      // A fresh connection: the old one may be stuck mid-reply.
      open_remote(address, options).term_exists("Q");
    } catch (const Xapian::Error& e) {
      missing.push_back({address.label(), error_reason(e)});
    }
  }
  return missing;
}

}  // namespace hemeroteca
