#include "common/document_builder.h"

#include "common/document_data.h"
#include "common/field_values.h"
#include "common/schema.h"

namespace hemeroteca {
namespace {

bool spelling_candidate(const Token& token, const std::string& folded) {
  if (token.overlay || token.kind != TokenKind::kWord || folded.size() < kMinSpellingBytes)
    return false;
  for (char c : folded)
    if (c >= '0' && c <= '9') return false;
  return true;
}

}  // namespace

Xapian::termpos DocumentBuilder::index_text(Xapian::Document& doc, const AnalyzedText& text,
                                            std::string_view prefix, Xapian::termpos first_position,
                                            Vocabulary* vocabulary) {
  std::string prefixed(prefix);
  Xapian::termpos last = first_position;
  for (std::size_t t = 0; t < text.size(); ++t) {
    const Token& token = text.tokens[t];
    prefixed.resize(prefix.size());
    prefixed += text.terms[t];
    Xapian::termpos position = first_position + token.position;
    doc.add_posting(prefixed, position);
    last = std::max(last, position + 1);
    const std::string& folded = text.folded[t];
    if (vocabulary && spelling_candidate(token, folded) && !analyzer_.lexicon().is_stopword(folded))
      vocabulary->add(folded, text.text.substr(token.start, token.end - token.start));
  }
  // Every form of an alias ("EE. UU.", "EUA", "Estados Unidos") also
  // indexes the alias' term, at the position of its first word.
  if (prefix.empty()) {
    const AliasTable& aliases = analyzer_.lexicon().aliases();
    for (const AliasMatch& match : aliases.find(text.tokens, text.folded))
      doc.add_posting(schema::term(schema::kAlias, aliases.entry(match.entry).key),
                      first_position + text.tokens[match.first].position);
  }
  return last;
}

void DocumentBuilder::add_title_boost(Xapian::Document& doc, const AnalyzedText& title) {
  for (std::size_t t = 0; t < title.size(); ++t)
    if (!title.tokens[t].overlay) doc.add_term(title.terms[t], kTitleWdfBoost);
}

void DocumentBuilder::add_lead_boost(Xapian::Document& doc, const AnalyzedText& body) {
  for (std::size_t t = 0; t < body.size(); ++t) {
    const Token& token = body.tokens[t];
    if (token.position >= kLeadWords) break;
    if (!token.overlay) doc.add_term(body.terms[t], kLeadWdfBoost);
  }
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
    if (!names.empty()) doc.add_value(field.slot, schema::pack_values(names));
  };
  add_multi(schema::kActor, article.actors);
  add_multi(schema::kSpeaker, article.speakers);
  add_multi(schema::kTopic, article.topics);
  std::string date = article.date.empty() ? std::string() : schema::date_to_slot(article.date);
  if (!date.empty()) doc.add_value(schema::kDate.slot, date);
  doc.add_value(schema::kSortKey.slot, date + " " + article.key);
}

Xapian::Document DocumentBuilder::build(const Article& article, Vocabulary* vocabulary,
                                        const AnalyzedText* body, const AnalyzedText* title) {
  AnalyzedText own_body, own_title;
  if (body == nullptr) body = &(own_body = analyze_text(article.body(), analyzer_));
  if (title == nullptr) title = &(own_title = analyze_text(article.title, analyzer_));

  Xapian::Document doc;
  doc.add_boolean_term(schema::unique_term(article.key));
  doc.add_boolean_term(schema::term(schema::kId, article.id));

  // A title from the header is not part of the body: index its words in the
  // default field too, before the body. A title taken from the first
  // sentence is already there.
  index_text(doc, *title, schema::kTitle.prefix, 1, nullptr);
  Xapian::termpos body_start = 1;
  if (!article.title_in_body)
    body_start = index_text(doc, *title, "", 1, vocabulary) + kTitleBodyGap;
  add_title_boost(doc, *title);
  index_text(doc, *body, schema::kBody.prefix, body_start, vocabulary);
  add_lead_boost(doc, *body);

  add_filters(doc, article);
  doc.set_data(encode_document_data(article));
  return doc;
}

}  // namespace hemeroteca
