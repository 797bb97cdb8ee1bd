#include "common/schema.h"

#include "common/stable_hash.h"

#include <cstdint>

namespace hemeroteca::schema {
namespace {

// Xapian refuses terms longer than 245 bytes; stay clear of that.
constexpr std::size_t kMaxTermBytes = 240;
constexpr char kValueSeparator = '\x1f';

}  // namespace

const Field* find_query_field(std::string_view name) {
  for (const Field* field : kFields)
    if (field->name == name && !field->has(kInternal)) return field;
  return nullptr;
}

std::vector<std::string_view> query_field_names() {
  std::vector<std::string_view> names;
  for (const Field* field : kFields)
    if (!field->has(kInternal)) names.push_back(field->name);
  return names;
}

std::vector<const Field*> facet_fields() {
  std::vector<const Field*> fields;
  for (const Field* field : kFields)
    if (field->has(kFacet)) fields.push_back(field);
  return fields;
}

std::string term(const Field& field, std::string_view value) {
  std::string result(field.prefix);
  result.append(value);
  if (result.size() > kMaxTermBytes) result.resize(kMaxTermBytes);
  return result;
}

std::string unique_term(std::string_view key) {
  std::string result(kPath.prefix);
  if (key.size() + result.size() <= kMaxTermBytes) {
    result.append(key);
    return result;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t hash = stable_hash(key);
  std::string suffix = "#";
  for (int shift = 60; shift >= 0; shift -= 4) suffix.push_back(kHex[(hash >> shift) & 0xf]);
  // Keep the tail of the key: for paths it is the most distinctive part.
  std::size_t keep = kMaxTermBytes - result.size() - suffix.size();
  result.append(key.substr(key.size() - keep));
  result.append(suffix);
  return result;
}

std::string pack_values(std::span<const std::string> values) {
  std::string packed;
  for (const std::string& value : values) {
    if (!packed.empty()) packed.push_back(kValueSeparator);
    packed.append(value);
  }
  return packed;
}

std::vector<std::string_view> unpack_values(std::string_view packed) {
  std::vector<std::string_view> values;
  while (!packed.empty()) {
    std::size_t end = packed.find(kValueSeparator);
    values.push_back(packed.substr(0, end));
    if (end == std::string_view::npos) break;
    packed.remove_prefix(end + 1);
  }
  return values;
}

std::string date_to_slot(std::string_view iso_date) {
  std::string slot;
  for (char c : iso_date)
    if (c != '-') slot.push_back(c);
  return slot;
}

std::string slot_to_date(std::string_view slot_value) {
  if (slot_value.size() != 8) return std::string(slot_value);
  std::string date(slot_value.substr(0, 4));
  date += '-';
  date += slot_value.substr(4, 2);
  date += '-';
  date += slot_value.substr(6, 2);
  return date;
}

}  // namespace hemeroteca::schema
