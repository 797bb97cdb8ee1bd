// What each Xapian document stores as its data: the fields the searcher
// shows without opening the file. Encoded as a compact JSON object:
//   {"id", "path", "title", "date", "date_source", "source", "url",
//    "mentioned_dates": [], "speakers": [], "actors": [], "topics": [],
//    "lead": first bytes of the body, the snippet when the file is gone}
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
