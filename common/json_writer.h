// JSON output, written straight into a string. Strings are escaped and any
// ill-formed UTF-8 in them is replaced by U+FFFD: the output is valid JSON
// whatever bytes a document held.
//
// Why not nlohmann::json here (it parses our input): building its value
// tree for a search result with a facet of 700 days cost more than the
// search itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace hemeroteca {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The name of the next member of the current object.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(double number);
  JsonWriter& null();
  template <typename Integer>
  requires(std::is_integral_v<Integer> &&
           !std::is_same_v<Integer, bool>) JsonWriter& value(Integer number) {
    before_value();
    out_ += std::to_string(number);
    return *this;
  }
  // `text`, or null when it is empty.
  JsonWriter& text_or_null(std::string_view text);
  JsonWriter& strings(const std::vector<std::string>& texts);
  // A value already in JSON (valid, from a JSON library).
  JsonWriter& raw(std::string_view json);

  // key(name).value(v), for brevity.
  template <typename T>
  JsonWriter& member(std::string_view name, const T& v) {
    return key(name).value(v);
  }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  void open(char bracket);
  void close(char bracket);

  std::string out_;
  std::vector<bool> has_items_;  // per open object or array
  bool after_key_ = false;
};

}  // namespace hemeroteca
