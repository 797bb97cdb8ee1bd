#include "common/document_data.h"

#include <cstdint>

#include "common/errors.h"
#include "common/utf8.h"

namespace hemeroteca {
namespace {

constexpr std::string_view kMagic = "H1";

void put_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void put_string(std::string& out, std::string_view text) {
  put_varint(out, text.size());
  out.append(text);
}

void put_list(std::string& out, const std::vector<std::string>& values) {
  put_varint(out, values.size());
  for (const std::string& value : values) put_string(out, value);
}

[[noreturn]] void unreadable() {
  throw IndexIncompatibleError("a document's stored data is not readable",
                               "rebuild the index with: hemeroteca-index --rebuild");
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= data_.size()) unreadable();
      auto byte = static_cast<unsigned char>(data_[pos_++]);
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    unreadable();
  }

  std::string string() {
    std::uint64_t size = varint();
    if (size > data_.size() - pos_) unreadable();
    std::string out(data_.substr(pos_, size));
    pos_ += size;
    return out;
  }

  std::vector<std::string> list() {
    std::uint64_t count = varint();
    if (count > data_.size() - pos_) unreadable();  // each item takes a byte at least
    std::vector<std::string> values;
    values.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i) values.push_back(string());
    return values;
  }

 private:
  std::string_view data_;
  std::size_t pos_ = kMagic.size();
};

}  // namespace

std::string encode_document_data(const Article& article) {
  std::string out(kMagic);
  for (std::string_view field :
       {std::string_view(article.id), std::string_view(article.path),
        std::string_view(article.title), std::string_view(article.date),
        std::string_view(article.date_source), std::string_view(article.source),
        std::string_view(article.url), utf8::truncate(article.body(), kLeadBytes)})
    put_string(out, field);
  for (const std::vector<std::string>* list :
       {&article.mentioned_dates, &article.speakers, &article.actors, &article.topics})
    put_list(out, *list);
  return out;
}

Article decode_document_data(std::string_view data) {
  if (!data.starts_with(kMagic)) unreadable();
  Reader in(data);
  Article article;
  article.id = in.string();
  article.path = in.string();
  article.key = article.path;
  article.title = in.string();
  article.date = in.string();
  article.date_source = in.string();
  article.source = in.string();
  article.url = in.string();
  article.text = in.string();
  article.mentioned_dates = in.list();
  article.speakers = in.list();
  article.actors = in.list();
  article.topics = in.list();
  return article;
}

}  // namespace hemeroteca
