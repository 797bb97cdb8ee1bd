#include "common/document_builder.h"

#include "common/document_data.h"
#include "common/schema.h"

namespace hemeroteca {

std::string facet_key(std::string_view display_name) {
  std::string key;
  for (const Token& token : tokenize(display_name)) {
    if (!key.empty())
      key.push_back(' ');
    key += token.form;
  }
  return key;
}

Xapian::termpos DocumentBuilder::index_text(Xapian::Document& doc, std::string_view text,
                                            std::string_view prefix,
                                            Xapian::termpos first_position) {
  Xapian::termpos position = first_position;
  std::string prefixed(prefix);
  for (const Token& token : tokenize(text)) {
    prefixed.resize(prefix.size());
    prefixed += analyzer_.term(token.form);
    doc.add_posting(prefixed, position++);
  }
  return position;
}

void DocumentBuilder::add_title_boost(Xapian::Document& doc, std::string_view title) {
  for (const Token& token : tokenize(title))
    doc.add_term(analyzer_.term(token.form), kTitleWdfBoost);
}

void DocumentBuilder::add_filters(Xapian::Document& doc, const Article& article) {
  doc.add_boolean_term(schema::term(schema::kDateSource, article.date_source));
  for (const std::string& date : article.mentioned_dates)
    doc.add_boolean_term(schema::term(schema::kMentions, schema::date_to_slot(date)));
  if (!article.source.empty())
    doc.add_boolean_term(schema::term(schema::kSource, facet_key(article.source)));
  auto add_multi = [&](const schema::Field& field, const std::vector<std::string>& names) {
    for (const std::string& name : names)
      doc.add_boolean_term(schema::term(field, facet_key(name)));
    if (!names.empty())
      doc.add_value(field.slot, schema::pack_values(names));
  };
  add_multi(schema::kActor, article.actors);
  add_multi(schema::kSpeaker, article.speakers);
  add_multi(schema::kTopic, article.topics);
  if (!article.date.empty())
    doc.add_value(schema::kDate.slot, schema::date_to_slot(article.date));
}

Xapian::Document DocumentBuilder::build(const Article& article) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::unique_term(article.key));
  doc.add_boolean_term(schema::term(schema::kId, article.id));

  // A title from the header is not part of the body: index its words in the
  // default field too, before the body. A title taken from the first
  // sentence is already there.
  index_text(doc, article.title, schema::kTitle.prefix, 1);
  Xapian::termpos body_start = 1;
  if (!article.title_in_body)
    body_start = index_text(doc, article.title, "", 1) + kTitleBodyGap;
  add_title_boost(doc, article.title);
  index_text(doc, article.body(), schema::kBody.prefix, body_start);

  add_filters(doc, article);
  doc.set_data(encode_document_data(article));
  return doc;
}

}  // namespace hemeroteca
