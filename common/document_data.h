// What each Xapian document stores as its data: the fields the searcher
// shows without opening the file. Encoded compactly, as length-prefixed
// strings in a fixed order, because the searcher decodes it for every
// result it prints:
//   "H1", then id, path, title, date, date_source, source, url, lead (the
//   first bytes of the body: the snippet when the file is gone), then the
//   lists mentioned_dates, speakers, actors, topics (a count, then strings);
//   lengths and counts as unsigned LEB128 varints.
// Part of the schema: a change here bumps schema::kSchemaVersion.
#pragma once

#include <string>
#include <string_view>

#include "common/article.h"

namespace hemeroteca {

// Bytes of the body kept in the index for snippets of vanished files.
inline constexpr std::size_t kLeadBytes = 400;

std::string encode_document_data(const Article& article);

// The stored fields of a document; `text` holds the lead (body_offset 0).
// Throws IndexIncompatibleError on data it cannot read.
Article decode_document_data(std::string_view data);

}  // namespace hemeroteca
