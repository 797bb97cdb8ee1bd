#include "common/json_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace hemeroteca {
namespace {

TEST(JsonWriter, NestsObjectsAndArraysWithCommasInPlace) {
  JsonWriter json;
  json.begin_object().member("a", 1).key("b").begin_array().value("x").null().value(true);
  json.begin_object().end_object().begin_array().end_array().end_array();
  json.member("c", std::string("d")).end_object();
  EXPECT_EQ(json.str(), R"({"a":1,"b":["x",null,true,{},[]],"c":"d"})");
}

TEST(JsonWriter, EscapesWhatJsonRequires) {
  JsonWriter json;
  json.value(std::string_view("\"\\\n\t\x01 \x7f ñ", 10));
  EXPECT_EQ(json.str(), "\"\\\"\\\\\\n\\t\\u0001 \x7f \xC3\xB1\"");
  EXPECT_EQ(nlohmann::json::parse(json.str()).get<std::string>(),
            std::string("\"\\\n\t\x01 \x7f ñ", 10));
}

TEST(JsonWriter, ReplacesIllFormedUtf8) {
  JsonWriter json;
  json.begin_array()
      .value(std::string("a\xFF"
                         "b\xC3"))
      .value(std::string("\xED\xA0\x80"))
      .end_array();
  auto parsed = nlohmann::json::parse(json.str());  // throws on invalid UTF-8
  EXPECT_EQ(parsed[0].get<std::string>(),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_NE(parsed[1].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(JsonWriter, WritesNumbers) {
  JsonWriter json;
  json.begin_array().value(2.5).value(3.0).value(-7).value(std::size_t{42}).value(0.1 + 0.2);
  json.value(std::nan("")).end_array();
  auto parsed = nlohmann::json::parse(json.str());
  EXPECT_EQ(json.str().substr(0, 12), "[2.5,3.0,-7,");
  EXPECT_TRUE(parsed[1].is_number_float());
  EXPECT_DOUBLE_EQ(parsed[4].get<double>(), 0.1 + 0.2);
  EXPECT_TRUE(parsed[5].is_null());
}

TEST(JsonWriter, TextOrNullAndRaw) {
  JsonWriter json;
  json.begin_object().key("a").text_or_null("").key("b").text_or_null("x").key("c").raw(
      R"({"k":[1]})");
  json.end_object();
  EXPECT_EQ(json.str(), R"({"a":null,"b":"x","c":{"k":[1]}})");
}

}  // namespace
}  // namespace hemeroteca
